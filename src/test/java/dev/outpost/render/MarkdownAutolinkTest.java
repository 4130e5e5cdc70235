package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
              coverage.check("not searched").percentage(p -> p >= 2);
              coverage.check("plain").percentage(p -> p >= 5);
            });
    Statistics.label("linked").coverage(coverage -> coverage.check(true).percentage(p -> p >= 5));
  }

  /** Text built from the pieces links are made of, and the characters that escape them. */
  @Provide
  Arbitrary<String> texts() {
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
