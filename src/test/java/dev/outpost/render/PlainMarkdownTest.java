package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The plainest Markdown is written without CommonMark; it must come out exactly as CommonMark
 * writes it, and everything else must be left to CommonMark.
 */
class PlainMarkdownTest {
  private static final Markdown MARKDOWN = Markdown.create();

  @Test
  void writesParagraphsListsEmphasisAndCode() {
    String text =
        "**Rollback.** The `api` pool (*primary*) failed.\nWe are on it: \"soon\".\n\n"
            + "What we changed:\n- Raised `max_conns` to 50\n- Moved _traffic_\n";
    assertEquals(MARKDOWN.renderByCommonMark(text, 3).toString(), PlainMarkdown.html(text));
    String fenced =
        "Run:\n```sh\n  curl -s \"$URL\" | jq '.a < 1 && .b'\n\n\tdone\n```\nThen wait.";
    assertEquals(
        "<p>Run:</p>\n<pre><code class=\"language-sh\">  curl -s &quot;$URL&quot; | jq '.a &lt; 1"
            + " &amp;&amp; .b'\n\n\tdone\n</code></pre>\n<p>Then wait.</p>\n",
        PlainMarkdown.html(fenced));
    assertEquals(MARKDOWN.renderByCommonMark(fenced, 3).toString(), PlainMarkdown.html(fenced));
    assertEquals(
        "<p><strong>Rollback.</strong> The <code>api</code> pool (<em>primary</em>) failed.\n"
            + "We are on it: &quot;soon&quot;.</p>\n"
            + "<p>What we changed:</p>\n"
            + "<ul>\n<li>Raised <code>max_conns</code> to 50</li>\n<li>Moved <em>traffic</em></li>\n"
            + "</ul>\n",
        PlainMarkdown.html(
            "**Rollback.** The `api` pool (*primary*) failed.\nWe are on it: \"soon\".\n\n"
                + "What we changed:\n- Raised `max_conns` to 50\n- Moved _traffic_\n"));
  }

  @Test
  void leavesEverythingElseToCommonMark() {
    for (String text :
        List.of(
            "# Heading",
            "> quote",
            "1. first",
            "- a\n\n- b",
            "- a\nlazy",
            "    code",
            "```\ncode\n````",
            "```\ncode\n ```",
            "```\nnever closed",
            "```sh x\ncode\n```",
            "- a\n```\ncode\n```",
            "[link](https://x.example)",
            "a & b",
            "a < b",
            "a\\*b",
            "trailing  \nbreak",
            "error_rate",
            "a * b",
            "**a*",
            "*a*b",
            "***",
            "a\tb",
            "| a | b |",
            "~~gone~~",
            "`a`` b",
            "` a `",
            "*a\nb*",
            "Title\n===",
            "a\u00a0b")) {
      assertNull(PlainMarkdown.html(text), text);
      assertEquals(
          MARKDOWN.renderByCommonMark(text, 3).toString(), MARKDOWN.render(text, 3).toString());
    }
  }

  @Property(tries = 20000)
  void writesWhatCommonMarkWrites(@ForAll("texts") String text) {
    String plain = PlainMarkdown.html(text);
    String html = MARKDOWN.renderByCommonMark(text, 3).toString();
    if (plain != null) {
      assertEquals(html, plain, text);
    }
    assertEquals(html, MARKDOWN.render(text, 3).toString(), text);
    Statistics.label("plain").collect(plain != null);
    Statistics.label("kind")
        .collect(
            plain == null
                ? "commonmark"
                : plain.contains("<ul>")
                    ? "list"
                    : plain.contains("<em>") || plain.contains("<strong>")
                        ? "emphasis"
                        : plain.contains("<code>") ? "code" : "text");
    Statistics.label("fenced").collect(plain != null && plain.contains("<pre>"));
    // Else the property would hold by leaving everything to CommonMark.
    Statistics.label("plain").coverage(coverage -> coverage.check(true).percentage(p -> p >= 15));
    Statistics.label("fenced").coverage(coverage -> coverage.check(true).percentage(p -> p >= 1));
    Statistics.label("kind")
        .coverage(
            coverage -> {
              coverage.check("list").percentage(p -> p >= 2);
              coverage.check("emphasis").percentage(p -> p >= 2);
            });
  }

  /**
   * Lines of words, emphasis, code and punctuation, some starting as other blocks do, and now and
   * then a character or delimiter that plain Markdown does not take.
   */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            Tuple.of(12, Arbitraries.of("a", "Word", "é", "9", "x1", "ß")),
            Tuple.of(
                6,
                Arbitraries.of(
                    "*word*",
                    "**Word.**",
                    "_a b_",
                    "`x_y*z`",
                    "(*x*)",
                    "**a `b` c**",
                    "*é*,",
                    "_9_.",
                    "**Done!**",
                    "`a<&>\"b`",
                    "`a\tb`")),
            Tuple.of(
                3,
                Arbitraries.of(
                    "a.", "b,", "c:", "(d)", "e;", "'f'", "\"g\"", "h!", "i?", "x-y", "a+b", "50%",
                    "#3", "{k}", "a/b", "=", "-")),
            Tuple.of(
                2,
                Arbitraries.of(
                    "*", "**", "***", "_", "__", "`", "``", "a*b", "a_b", "*a", "b*", "_a", "b_",
                    "*a*b", "**a*", "(", ")", "a_b_", "_x_a", "x*y*", "(_a_)")),
            Tuple.of(
                1,
                Arbitraries.of(
                    "&",
                    "<",
                    ">",
                    "\\",
                    "[",
                    "]",
                    "|",
                    "~",
                    "\t",
                    "\u00a0",
                    "\u0000",
                    "\r",
                    "@",
                    "\u2014",
                    "\ud83d\ude00",
                    "",
                    " ",
                    "1.",
                    "2)")));
    Arbitrary<String> prefix =
        Arbitraries.frequencyOf(
            Tuple.of(10, Arbitraries.just("")),
            Tuple.of(8, Arbitraries.just("- ")),
            Tuple.of(3, Arbitraries.of("```", "```sh", "```\n", "```\n```", "```js\n")),
            Tuple.of(
                1,
                Arbitraries.of(
                    "1. ", "2) ", "# ", "> ", "    ", " ", "* ", "+ ", "=", "---", "```", "-")));
    Arbitrary<String> line =
        Combinators.combine(prefix, piece.list().ofMaxSize(8))
            .as((start, pieces) -> pieces.isEmpty() ? "" : start + String.join(" ", pieces));
    Arbitrary<String> fenceLine =
        Arbitraries.of(
            "```",
            "```",
            "````",
            " ```",
            "```x",
            "``` ",
            "\t`a`",
            "  indented <&>",
            "```sh\n  x = \"1\" & y\n\n```",
            "```\n- a\n# b\n```");
    return Arbitraries.frequencyOf(Tuple.of(6, line), Tuple.of(1, fenceLine))
        .list()
        .ofMaxSize(7)
        .map(lines -> String.join("\n", lines));
  }
}
