package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Brand;
import dev.outpost.model.StatusPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A page made a team's own: its files, its colours, and its snippets, escaped as all Markdown. */
class BrandRenderingTest extends RenderingTest {
  private static final byte[] LOGO = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes();
  private static final byte[] ICON = {(byte) 0x89, 'P', 'N', 'G'};
  private static final byte[] CSS = ".brand { color: teal; }\n".getBytes();

  private void givenBrand(Brand brand) {
    StatusPage plain = page;
    page =
        new StatusPage(
            plain.site().withBrand(brand),
            plain.groups(),
            plain.components(),
            plain.uptime(),
            plain.incidents(),
            plain.maintenance(),
            plain.suspicions(),
            plain.measured());
    report = Demo.report(page);
  }

  private static Brand brand(String header, String footer) {
    return new Brand(
        "#5a3fc0",
        "#a594f9",
        new Brand.File("svg", LOGO),
        new Brand.File("svg", LOGO),
        new Brand.File("png", ICON),
        new Brand.File("css", CSS),
        header,
        footer);
  }

  @Test
  void theTeamsFilesAreCopiedUnderOutpostsNamesAndLinkedFromEveryPage() throws IOException {
    givenBrand(brand("", ""));

    whenRendered();

    assertArrayEquals(LOGO, Files.readAllBytes(out.resolve("assets/logo.svg")));
    assertArrayEquals(LOGO, Files.readAllBytes(out.resolve("assets/logo-dark.svg")));
    assertArrayEquals(ICON, Files.readAllBytes(out.resolve("assets/favicon.png")));
    assertArrayEquals(CSS, Files.readAllBytes(out.resolve("assets/site.css")));
    assertFalse(Files.exists(out.resolve("assets/favicon.svg")), "Outpost's icon is replaced");
    thenFileContains(
        "incidents/db-down/index.html",
        "<link rel=\"icon\" href=\"../../assets/favicon.png\" type=\"image/png\">\n"
            + "<link rel=\"stylesheet\" href=\"../../assets/outpost.css\">\n"
            + "<link rel=\"stylesheet\" href=\"../../assets/site.css\">",
        "<picture><source srcset=\"../../assets/logo-dark.svg\" media=\"(prefers-color-scheme:"
            + " dark)\"><img class=\"logo\" src=\"../../assets/logo.svg\" alt=\"\"></picture>Acme"
            + " Status</a>");
  }

  @Test
  void theColoursFollowOutpostsStyleSheetForLinksAndAccentsOnly() throws IOException {
    givenBrand(brand("", ""));

    whenRendered();

    String css = file("assets/outpost.css");
    String outposts = new String(Assets.css(), StandardCharsets.UTF_8);
    assertTrue(css.startsWith(outposts));
    String own = css.substring(outposts.length());
    assertTrue(
        own.contains(
            "@media (prefers-color-scheme: light) { :root { --link: #5a3fc0; --focus: #5a3fc0;"
                + " --brand: #5a3fc0; } }\n"
                + "@media (prefers-color-scheme: dark) { :root { --link: #a594f9; --focus: #a594f9;"
                + " --brand: #a594f9; } }\n"),
        own);
    for (String status : List.of("--ok", "--minor", "--major", "--crit", "--maint", ".banner")) {
      assertFalse(own.contains(status), "status colours stay Outpost's: " + status);
    }
  }

  @Test
  void aPageWithoutABrandIsOutpostsAsBefore() throws IOException {
    whenRendered();

    assertArrayEquals(Assets.css(), Files.readAllBytes(out.resolve("assets/outpost.css")));
    assertTrue(Files.exists(out.resolve("assets/favicon.svg")));
    assertEquals(List.of("assets/favicon.svg", "assets/outpost.css"), assets());
    thenFileLacks("index.html", "class=\"logo\"");
    thenFileLacks("index.html", "site-header");
  }

  @Test
  void theHeaderAndFooterAreMarkdownWithNoScriptOrHandlerReachingThePage() throws IOException {
    String hostile =
        """
        # Hello <script>alert(1)</script>

        <img src=x onerror=alert(2)> [click](javascript:alert(3)) \
        ![x](javascript:alert(4)) <a href="https://evil.example" onclick="alert(5)">a</a>
        <iframe src="https://evil.example"></iframe><style>body{display:none}</style>

        [Our blog](https://acme.example/blog)
        """;
    givenBrand(brand(hostile, hostile));

    whenRendered();

    for (String path : List.of("index.html", "incidents/db-down/index.html", "404.html")) {
      Document page = Jsoup.parse(file(path));
      for (String selector : List.of(".site-header", ".site-footer")) {
        Element snippet = page.selectFirst(selector);
        assertTrue(snippet != null, selector + " on " + path);
        assertEquals(
            List.of(),
            snippet.select("script, iframe, style, object, embed").stream()
                .map(Element::tagName)
                .toList(),
            "no active element in " + selector);
        for (Element element : snippet.getAllElements()) {
          for (Attribute attribute : element.attributes()) {
            assertFalse(attribute.getKey().startsWith("on"), attribute + " in " + selector);
            assertFalse(
                attribute.getValue().toLowerCase().startsWith("javascript:"),
                attribute + " in " + selector);
          }
        }
        // shown as text, and the heading below the page's own h1
        assertTrue(snippet.text().contains("<script>alert(1)</script>"), snippet.text());
        assertEquals("h2", snippet.selectFirst("h2, h1").tagName());
        assertEquals(
            "https://acme.example/blog", snippet.selectFirst("a:contains(Our blog)").attr("href"));
      }
      assertEquals(List.of(), page.select("script").eachText(), "no script anywhere on " + path);
    }
  }

  private List<String> assets() throws IOException {
    return files(out.resolve("assets")).stream().map(p -> "assets/" + p).toList();
  }
}
