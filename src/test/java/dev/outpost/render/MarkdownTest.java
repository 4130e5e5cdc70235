package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {
  private static final Markdown MARKDOWN = Markdown.create();

  private String html;

  private void givenMarkdown(String markdown) {
    html = MARKDOWN.render(markdown, 3).toString();
  }

  private void thenHtmlIs(String expected) {
    assertEquals(expected, html);
  }

  private void thenHtmlContains(String fragment) {
    assertTrue(html.contains(fragment), () -> "expected " + fragment + " in\n" + html);
  }

  private void thenHtmlLacks(String fragment) {
    assertFalse(
        html.toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT)),
        () -> "did not expect " + fragment + " in\n" + html);
  }

  @Test
  void rendersTables() {
    givenMarkdown("| a | b |\n|:-:|--:|\n| 1 | 2 |");
    thenHtmlContains("<table>");
    thenHtmlContains("<th class=\"al-center\">a</th>");
    thenHtmlContains("<td class=\"al-right\">2</td>");
    thenHtmlLacks("align=");
  }

  @Test
  void rendersStrikethrough() {
    givenMarkdown("~~down~~ up");
    thenHtmlIs("<p><del>down</del> up</p>\n");
  }

  @Test
  void linksBareUrlsAndEmailAddresses() {
    givenMarkdown("See https://example.com/x and ops@example.com");
    thenHtmlIs(
        "<p>See <a rel=\"nofollow noopener noreferrer\" href=\"https://example.com/x\">"
            + "https://example.com/x</a> and <a rel=\"nofollow noopener noreferrer\""
            + " href=\"mailto:ops@example.com\">ops@example.com</a></p>\n");
  }

  @Test
  void rendersTaskListItems() {
    givenMarkdown("- [x] roll back\n- [ ] write postmortem");
    thenHtmlContains("<input type=\"checkbox\" disabled=\"\" checked=\"\">");
    thenHtmlContains("<input type=\"checkbox\" disabled=\"\">");
  }

  @Test
  void escapesRawHtml() {
    givenMarkdown("<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> there");
    thenHtmlContains("&lt;script&gt;alert(1)&lt;/script&gt;");
    thenHtmlContains("&lt;img src=x onerror=alert(1)&gt;");
    thenHtmlLacks("<script");
    thenHtmlLacks("<img");
  }

  @Test
  void keepsSafeLinksAndAddsRel() {
    givenMarkdown("[a](https://x.example/?q=1&r=2) [b](../other/) [c](mailto:a@b.example)");
    thenHtmlContains("href=\"https://x.example/?q=1&amp;r=2\"");
    thenHtmlContains("href=\"../other/\"");
    thenHtmlContains("href=\"mailto:a@b.example\"");
    thenHtmlContains("rel=\"nofollow noopener noreferrer\"");
  }

  @Test
  void replacesAJavascriptLinkWithAHash() {
    givenMarkdown("[x](javascript:alert(1)) ![y](data:image/png;base64,AAAA)");
    thenHtmlIs(
        "<p><a rel=\"nofollow noopener noreferrer\" href=\"#\">x</a> <img src=\"#\" alt=\"y\"></p>\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](vbscript:msgbox(1))",
        "[x](  javascript:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](<java\nscript:alert(1)>)",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;&#x61;&#x76;&#x61;script:alert(1))",
        "[x](java&Tab;script:alert(1))",
        "[x](<\u0001javascript:alert(1)>)",
        "[x](<java script:alert(1)>)",
        "[x](file:///etc/passwd)",
        "<javascript:alert(1)>",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml,<svg/onload=alert(1)>)",
        "![x](mailto:a@b.example)",
      })
  void removesDangerousUrls(String markdown) {
    givenMarkdown(markdown);
    thenEveryUrlIsRefused();
    thenHtmlLacks("<svg");
  }

  private void thenEveryUrlIsRefused() {
    for (String url : SiteLinks.links(html)) {
      assertEquals("#", url, html);
    }
  }

  @Test
  void writesVoidElementsHtmlStyle() {
    givenMarkdown("a\\\nb ![i](https://x.example/i.png)\n\n---\n\n`x />`");
    thenHtmlIs(
        "<p>a<br>\nb <img src=\"https://x.example/i.png\" alt=\"i\"></p>\n<hr>\n"
            + "<p><code>x /&gt;</code></p>\n");
  }

  @Test
  void demotesHeadingsBelowThePageOutline() {
    givenMarkdown("# Top\n\n## Next");
    thenHtmlIs("<h3>Top</h3>\n<h4>Next</h4>\n");
  }

  @Test
  void rendersNothingForBlankInput() {
    givenMarkdown("  \n");
    thenHtmlIs("");
  }
}
