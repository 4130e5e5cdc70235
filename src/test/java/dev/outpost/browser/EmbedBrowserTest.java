package dev.outpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.preview.StaticFileServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A page of another site (another origin, as a project's site is to its status page) shows the
 * demo's current status with the snippet of the demo's page for developers: {@code embed.js},
 * served with the status site, reads the status site's API across origins and nothing else.
 */
@Chromium
class EmbedBrowserTest {
  @TempDir static Path temp;
  private static StaticFileServer status;
  private static StaticFileServer other;
  private static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    Site site = Site.demo(temp.resolve("demo"));
    status = site.serve();
    Path host = Files.createDirectories(temp.resolve("host"));
    Files.writeString(
        host.resolve("index.html"),
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Our product</title><link rel="icon" href="data:,"></head>
        <body><footer>
        <a id="ours" data-outpost-embed href="%s">Northwind Cloud Status</a>
        <a id="plain" href="%s">Not embedded</a>
        <script src="%s" async></script>
        </footer></body></html>
        """
            .formatted(status.uri(), status.uri(), status.uri().resolve("embed.js")));
    other = new StaticFileServer(0, "/", () -> host);
    browser = Browser.start(true);
  }

  @AfterAll
  static void stop() throws Exception {
    Sites.closeAll(browser, status, other);
  }

  @Test
  void anotherOriginsPageShowsTheCurrentStatus() throws InterruptedException {
    String page = other.uri().toString().replace("localhost", "127.0.0.1");
    assertNotEquals(status.uri().getAuthority(), other.uri().getAuthority());
    List<String> problems = browser.open(java.net.URI.create(page));
    WebElement ours = browser.driver().findElement(By.id("ours"));
    for (int i = 0; i < 100 && !"minor".equals(ours.getAttribute("data-outpost-indicator")); i++) {
      Thread.sleep(100);
    }
    assertEquals(List.of(), problems);
    assertEquals("minor", ours.getAttribute("data-outpost-indicator"));
    assertEquals("Minor Service Outage", ours.getText());
    assertEquals(status.uri().toString(), ours.getAttribute("href"), "still links to the page");
    WebElement dot = ours.findElement(By.cssSelector("span[aria-hidden='true']"));
    assertEquals("rgba(212, 167, 44, 1)", dot.getCssValue("background-color"));
    assertEquals(
        "Not embedded", browser.driver().findElement(By.id("plain")).getText(), "others untouched");
    // It asked the status site for its script and its status, and nothing else anywhere.
    @SuppressWarnings("unchecked")
    List<String> requests =
        (List<String>)
            browser.script("return performance.getEntriesByType('resource').map(e => e.name)");
    assertEquals(
        List.of(
            status.uri().resolve("embed.js").toString(),
            status.uri().resolve("api/v2/status.json").toString()),
        requests);
  }

  @Test
  void theScriptIsSmall() throws IOException {
    long size = Files.size(temp.resolve("demo/embed.js"));
    assertTrue(size < 4096, "embed.js is " + size + " bytes");
    assertTrue(
        Files.readString(temp.resolve("demo/developers/index.html"))
            .contains(
                "&lt;script src=\"https://outpost-status.github.io/outpost/embed.js\""
                    + " async&gt;&lt;/script&gt;"),
        "the page for developers gives the snippet");
  }
}
