package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.words.Words;
import java.util.Locale;
import java.util.Map;
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
    thenHtmlContains(
        "<li><input type=\"checkbox\" disabled=\"\" checked=\"\" aria-label=\"Done\"> roll back");
    thenHtmlContains(
        "<li><input type=\"checkbox\" disabled=\"\" aria-label=\"To do\"> write postmortem");
  }

  @Test
  void namesTaskListCheckboxesInTheSiteLanguage() {
    html = MARKDOWN.in(Words.of("de", Map.of())).render("- [x] a\n- [ ] b", 3).toString();
    thenHtmlContains("checked=\"\" aria-label=\"Erledigt\"> a");
    thenHtmlContains("disabled=\"\" aria-label=\"Offen\"> b");
    html = MARKDOWN.in(Words.of("ja", Map.of())).render("- [x] a\n- [ ] b", 3).toString();
    thenHtmlContains("aria-label=\"完了\"> a");
    thenHtmlContains("aria-label=\"未完了\"> b");
  }

  @Test
  void namesTaskListCheckboxesWithTheSitesOwnStrings() {
    Words words = Words.of("en", Map.of("markdown.task_done", "Fixed \"for good\""));
    html = MARKDOWN.in(words).render("- [x] a\n- [ ] b", 3).toString();
    thenHtmlContains("aria-label=\"Fixed &quot;for good&quot;\"> a");
    thenHtmlContains("aria-label=\"To do\"> b");
  }

  @Test
  void aCachedServiceRemembersEachLanguagesNamesApart() {
    Markdown cached = Markdown.cached();
    String tasks = "- [x] a";
    assertTrue(cached.render(tasks, 3).toString().contains("\"Done\""));
    html = cached.in(Words.of("fr", Map.of())).render(tasks, 3).toString();
    thenHtmlContains("aria-label=\"Fait\"> a");
    assertTrue(cached.render(tasks, 3).toString().contains("\"Done\""));
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
  void startsTheOutlineAtTheHighestHeadingTheTextUses() {
    givenMarkdown("## What happened\n\n### Timeline");
    thenHtmlIs("<h3>What happened</h3>\n<h4>Timeline</h4>\n");
  }

  @Test
  void neverSkipsAHeadingLevel() {
    givenMarkdown("#### Deep first\n\n# Top\n\n### Skipped one\n\n###### Far down");
    thenHtmlIs("<h3>Deep first</h3>\n<h3>Top</h3>\n<h4>Skipped one</h4>\n<h5>Far down</h5>\n");
  }

  @Test
  void flattensNestingDeeperThanTheLimitIntoText() {
    givenMarkdown("> ".repeat(1_000) + "*deep* `code`");
    assertEquals(NestingLimit.MAX_DEPTH, html.split("<blockquote>", -1).length - 1);
    thenHtmlContains("<p>deep code</p>");
    thenHtmlLacks("<em>");
  }

  @Test
  void showsTextTooDeeplyNestedToParseAsEscapedText() {
    givenMarkdown("*".repeat(100_000) + "<b>x</b>" + "*".repeat(100_000));
    thenHtmlIs(
        "<p>" + "*".repeat(100_000) + "&lt;b&gt;x&lt;/b&gt;" + "*".repeat(100_000) + "</p>\n");
  }

  @Test
  void keepsOrdinaryNestingAsItIs() {
    givenMarkdown("> - a\n>   > **b**");
    thenHtmlContains("<blockquote>\n<ul>\n<li>a\n<blockquote>\n<p><strong>b</strong></p>");
  }

  @Test
  void percentEncodesWhatAUrlMayNotHold() {
    givenMarkdown("[a](https://x.example/\"onmouseover=\"x) [b](<https://x.example/a b?q=é%20>)");
    thenHtmlContains("href=\"https://x.example/%22onmouseover=%22x\"");
    thenHtmlContains("href=\"https://x.example/a%20b?q=%C3%A9%20\"");
  }

  @Test
  void rendersNothingForBlankInput() {
    givenMarkdown("  \n");
    thenHtmlIs("");
  }
}
