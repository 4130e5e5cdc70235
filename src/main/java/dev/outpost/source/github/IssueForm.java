package dev.outpost.source.github;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body of an issue written from an issue form: {@code ### Heading} sections, as GitHub writes
 * them, with {@code _No response_} for a field left empty. A body that does not start with such a
 * heading is plain Markdown.
 */
final class IssueForm {
  private static final Pattern HEADING = Pattern.compile("(?m)^### +(.+?)\\s*$");
  private static final String NO_RESPONSE = "_No response_";

  /** Section title (lower case) to its text, in order; empty text for {@code _No response_}. */
  private final Map<String, String> fields;

  /** The original headings, by their lower-case key. */
  private final Map<String, String> headings;

  private IssueForm(Map<String, String> fields, Map<String, String> headings) {
    this.fields = fields;
    this.headings = headings;
  }

  /** The form in {@code body}, or empty when the body is plain Markdown. */
  static Optional<IssueForm> parse(String body) {
    String text = body.replace("\r\n", "\n");
    if (!text.stripLeading().startsWith("### ")) {
      return Optional.empty();
    }
    Matcher m = HEADING.matcher(text);
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, String> headings = new LinkedHashMap<>();
    String key = null;
    int from = 0;
    while (m.find()) {
      if (key != null) {
        put(fields, key, text.substring(from, m.start()));
      }
      key = m.group(1).strip().toLowerCase(Locale.ROOT);
      headings.putIfAbsent(key, m.group(1).strip());
      from = m.end();
    }
    if (key != null) {
      put(fields, key, text.substring(from));
    }
    return Optional.of(new IssueForm(fields, headings));
  }

  private static void put(Map<String, String> fields, String key, String value) {
    String v = value.strip();
    fields.putIfAbsent(key, v.equals(NO_RESPONSE) ? "" : v);
  }

  /** The text of a section, empty or absent meaning nothing was said. */
  Optional<String> field(String name) {
    return Optional.ofNullable(fields.get(name.toLowerCase(Locale.ROOT))).filter(v -> !v.isEmpty());
  }

  /** The sections not in {@code consumed}, as Markdown, leaving out the empty ones. */
  String rest(java.util.Set<String> consumed) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      if (consumed.contains(field.getKey()) || field.getValue().isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append("### ").append(headings.get(field.getKey())).append("\n\n");
      out.append(field.getValue());
    }
    return out.toString();
  }
}
