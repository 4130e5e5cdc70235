package dev.outpost.config.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A fast reader for the plain YAML that front matter is made of: block mappings with simple keys,
 * block sequences, one-line flow mappings and sequences, plain and quoted one-line scalars, and
 * literal and folded block scalars ({@code |}, {@code |-}, {@code >}, {@code >-}). Anything else
 * (comments after a value, anchors, tags, multi-line plain scalars, escapes, empty values,
 * duplicate keys, tabs, numbers other than plain decimals...) makes it give up, and {@link Yaml}
 * reads the text with the full parser instead. For what it accepts it gives the tree, locations
 * included, that the full parser gives; {@code PlainYamlTest} checks that against it on every file
 * we have and on generated ones.
 */
final class PlainYaml {
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)\\.[0-9]+");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt][0-9]{2}:[0-9]{2}(:[0-9]{2})?([Zz]|[+-][0-9]{2}:[0-9]{2})?)?");
  private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");

  /** Words YAML 1.1 resolves to something other than text, in any case: left to the parser. */
  private static final List<String> SPECIAL_WORDS =
      List.of("y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "<<", "=");

  private static final int LONGEST_SPECIAL_WORD =
      SPECIAL_WORDS.stream().mapToInt(String::length).max().orElseThrow();

  /** Gives up; thrown without a stack trace, as it is how most unusual texts end. */
  private static final class GiveUp extends RuntimeException {
    GiveUp() {
      super(null, null, false, false);
    }
  }

  private final String[] lines;
  private final int lineOffset;
  private final boolean surrogates;
  private int row;

  private PlainYaml(String[] lines, int lineOffset, boolean surrogates) {
    this.lines = lines;
    this.lineOffset = lineOffset;
    this.surrogates = surrogates;
  }

  /** The tree of {@code text} (first line {@code lineOffset + 1}), or empty to use the parser. */
  static Optional<YamlNode> read(String text, int lineOffset) {
    int characters = characters(text);
    if (characters == UNPRINTABLE) {
      return Optional.empty();
    }
    PlainYaml yaml = new PlainYaml(text.split("\n", -1), lineOffset, characters == SURROGATES);
    try {
      yaml.skipBlank();
      if (yaml.row >= yaml.lines.length || yaml.indent(yaml.row) != 0) {
        return Optional.empty();
      }
      YamlNode root = yaml.mapping(yaml.row, 0);
      yaml.skipBlank();
      return yaml.row < yaml.lines.length ? Optional.empty() : Optional.of(root);
    } catch (GiveUp e) {
      return Optional.empty();
    }
  }

  private static final int PRINTABLE = 0;
  private static final int SURROGATES = 1;
  private static final int UNPRINTABLE = 2;

  /**
   * {@link #UNPRINTABLE} unless the text holds only characters YAML allows, with no tabs and no
   * line breaks other than {@code \n}; else {@link #SURROGATES} if it holds any, or {@link
   * #PRINTABLE}. One pass over a copy of the characters: much faster than {@code charAt} before the
   * JIT's second tier, which a build mostly runs without.
   */
  private static int characters(String text) {
    int found = PRINTABLE;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        continue;
      }
      if (c < 0x20 && c != '\n' || c >= 0x7f && c < 0xa0 || c >= 0x2028 && c <= 0x2029) {
        return UNPRINTABLE;
      }
      if (c == 0xfeff || c == 0xfffe || c == 0xffff) {
        return UNPRINTABLE;
      }
      if (Character.isSurrogate(c)) {
        found = SURROGATES;
      }
    }
    return found;
  }

  private YamlMap mapping(int firstRow, int column) {
    Location start = at(firstRow, column);
    List<YamlMap.Entry> entries = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    row = firstRow;
    while (true) {
      String line = tokenLine(row);
      int colon = keyEnd(line, column);
      String key = line.substring(column, colon);
      if (!keys.add(key)) {
        throw new GiveUp();
      }
      Location keyLocation = at(row, column);
      int value = skipSpaces(line, colon + 1);
      YamlNode node;
      if (value == line.length()) {
        row++;
        node = block(column);
      } else {
        node = inline(line, value, column);
      }
      entries.add(new YamlMap.Entry(key, keyLocation, node));
      skipBlank();
      if (row >= lines.length) {
        break;
      }
      int indent = indent(row);
      if (indent < column) {
        break;
      }
      if (indent > column || lines[row].startsWith("-", indent)) {
        throw new GiveUp();
      }
    }
    return new YamlMap(start, entries);
  }

  /** The value of a key written with nothing after its colon, on the lines that follow. */
  private YamlNode block(int keyColumn) {
    skipBlank();
    if (row >= lines.length) {
      throw new GiveUp();
    }
    int indent = indent(row);
    if (isDash(lines[row], indent) && indent >= keyColumn) {
      return sequence(indent);
    }
    if (indent > keyColumn) {
      return mapping(row, indent);
    }
    throw new GiveUp();
  }

  private YamlList sequence(int column) {
    Location start = at(row, column);
    List<YamlNode> items = new ArrayList<>();
    while (true) {
      String line = tokenLine(row);
      int item = skipSpaces(line, column + 1);
      if (item == line.length() || item == column + 1) {
        throw new GiveUp();
      }
      if (isKey(line, item)) {
        items.add(mapping(row, item));
      } else {
        items.add(inline(line, item, column));
        skipBlank();
      }
      if (row >= lines.length) {
        break;
      }
      int indent = indent(row);
      if (indent < column || indent == column && !isDash(lines[row], indent)) {
        break;
      }
      if (indent > column) {
        throw new GiveUp();
      }
    }
    return new YamlList(start, items);
  }

  /** A value that starts on the line of its key or dash, at {@code from}. */
  private YamlNode inline(String line, int from, int parentColumn) {
    Location location = at(row, from);
    char first = line.charAt(from);
    YamlNode node;
    int end;
    if (first == '|' || first == '>') {
      return blockScalar(line, from, parentColumn);
    } else if (first == '{') {
      List<YamlMap.Entry> entries = new ArrayList<>();
      end = flow(line, from, '}', entries, null);
      node = new YamlMap(location, entries);
    } else if (first == '[') {
      List<YamlNode> items = new ArrayList<>();
      end = flow(line, from, ']', null, items);
      node = new YamlList(location, items);
    } else if (first == '"' || first == '\'') {
      end = quotedEnd(line, from);
      node = new YamlScalar(location, unquote(line, from, end), YamlScalar.Kind.STRING);
    } else {
      end = line.length();
      node = plain(line.substring(from, trimEnd(line, from, end)), location, false);
    }
    if (skipSpaces(line, end) != line.length()) {
      throw new GiveUp();
    }
    row++;
    return node;
  }

  /** A flow mapping or sequence on one line, from its bracket; returns the index after it. */
  private int flow(
      String line, int open, char close, List<YamlMap.Entry> entries, List<YamlNode> items) {
    Set<String> keys = new HashSet<>();
    int i = skipSpaces(line, open + 1);
    if (i < line.length() && line.charAt(i) == close) {
      return i + 1;
    }
    while (true) {
      if (entries != null) {
        int colon = keyEnd(line, i);
        String key = line.substring(i, colon);
        if (!keys.add(key)) {
          throw new GiveUp();
        }
        Location keyLocation = at(row, i);
        int value = skipSpaces(line, colon + 1);
        int end = flowValueEnd(line, value);
        entries.add(new YamlMap.Entry(key, keyLocation, flowValue(line, value, end)));
        i = skipSpaces(line, end);
      } else {
        int end = flowValueEnd(line, i);
        items.add(flowValue(line, i, end));
        i = skipSpaces(line, end);
      }
      if (i >= line.length()) {
        throw new GiveUp();
      }
      if (line.charAt(i) == close) {
        return i + 1;
      }
      if (line.charAt(i) != ',') {
        throw new GiveUp();
      }
      i = skipSpaces(line, i + 1);
    }
  }

  private int flowValueEnd(String line, int from) {
    if (from >= line.length()) {
      throw new GiveUp();
    }
    char first = line.charAt(from);
    if (first == '"' || first == '\'') {
      return quotedEnd(line, from);
    }
    int end = from;
    while (end < line.length() && ",]}".indexOf(line.charAt(end)) < 0) {
      end++;
    }
    return trimEnd(line, from, end);
  }

  private YamlNode flowValue(String line, int from, int end) {
    Location location = at(row, from);
    char first = line.charAt(from);
    if (first == '"' || first == '\'') {
      return new YamlScalar(location, unquote(line, from, end), YamlScalar.Kind.STRING);
    }
    return plain(line.substring(from, end), location, true);
  }

  /** A plain scalar; gives up on anything YAML would not read as plain text or a plain number. */
  private static YamlScalar plain(String text, Location location, boolean inFlow) {
    if (text.isEmpty() || "-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) >= 0) {
      throw new GiveUp();
    }
    if (text.contains(": ") || text.contains(" #") || text.endsWith(":")) {
      throw new GiveUp();
    }
    if (inFlow && (text.contains("[") || text.contains("{") || text.contains("#"))) {
      throw new GiveUp();
    }
    char first = text.charAt(0);
    boolean numeric = first == '-' || first >= '0' && first <= '9';
    if (!numeric && !special(text) || shaped(text, "dddd-dd-ddTdd:dd:ddZ")) {
      // most values: words, and the times of front matter, which no other rule below matches
      return new YamlScalar(location, text, YamlScalar.Kind.STRING);
    }
    if (INTEGER.matcher(text).matches()) {
      return new YamlScalar(location, text, YamlScalar.Kind.INTEGER);
    }
    if (DECIMAL.matcher(text).matches()) {
      return new YamlScalar(location, text, YamlScalar.Kind.DECIMAL);
    }
    if (BOOLEAN.matcher(text).matches()) {
      return new YamlScalar(location, text, YamlScalar.Kind.BOOLEAN);
    }
    if (special(text) && !isTimestamp(text)) {
      throw new GiveUp();
    }
    return new YamlScalar(location, text, YamlScalar.Kind.STRING);
  }

  /**
   * {@code 2026-11-02T14:05:00Z}, with or without seconds and offset, or {@code 2026-11-02
   * 14:05:00} as cState and Hugo write times: text to YAML readers.
   */
  private static boolean isTimestamp(String text) {
    return shaped(text, "dddd-dd-ddTdd:dd:ddZ")
        || shaped(text, "dddd-dd-dd dd:dd:dd")
        || TIMESTAMP.matcher(text).matches();
  }

  /** Whether {@code text} has {@code shape}, where {@code d} is any digit. */
  private static boolean shaped(String text, String shape) {
    if (text.length() != shape.length()) {
      return false;
    }
    for (int i = 0; i < shape.length(); i++) {
      char c = text.charAt(i);
      if (shape.charAt(i) == 'd' ? c < '0' || c > '9' : c != shape.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** What YAML 1.1 might resolve to something other than text: a number, a word like yes. */
  private static boolean special(String text) {
    if ("-+.0123456789".indexOf(text.charAt(0)) >= 0) {
      return true;
    }
    if (text.length() > LONGEST_SPECIAL_WORD) {
      return false;
    }
    for (String word : SPECIAL_WORDS) {
      if (word.equalsIgnoreCase(text)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code line} holds a key's characters from {@code from} to {@code to}. */
  private static boolean keyChars(String line, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = line.charAt(i);
      boolean ok =
          c >= 'a' && c <= 'z'
              || c >= 'A' && c <= 'Z'
              || c >= '0' && c <= '9'
              || c == '_'
              || c == '-' && i > from;
      if (!ok) {
        return false;
      }
    }
    return to > from;
  }

  /**
   * A literal ({@code |}, {@code |-}) or folded ({@code >}, {@code >-}) block scalar whose header
   * is at {@code from}. Folded lines are joined by a space, and each empty line between them is a
   * line break; a folded scalar with more-indented lines is left to the parser.
   */
  private YamlScalar blockScalar(String line, int from, int parentColumn) {
    Location location = at(row, from);
    boolean folded = line.charAt(from) == '>';
    boolean strip = line.startsWith("-", from + 1);
    int header = from + (strip ? 2 : 1);
    if (skipSpaces(line, header) != line.length()) {
      throw new GiveUp();
    }
    row++;
    if (row >= lines.length || blank(lines[row])) {
      throw new GiveUp();
    }
    int indent = indent(row);
    if (indent <= parentColumn) {
      throw new GiveUp();
    }
    StringBuilder text = new StringBuilder();
    int pendingBlank = 0;
    boolean first = true;
    while (row < lines.length) {
      String content = lines[row];
      if (blank(content)) {
        if (content.length() > indent) {
          throw new GiveUp();
        }
        pendingBlank++;
        row++;
        continue;
      }
      if (indent(row) < indent) {
        break;
      }
      if (folded && content.startsWith(" ", indent)) {
        throw new GiveUp();
      }
      if (!first && (!folded || pendingBlank == 0)) {
        text.append(folded ? ' ' : '\n');
      }
      text.append("\n".repeat(pendingBlank));
      pendingBlank = 0;
      text.append(content, indent, content.length());
      first = false;
      row++;
    }
    if (!strip) {
      if (row >= lines.length) {
        throw new GiveUp(); // whether a final line break is kept depends on the text's end
      }
      text.append('\n');
    }
    // Trailing blank lines belong to whatever follows; step back onto them.
    row -= pendingBlank;
    return new YamlScalar(location, text.toString(), YamlScalar.Kind.STRING);
  }

  /** The index of the colon that ends the key at {@code from}; gives up if there is none. */
  private static int keyEnd(String line, int from) {
    int colon = line.indexOf(':', from);
    if (colon <= from || !keyChars(line, from, colon)) {
      throw new GiveUp();
    }
    if (colon + 1 < line.length() && line.charAt(colon + 1) != ' ') {
      throw new GiveUp();
    }
    if (special(line.substring(from, colon))) {
      throw new GiveUp();
    }
    return colon;
  }

  private static boolean isKey(String line, int from) {
    int colon = line.indexOf(':', from);
    return colon > from
        && keyChars(line, from, colon)
        && (colon + 1 == line.length() || line.charAt(colon + 1) == ' ');
  }

  private static int quotedEnd(String line, int from) {
    char quote = line.charAt(from);
    for (int i = from + 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && quote == '"') {
        throw new GiveUp();
      }
      if (c == quote) {
        if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
          i++;
          continue;
        }
        return i + 1;
      }
    }
    throw new GiveUp();
  }

  private static String unquote(String line, int from, int end) {
    String inner = line.substring(from + 1, end - 1);
    return line.charAt(from) == '\'' ? inner.replace("''", "'") : inner;
  }

  /** The line at {@code index}, which holds tokens: no surrogates, so columns are characters. */
  private String tokenLine(int index) {
    String line = lines[index];
    for (int i = 0; surrogates && i < line.length(); i++) {
      if (Character.isSurrogate(line.charAt(i))) {
        throw new GiveUp();
      }
    }
    return line;
  }

  /** Moves past blank lines and comment lines. */
  private void skipBlank() {
    while (row < lines.length) {
      String line = lines[row];
      int first = skipSpaces(line, 0);
      if (first < line.length() && line.charAt(first) != '#') {
        return;
      }
      row++;
    }
  }

  private static boolean isDash(String line, int at) {
    return line.startsWith("-", at) && (at + 1 == line.length() || line.charAt(at + 1) == ' ');
  }

  private static boolean blank(String line) {
    return skipSpaces(line, 0) == line.length();
  }

  private int indent(int index) {
    return skipSpaces(lines[index], 0);
  }

  private static int skipSpaces(String line, int from) {
    int i = from;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static int trimEnd(String line, int from, int end) {
    int i = end;
    while (i > from && line.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }

  private Location at(int index, int column) {
    return new Location(index + 1 + lineOffset, column + 1);
  }
}
