package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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

  /** The fast path writes {@code markdown} as {@code html}, which is what CommonMark writes. */
  private static void thenWrites(String markdown, String html) {
    assertEquals(html, PlainMarkdown.html(markdown));
    assertEquals(MARKDOWN.renderByCommonMark(markdown, 3).toString(), html);
  }

  @Test
  void writesParagraphsListsEmphasisAndCode() {
    thenWrites(
        "**Rollback.** The `api` pool (*primary*) failed.\nWe are on it: \"soon\".\n\n"
            + "What we changed:\n- Raised `max_conns` to 50\n- Moved _traffic_\n",
        "<p><strong>Rollback.</strong> The <code>api</code> pool (<em>primary</em>) failed.\n"
            + "We are on it: &quot;soon&quot;.</p>\n"
            + "<p>What we changed:</p>\n"
            + "<ul>\n<li>Raised <code>max_conns</code> to 50</li>\n<li>Moved <em>traffic</em></li>\n"
            + "</ul>\n");
    thenWrites(
        "Run:\n```sh\n  curl -s \"$URL\" | jq '.a < 1 && .b'\n\n\tdone\n```\nThen wait.",
        "<p>Run:</p>\n<pre><code class=\"language-sh\">  curl -s &quot;$URL&quot; | jq '.a &lt; 1"
            + " &amp;&amp; .b'\n\n\tdone\n</code></pre>\n<p>Then wait.</p>\n");
    thenWrites(
        "See the [runbook](https://docs.example/runbooks/queue) and <https://example.com/blog>"
            + " for [*details*](/incidents/42#updates). Mail `ops@example.com`.",
        "<p>See the <a rel=\"nofollow noopener noreferrer\""
            + " href=\"https://docs.example/runbooks/queue\">runbook</a> and <a rel=\"nofollow"
            + " noopener noreferrer\" href=\"https://example.com/blog\">https://example.com/blog</a>"
            + " for <a rel=\"nofollow noopener noreferrer\" href=\"/incidents/42#updates\">"
            + "<em>details</em></a>. Mail <code>ops@example.com</code>.</p>\n");
    thenWrites(
        "Impact:\n\n| Region | Error rate | Note |\n|:--|--:|:-:|\n| US East | 12 % | *peak* |\n"
            + "|  | `0` | [log](/log) |\n",
        "<p>Impact:</p>\n<table>\n<thead>\n<tr>\n<th class=\"al-left\">Region</th>\n"
            + "<th class=\"al-right\">Error rate</th>\n<th class=\"al-center\">Note</th>\n</tr>\n"
            + "</thead>\n<tbody>\n<tr>\n<td class=\"al-left\">US East</td>\n"
            + "<td class=\"al-right\">12 %</td>\n<td class=\"al-center\"><em>peak</em></td>\n"
            + "</tr>\n<tr>\n<td class=\"al-left\"></td>\n<td class=\"al-right\"><code>0</code></td>"
            + "\n<td class=\"al-center\"><a rel=\"nofollow noopener noreferrer\" href=\"/log\">log</a>"
            + "</td>\n</tr>\n</tbody>\n</table>\n");
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
            "![image](https://x.example/a.png)",
            "[link](https://x.example/a b)",
            "[link](https://x.example/(a))",
            "[link](https://x.example \"title\")",
            "[link](<https://x.example>)",
            "[link](javascript:alert)",
            "[link](a:b)",
            "[link](/a&amp;b)",
            "[link](/a%2)",
            "[link](/\u00e9)",
            "[link][ref]",
            "[a [nested](/x)](/y)",
            "[ref]: /x",
            "<mailto:ops@x.example>",
            "<ftp://x.example>",
            "<http://>",
            "See https://x.example",
            "See www.x.example",
            "See [x](/y) or ops@x.example",
            "| a | b |\n|---|---|\n| c |",
            "| a | b |\n|---|---|\n| c | d | e |",
            "| a | b |\n|---|---|---|",
            "| a |\n|---|\n| b |\nmore",
            "| a |\n|---|\n| b |\n- item",
            "Intro\n| a |\n|---|",
            "| a |\n| b |",
            "a | b\n--|--",
            "| a \\| b |\n|---|",
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
    // What the fast path wrote: each construct must be written by it now and then.
    for (String construct :
        List.of("list", "emphasis", "code", "fenced", "link", "autolink", "table")) {
      Statistics.label(construct).collect(plain != null && writes(plain, construct));
    }
    // What CommonMark makes of the texts, to show that the generators reach each construct.
    Statistics.label("commonmark table").collect(html.contains("<table>"));
    Statistics.label("commonmark link").collect(html.contains("<a "));
    // Else the property would hold by leaving everything to CommonMark.
    Statistics.label("plain").coverage(coverage -> coverage.check(true).percentage(p -> p >= 15));
    for (String construct : List.of("list", "emphasis", "link", "table")) {
      Statistics.label(construct)
          .coverage(coverage -> coverage.check(true).percentage(p -> p >= 2));
    }
    for (String construct : List.of("code", "fenced", "autolink")) {
      Statistics.label(construct)
          .coverage(coverage -> coverage.check(true).percentage(p -> p >= 1));
    }
  }

  private static boolean writes(String html, String construct) {
    return switch (construct) {
      case "list" -> html.contains("<ul>");
      case "emphasis" -> html.contains("<em>") || html.contains("<strong>");
      case "code" -> html.replace("<pre><code>", "").contains("<code>");
      case "fenced" -> html.contains("<pre>");
      case "link" -> html.contains("<a ");
      case "autolink" -> html.contains("\">http") || html.contains("\">HTTP");
      case "table" -> html.contains("<table>");
      default -> throw new IllegalArgumentException(construct);
    };
  }

  /**
   * Lines of words, emphasis, code, links and punctuation, some starting as other blocks do; fenced
   * code; and tables. One text in four keeps to what plain Markdown takes, though close to its
   * edges; the others hold, now and then or often ({@link Noise}), a character, delimiter, link,
   * bare URL, fence or table that it does not take.
   */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.frequency(
            Tuple.of(1, Noise.NONE), Tuple.of(2, Noise.LIGHT), Tuple.of(1, Noise.HEAVY))
        .flatMap(this::texts);
  }

  private Arbitrary<String> texts(Noise level) {
    Arbitrary<String> piece =
        oneOf(
            level,
            Tuple.of(12, Arbitraries.of("a", "Word", "\u00e9", "9", "x1", "\u00df", "w", "W")),
            Tuple.of(
                6,
                Arbitraries.of(
                    "*word*",
                    "**Word.**",
                    "_a b_",
                    "`x_y*z`",
                    "(*x*)",
                    "**a `b` c**",
                    "*\u00e9*,",
                    "_9_.",
                    "**Done!**",
                    "`a<&>\"b`",
                    "`a\tb`",
                    "`ops@x.example`",
                    "`https://x.example`",
                    "*a [b](/c)*",
                    "**a <https://b.example>.**")),
            Tuple.of(
                3,
                Arbitraries.of(
                    "a.", "b,", "c:", "(d)", "e;", "'f'", "\"g\"", "h!", "i?", "x-y", "a+b", "50%",
                    "#3", "{k}", "a/b", "=", "-", "a:b", "x:", "/")),
            Tuple.of(4, links(Noise.NONE)),
            noise(6, links(Noise.HEAVY)),
            noise(
                2,
                Arbitraries.of(
                    "*", "**", "***", "_", "__", "`", "``", "a*b", "a_b", "*a", "b*", "_a", "b_",
                    "*a*b", "**a*", "(", ")", "a_b_", "_x_a", "x*y*", "(_a_)")),
            noise(
                2,
                Arbitraries.of(
                    "https://x.example/a",
                    "http:",
                    "://",
                    "a:/b",
                    "a:\\b",
                    "www.x.example",
                    "WwW.x",
                    "ww",
                    "ops@x.example",
                    "a@b")),
            noise(
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
        oneOf(
            level,
            Tuple.of(10, Arbitraries.just("")),
            Tuple.of(12, Arbitraries.just("- ")),
            Tuple.of(3, Arbitraries.of("```", "```sh", "```\n", "```\n```", "```js\n")),
            noise(
                1,
                Arbitraries.of(
                    "1. ", "2) ", "# ", "> ", "    ", " ", "* ", "+ ", "=", "---", "```", "-", "|",
                    "[x] ", "[ ] ")));
    Arbitrary<String> line =
        Combinators.combine(prefix, piece.list().ofMaxSize(8))
            .as((start, pieces) -> pieces.isEmpty() ? "" : start + String.join(" ", pieces));
    Arbitrary<String> fenceLine =
        oneOf(
            level,
            Tuple.of(1, Arbitraries.of("```", "```\nops@x.example www.x https://x\n```")),
            noise(
                1,
                Arbitraries.of(
                    "```",
                    "````",
                    " ```",
                    "```x",
                    "``` ",
                    "\t`a`",
                    "  indented <&>",
                    "```sh\n  x = \"1\" & y\n\n```",
                    "```\n- a\n# b\n```")));
    return Arbitraries.frequencyOf(
            Tuple.of(10, line), Tuple.of(2, fenceLine), Tuple.of(1, tables(level)))
        .list()
        .ofMaxSize(7)
        .map(lines -> String.join("\n", lines));
  }

  /**
   * Links and autolinks: plain ones, and with noise ones with one thing plain Markdown does not
   * take: their form (an image, a reference, a bare URL right next to them), their text, their
   * destination's scheme or characters, or their URL.
   */
  private static Arbitrary<String> links(Noise level) {
    Arbitrary<String> form = Arbitraries.of("[%s](%s)", "([%s](%s))", "x: [%s](%s).");
    Arbitrary<String> oddForm =
        Arbitraries.of(
            "![%s](%s)",
            "[%s] (%s)",
            "[%s]",
            "[%s](%s",
            "[%s][%s]",
            "w[%s](%s)w",
            "[%s](%s)ww",
            "x:[%s](%s)",
            "[[%s](%s)]",
            "[%s](%s)*",
            "*[%s](%s)*",
            "https://x.example [%s](%s)",
            "[%s](%s)://x.example");
    Arbitrary<String> text =
        Arbitraries.of(
            "runbook",
            "a b",
            "*a*",
            "_b_",
            "**c.**",
            "`c`",
            "Word (x)",
            "\"q\"",
            "a.",
            "",
            "w",
            "a:b",
            "`ww`",
            "`a@b`");
    Arbitrary<String> oddText =
        Arbitraries.of(
            "[x]",
            "a]b",
            "`c]`",
            "<https://x.example>",
            "x:/",
            "a@b",
            "*a",
            "a*",
            "![i](/i)",
            "a\nb",
            "&amp;",
            "\\*",
            "https://x.example");
    Arbitrary<String> destination =
        Arbitraries.of(
            "https://docs.example/runbooks/queue",
            "http://x.example",
            "HTTPS://X.example/A_b*c",
            "/incidents/42#updates",
            "rel/path?q=1;r=2",
            "#top",
            "?q=w",
            "//cdn.example/x",
            "/a%2Fb",
            "https://x.example:8080/a@b!$'+,=~",
            "www.example/ww");
    Arbitrary<String> oddScheme =
        Arbitraries.of(
            "javascript:alert(1)",
            "JavaScript:x",
            "a:b",
            "/a:b",
            "mailto:ops@x.example",
            "ftp://x.example/a",
            "data:text/html;base64,PHA+",
            "http:/x");
    Arbitrary<String> oddCharacters =
        Arbitraries.of(
            "",
            "a b",
            "<u>",
            "(a)",
            "a)b",
            "u \"t\"",
            "u 't'",
            "/a&amp;b",
            "/a&b",
            "/%zz",
            "/%4",
            "/\u00e9",
            "a\\_b",
            "/a|b",
            "/a]b",
            "/a[b",
            "/a`b",
            "/a\"b",
            "/a^b",
            "/a{b}",
            "/a\tb",
            "/a<b");
    Arbitrary<String> url =
        Arbitraries.of(
            "https://bench.example/blog/postmortems",
            "HTTP://A.example",
            "https://a.example/a*b_c",
            "https://x.example:8080/?q=1#f",
            "http://a.example/%41",
            "http://ww.example/");
    Arbitrary<String> oddUrl =
        Arbitraries.of(
            "http://",
            "https:/x",
            "http://a.example/%zz",
            "mailto:ops@x.example",
            "ftp://x.example",
            "https://a b",
            "https://a.example/\u00e9",
            "https://a.example/\"",
            "https://a.example/<b",
            "https://a.example/&amp;",
            "a",
            "ops@x.example");
    return oneOf(
        level,
        Tuple.of(6, link(form, text, destination)),
        Tuple.of(2, url.map(u -> "<" + u + ">")),
        noise(1, link(oddForm, text, destination)),
        noise(1, link(form, oddText, destination)),
        noise(2, link(form, text, oddScheme)),
        noise(2, link(form, text, oddCharacters)),
        noise(1, oddUrl.map(u -> "<" + u + ">")));
  }

  private static Arbitrary<String> link(
      Arbitrary<String> form, Arbitrary<String> text, Arbitrary<String> destination) {
    return Combinators.combine(form, text, destination).as((f, t, d) -> String.format(f, t, d));
  }

  /**
   * Tables of one to four columns with a blank line, or none, around them; with noise, some with a
   * row or delimiter row of another width, a row without a pipe at an end or with a space there, a
   * delimiter that is not one, cells of what plain Markdown does not take, or a line right before
   * or after them.
   */
  private static Arbitrary<String> tables(Noise level) {
    Arbitrary<String> cell =
        oneOf(
            level,
            Tuple.of(8, Arbitraries.of("a", "US East", "12 %", "37 min", "Word", "\u00e9", "9")),
            Tuple.of(
                3,
                Arbitraries.of(
                    "*peak*",
                    "**Done.**",
                    "`x`",
                    "_a b_",
                    "[log](/log)",
                    "<https://a.example>",
                    "\"q\"",
                    "(x)",
                    "- a",
                    "# b",
                    "1. c",
                    "`a@b`",
                    "a:b")),
            Tuple.of(2, Arbitraries.of("", " ", "  a  ")),
            noise(
                1,
                Arbitraries.of(
                    "`a|b`",
                    "a\\|b",
                    "\\",
                    "*a",
                    "www.x",
                    "https://x.example",
                    "a@b.example",
                    "[a](/b|c)",
                    "\t",
                    "~~s~~",
                    "![i](/i)",
                    "&amp;",
                    "<b>",
                    "[x]")));
    Arbitrary<String> delimiter =
        oneOf(
            level,
            Tuple.of(
                8,
                Arbitraries.of(
                    "---", ":--", "--:", ":-:", "-", ":-", "-:", " --- ", " :-: ", "  :---  ")),
            noise(1, Arbitraries.of("", ":", "::", "-:-", "- -", "===", "--- x", "\t---", ": --")));
    Arbitrary<String> before =
        oneOf(
            level,
            Tuple.of(6, Arbitraries.just("\n")),
            Tuple.of(3, Arbitraries.just("")),
            noise(1, Arbitraries.of("Intro\n", "- item\n", "```\nx\n```\n")));
    Arbitrary<String> after =
        oneOf(
            level,
            Tuple.of(6, Arbitraries.just("\n")),
            Tuple.of(3, Arbitraries.just("")),
            noise(1, Arbitraries.of("\nafter", "\n- item", "\n|", "\n```\nx\n```")));
    return Arbitraries.integers()
        .between(1, 4)
        .flatMap(
            width ->
                Combinators.combine(
                        row(level, cell, width),
                        row(level, delimiter, width),
                        row(level, cell, width).list().ofMaxSize(3),
                        before,
                        after)
                    .as(
                        (header, delimiters, body, above, below) ->
                            above
                                + header
                                + "\n"
                                + delimiters
                                + body.stream().map(r -> "\n" + r).collect(Collectors.joining())
                                + below));
  }

  /**
   * A table row of {@code width} cells; with noise, now and then one more or fewer, or in a form
   * plain Markdown does not take.
   */
  private static Arbitrary<String> row(Noise level, Arbitrary<String> cell, int width) {
    Arbitrary<Integer> cells =
        oneOf(
            level,
            Tuple.of(12, Arbitraries.just(width)),
            noise(1, Arbitraries.of(width - 1, width + 1)));
    Arbitrary<String> form =
        oneOf(
            level,
            Tuple.of(8, Arbitraries.just("| %s |")),
            Tuple.of(3, Arbitraries.just("|%s|")),
            noise(1, Arbitraries.of("%s |", "| %s", " | %s |", "| %s | ", "|%s||")));
    return Combinators.combine(
            cells.flatMap(n -> cell.list().ofSize(n)), form, Arbitraries.of(" | ", "|"))
        .as((list, f, pipe) -> String.format(f, String.join(pipe, list)));
  }

  /** How far a text strays from what plain Markdown takes. */
  private enum Noise {
    /** Not at all, though it keeps close to the edges. */
    NONE,
    /** Now and then: most such texts hold one thing plain Markdown does not take, or none. */
    LIGHT,
    /** Often. */
    HEAVY
  }

  /** Marks a choice that only texts with noise make. */
  private static <T> Tuple.Tuple2<Integer, Arbitrary<T>> noise(int frequency, Arbitrary<T> choice) {
    return Tuple.of(-frequency, choice);
  }

  /**
   * A choice by frequency among {@code choices}: without those of {@link #noise} if there is no
   * noise, with them a quarter as often if it is light.
   */
  @SafeVarargs
  private static <T> Arbitrary<T> oneOf(
      Noise level, Tuple.Tuple2<Integer, Arbitrary<T>>... choices) {
    List<Tuple.Tuple2<Integer, Arbitrary<T>>> chosen = new ArrayList<>();
    for (Tuple.Tuple2<Integer, Arbitrary<T>> choice : choices) {
      int frequency = choice.get1();
      if (frequency > 0) {
        chosen.add(Tuple.of(level == Noise.LIGHT ? 4 * frequency : frequency, choice.get2()));
      } else if (level != Noise.NONE) {
        chosen.add(Tuple.of(-frequency, choice.get2()));
      }
    }
    return Arbitraries.frequencyOf(chosen.toArray(Tuple.Tuple2[]::new));
  }
}
