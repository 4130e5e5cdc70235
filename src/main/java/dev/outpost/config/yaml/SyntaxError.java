package dev.outpost.config.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error turned into one readable line at the place it was found.
 *
 * <p>SnakeYAML's messages name parser internals ("while scanning a block scalar", "found a(97)");
 * the common ones are reworded to say what to change, the rest are kept with their internals made
 * plain.
 */
record SyntaxError(Location location, String message) {
  private static final String PREFIX = "invalid YAML: ";
  private static final Pattern UNCLOSED = Pattern.compile("expected ',' or '([}\\]])', but got .*");
  private static final Pattern CHARACTER = Pattern.compile("found (.)\\(\\d+\\)");
  private static final Pattern ALIAS_KEY = Pattern.compile(".*AliasEvent\\(anchor=([^)]*)\\).*");

  /** Contexts that mean "a plain value started with a character YAML gives a meaning to". */
  private static final Map<String, String> INDICATORS =
      Map.of(
          "while scanning a block scalar", "`|` or `>`",
          "while scanning an anchor", "`&`",
          "while scanning an alias", "`*`",
          "while scanning a tag", "`!`");

  /** SnakeYAML's words and plain ones, in the order to replace them (quoted forms first). */
  private static final List<Map.Entry<String, String>> TOKENS =
      List.of(
          Map.entry("'<stream end>'", "the end of the YAML"),
          Map.entry("<stream end>", "the end of the YAML"),
          Map.entry("end of stream", "end of the YAML"),
          Map.entry("'<document start>'", "`---`"),
          Map.entry("'<block mapping start>'", "a key"),
          Map.entry("<block end>", "the end of the block"),
          Map.entry("'<scalar>'", "a value"),
          Map.entry("expected the node content", "expected a value"));

  static SyntaxError of(Throwable error, int lineOffset) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        return of(marked, lineOffset);
      }
    }
    Location location = Location.FILE;
    if (error instanceof JsonProcessingException json && json.getLocation() != null) {
      JsonLocation at = json.getLocation();
      location = new Location(at.getLineNr() + lineOffset, at.getColumnNr());
    }
    String message = error.getMessage() == null ? error.toString() : firstLine(error.getMessage());
    if (message.startsWith("Expected a field name")) {
      Matcher alias = ALIAS_KEY.matcher(message);
      message =
          alias.matches()
              ? "aliases such as `*" + alias.group(1) + "` cannot be keys; write the key out"
              : "a key must be text, not a map or a list";
    }
    return new SyntaxError(location, PREFIX + message);
  }

  private static SyntaxError of(MarkedYAMLException error, int lineOffset) {
    String problem = plain(firstLine(error.getProblem()));
    String context = error.getContext();
    Location at = at(error.getProblemMark(), lineOffset);
    Mark contextMark = error.getContextMark();
    if (problem.contains("\\t(TAB)")) {
      return new SyntaxError(at, PREFIX + "tabs cannot indent YAML; indent with spaces");
    }
    if (context != null && INDICATORS.containsKey(context)) {
      Location start = contextMark == null ? at : at(contextMark, lineOffset);
      return new SyntaxError(
          start, PREFIX + "put a value that starts with " + INDICATORS.get(context) + " in quotes");
    }
    problem = problem.replaceAll("\\.? ?\\(Do not use .* for indentation\\)", "");
    if (problem.startsWith("found character") && problem.endsWith("cannot start any token")) {
      problem += "; put the value in quotes";
    } else if (problem.equals("mapping values are not allowed here")) {
      problem += "; put a value that contains `: ` in quotes";
    }
    if (context == null
        || contextMark == null
        || context.equals("while scanning for the next token")
        || sameMark(contextMark, error.getProblemMark())) {
      return new SyntaxError(at, PREFIX + problem);
    }
    Location start = at(contextMark, lineOffset);
    String where = "line " + start.line() + ", column " + start.column();
    if (problem.contains("unexpected end of the YAML")) {
      // An unclosed quote: the place it was opened is the one to look at.
      String what =
          context.equals("while scanning a quoted scalar")
              ? "this quoted value is not closed; add the closing quote"
              : problem + " " + context;
      return new SyntaxError(start, PREFIX + what);
    }
    Matcher unclosed = UNCLOSED.matcher(problem);
    if (unclosed.matches() && context.startsWith("while parsing a flow")) {
      String close = unclosed.group(1);
      String open = close.equals("}") ? "{" : "[";
      return new SyntaxError(
          at,
          PREFIX
              + "expected `,` or `"
              + close
              + "`: the `"
              + open
              + "` at "
              + where
              + " is not closed");
    }
    if (problem.startsWith("expected the end of the block")) {
      return new SyntaxError(
          at, PREFIX + "the indentation does not fit the block that starts at " + where);
    }
    return new SyntaxError(
        at, PREFIX + problem + " (" + context + " that starts at " + where + ")");
  }

  /** SnakeYAML's words made plain: "the end of the YAML" rather than "<stream end>". */
  private static String plain(String problem) {
    String plain = CHARACTER.matcher(problem).replaceAll("found '$1'");
    for (Map.Entry<String, String> token : TOKENS) {
      plain = plain.replace(token.getKey(), token.getValue());
    }
    return plain;
  }

  private static boolean sameMark(Mark a, Mark b) {
    return a.getLine() == b.getLine() && a.getColumn() == b.getColumn();
  }

  private static Location at(Mark mark, int lineOffset) {
    return new Location(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
  }

  private static String firstLine(String text) {
    String trimmed = text.strip();
    int newline = trimmed.indexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
  }
}
