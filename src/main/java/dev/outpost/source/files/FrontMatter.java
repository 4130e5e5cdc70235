package dev.outpost.source.files;

import dev.outpost.config.yaml.Location;
import dev.outpost.config.yaml.Report;
import java.util.Arrays;
import java.util.List;
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
    List<String> lines = Arrays.asList(text.split("\n", -1));
    if (!lines.get(0).stripTrailing().equals(FENCE)) {
      report.at(
          new Location(1, 1),
          "missing front matter: start the file with a `---` line, then the YAML keys, then a"
              + " closing `---` line");
      return Optional.empty();
    }
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).stripTrailing().equals(FENCE)) {
        String yaml = String.join("\n", lines.subList(1, i));
        String body = String.join("\n", lines.subList(i + 1, lines.size()));
        return Optional.of(new FrontMatter(yaml, trimBlankLines(body)));
      }
    }
    report.at(
        new Location(1, 1), "the front matter is not closed: add a `---` line after its last key");
    return Optional.empty();
  }

  /** {@code text} without its leading and trailing blank lines (indentation is kept). */
  static String trimBlankLines(String text) {
    List<String> lines = Arrays.asList(text.split("\n", -1));
    int first = 0;
    int last = lines.size();
    while (first < last && lines.get(first).isBlank()) {
      first++;
    }
    while (last > first && lines.get(last - 1).isBlank()) {
      last--;
    }
    return String.join("\n", lines.subList(first, last));
  }
}
