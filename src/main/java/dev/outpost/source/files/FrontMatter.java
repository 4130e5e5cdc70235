package dev.outpost.source.files;

import dev.outpost.config.yaml.Location;
import dev.outpost.config.yaml.Report;
import java.util.Optional;

/**
 * A file split into its YAML front matter, between two {@code ---} lines, and its Markdown body.
 *
 * @param yaml the front matter; its first line is line 2 of the file
 * @param body the rest, without leading and trailing blank lines
 */
record FrontMatter(String yaml, String body) {
  /** The line of the file on which {@link #yaml} starts, less one. */
  static final int LINE_OFFSET = 1;

  private static final String FENCE = "---";

  static Optional<FrontMatter> split(String text, Report report) {
    int firstEnd = lineEnd(text, 0);
    if (!isFence(text, 0, firstEnd)) {
      report.at(
          new Location(1, 1),
          "missing front matter: start the file with a `---` line, then the YAML keys, then a"
              + " closing `---` line");
      return Optional.empty();
    }
    int yamlStart = firstEnd + 1;
    for (int line = yamlStart; line <= text.length(); ) {
      int end = lineEnd(text, line);
      if (isFence(text, line, end)) {
        String yaml = line == yamlStart ? "" : text.substring(yamlStart, line - 1);
        String body = end == text.length() ? "" : text.substring(end + 1);
        return Optional.of(new FrontMatter(yaml, trimBlankLines(body)));
      }
      line = end + 1;
    }
    report.at(
        new Location(1, 1), "the front matter is not closed: add a `---` line after its last key");
    return Optional.empty();
  }

  /** {@code text} without its leading and trailing blank lines (indentation is kept). */
  static String trimBlankLines(String text) {
    int start = 0;
    while (true) {
      int end = lineEnd(text, start);
      if (!isBlank(text, start, end)) {
        break;
      }
      if (end == text.length()) {
        return "";
      }
      start = end + 1;
    }
    int stop = text.length();
    while (true) {
      int line = text.lastIndexOf('\n', stop - 1) + 1;
      if (!isBlank(text, line, stop)) {
        return text.substring(start, stop);
      }
      stop = line - 1;
    }
  }

  /**
   * Where the line starting at {@code start} ends: at its {@code \n}, or at the end of the text.
   */
  private static int lineEnd(String text, int start) {
    int end = text.indexOf('\n', start);
    return end < 0 ? text.length() : end;
  }

  /** Whether the line from {@code start} to {@code end} is {@code ---}, trailing blanks aside. */
  private static boolean isFence(String text, int start, int end) {
    return end - start >= FENCE.length()
        && text.startsWith(FENCE, start)
        && isBlank(text, start + FENCE.length(), end);
  }

  /** Whether the text from {@code start} to {@code end} is all white space, as String.isBlank. */
  private static boolean isBlank(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
