package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Texts that cannot hold a bare link are parsed without looking for links, and the plainest are
 * written without CommonMark where no text but code, links and autolinks could hold one; they must
 * render exactly as when every text is searched for links.
 */
class MarkdownAutolinkTest {
  private static final Markdown MARKDOWN = Markdown.create();

  @Test
  void textsThatMayHoldALinkAreSearched() {
    for (String text :
        new String[] {
          "https://x.example",
          "ops@x.example",
          "www.x.example",
          "WwW.x.example",
          "a &#64; b",
          "http:\\/\\/x.example",
          "&#119;ww.x.example"
        }) {
      assertTrue(Markdown.mayAutolink(text), text);
    }
  }

  @Test
  void plainProseIsNotSearched() {
    for (String text :
        new String[] {
          "", "What we changed:", "**Rollback.** Errors `nodes` _primary_ at 10:30.", "- a\n- b"
        }) {
      assertFalse(Markdown.mayAutolink(text), text);
    }
  }

  @Test
  void proseWithALinkRendersItEitherWay() {
    String text = "Details: https://status.example/x.";
    assertEquals(
        MARKDOWN.renderByCommonMark(text, 3).toString(), MARKDOWN.render(text, 3).toString());
    assertTrue(MARKDOWN.render(text, 3).toString().contains("<a "));
  }

  @Property(tries = 20000)
  void rendersAsWhenEveryTextIsSearchedForLinks(@ForAll("texts") String text) {
    String rendered = MARKDOWN.render(text, 3).toString();
    assertEquals(MARKDOWN.renderByCommonMark(text, 3).toString(), rendered, text);
    String plain = PlainMarkdown.html(text);
    boolean searched = plain == null && Markdown.mayAutolink(text);
    Statistics.label("parsed")
        .collect(plain == null ? searched ? "searched" : "not searched" : "plain");
    Statistics.label("linked").collect(rendered.contains("<a "));
    // Else the property would hold by searching everything, or by never making a link.
    Statistics.label("parsed")
        .coverage(
            coverage -> {
              coverage.check("not searched").percentage(p -> p >= 3);
              coverage.check("plain").percentage(p -> p >= 10);
            });
    Statistics.label("linked").coverage(coverage -> coverage.check(true).percentage(p -> p >= 5));
  }

  /**
   * Text built from the pieces links are made of and the characters that escape them, or prose with
   * links, autolinks and code, and now and then a bare link or what looks like one.
   */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(pieces(), prose());
  }

  private static Arbitrary<String> prose() {
    Arbitrary<String> word =
        Arbitraries.frequencyOf(
            Tuple.of(10, Arbitraries.of("a", "Word", "\u00e9", "see", "w", "W", "x:", "a/b")),
            Tuple.of(
                3,
                Arbitraries.of(
                    "[a](/b)",
                    "[w](https://a.example/ww)",
                    "<https://a.example/ww@a>",
                    "`www.a.example`",
                    "`a@b.example`",
                    "*a*",
                    "\n",
                    "\n\n- a",
                    "\n\n| a | b |\n|---|---|\n| c | d |\n\n")),
            Tuple.of(
                1,
                Arbitraries.of(
                    "www.a.example",
                    "WWW.a.example",
                    "wWw.a.example",
                    "www.a",
                    "ww",
                    "https://a.example/x",
                    "HTTP://a.example",
                    "x://a.example",
                    "a:/b",
                    "a:\\b",
                    "mailto:a@b.example",
                    "a@b.example",
                    "ops@a.example.",
                    "(www.a.example)",
                    "[www.a.example](/b)",
                    "<https://www.a.example>",
                    "w[a](/b)w.a.example",
                    "https:[//a.example](/b)",
                    "\n\n| a | www.a.example |\n|---|---|\n\n",
                    "\n\n| a |\n|---|\n| https://a.example |\n\n")));
    return word.list().ofMaxSize(16).map(words -> String.join(" ", words));
  }

  private static Arbitrary<String> pieces() {
    return Arbitraries.of(
            "www.",
            "WWW.",
            "w",
            "W",
            "ww",
            ".",
            "x",
            "example",
            "com",
            ":",
            "/",
            "//",
            "\\",
            "\\/",
            " http:\\/\\/a.example",
            " http&#58;//a.example",
            " ww&#119;.a.example",
            "@",
            "&",
            "&#64;",
            "&#58;",
            "&#47;",
            "&#119;",
            "&amp;",
            "&colon;",
            "http",
            "https",
            "mailto:",
            " ",
            "\n",
            "\n\n",
            "- ",
            "* ",
            "_",
            "`",
            "[",
            "]",
            "(",
            ")",
            "<",
            ">",
            "|",
            "~",
            "# ",
            "!",
            "1",
            "é",
            "[x] ",
            "|-|",
            " https://a.example",
            " ops@a.example",
            " www.a.example",
            " a&#64;a.example",
            " [w](https://a.example/ww@a)",
            " [a](/b)",
            "](",
            ")",
            " <https://a.example/ww>",
            " `ww`",
            " `a@a.example`",
            "\n```\nhttps://a.example\n```\n")
        .list()
        .ofMaxSize(24)
        .map(pieces -> String.join("", pieces));
  }
}
