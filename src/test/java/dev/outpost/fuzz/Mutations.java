package dev.outpost.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random edits of a valid file: what a hurried person, a bad merge or a hostile one does to YAML
 * and Markdown. Each edit is applied at a position taken modulo the text's length.
 */
final class Mutations {
  /** Fragments that mean something to YAML, front matter or Markdown. */
  private static final List<String> FRAGMENTS =
      List.of(
          ":",
          ": ",
          "- ",
          "-",
          "---\n",
          "\n",
          "  ",
          "\t",
          "{",
          "}",
          "[",
          "]",
          "\"",
          "'",
          "#",
          "&a ",
          "*a",
          "!!binary ",
          "!!str ",
          "? ",
          "|\n",
          ">\n",
          "%YAML 1.2\n",
          "<<: *a\n",
          "~",
          "null",
          "2026-13-45T25:61:00Z",
          "9999999999999999999999",
          "-1",
          "1e400",
          "NaN",
          ".inf",
          "\u0000",
          "\uFEFF",
          "\u202E",
          "\uD800",
          "é",
          "<script>",
          "](javascript:",
          "> ",
          "* ",
          "| a |\n|---|\n",
          "```\n",
          "\\",
          "&#0;",
          "components: { x: y }\n",
          "started: ",
          "resolved: ",
          "updates:\n  - at: ");

  private Mutations() {}

  /** One edit: {@code kind} 0 deletes, 1 inserts, 2 replaces, 3 duplicates a span. */
  record Edit(int kind, int position, int length, String text) {
    String apply(String input) {
      if (input.isEmpty()) {
        return text;
      }
      int at = Math.floorMod(position, input.length());
      int end = Math.min(input.length(), at + length);
      return switch (kind) {
        case 0 -> input.substring(0, at) + input.substring(end);
        case 1 -> input.substring(0, at) + text + input.substring(at);
        case 2 -> input.substring(0, at) + text + input.substring(end);
        default -> input.substring(0, end) + input.substring(at, end) + input.substring(end);
      };
    }
  }

  static Arbitrary<Edit> edits() {
    Arbitrary<String> text =
        Arbitraries.oneOf(
            Arbitraries.of(FRAGMENTS), Arbitraries.strings().ofMaxLength(12), Arbitraries.of(""));
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 100_000),
            Arbitraries.integers().between(0, 40),
            text)
        .as(Edit::new);
  }

  static Arbitrary<List<Edit>> editLists() {
    return edits().list().ofMinSize(1).ofMaxSize(8);
  }

  static String apply(String input, List<Edit> edits) {
    String text = input;
    for (Edit edit : edits) {
      text = edit.apply(text);
    }
    return text;
  }
}
