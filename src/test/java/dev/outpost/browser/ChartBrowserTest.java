package dev.outpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.preview.StaticFileServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The response-time charts of the health-checks scenario, in Chromium with JavaScript off as a
 * reader may have it: each chart is drawn and wide, named by a sentence that a screen reader reads,
 * failures are a shape of their own below the line, and axe finds no WCAG 2.1 A or AA violation in
 * either theme.
 */
@Chromium
class ChartBrowserTest {
  private static StaticFileServer server;
  private static Site site;
  private static Browser browser;
  private static Browser scripted;

  @BeforeAll
  static void start() {
    site =
        Site.scenarios().stream()
            .filter(s -> s.name().equals("health-checks"))
            .findFirst()
            .orElseThrow();
    server = site.serve();
    browser = Browser.start(false);
    scripted = Browser.start(true);
  }

  @AfterAll
  static void stop() throws Exception {
    Sites.closeAll(browser, scripted, server);
  }

  @Test
  void everyChartIsDrawnAndNamedInWords() {
    assertEquals(List.of(), browser.open(server.uri().resolve("components/api/")));
    List<WebElement> charts = browser.driver().findElements(By.cssSelector("figure.chart"));
    assertEquals(3, charts.size(), "the last day, week and 90 days");
    for (WebElement chart : charts) {
      WebElement svg = chart.findElement(By.tagName("svg"));
      assertTrue(svg.isDisplayed());
      assertTrue(svg.getRect().getWidth() > 300, "wide: " + svg.getRect().getWidth());
      assertTrue(svg.getRect().getHeight() > 30, "tall: " + svg.getRect().getHeight());
      assertEquals("img", svg.getAttribute("role"));
      WebElement name = browser.driver().findElement(By.id(svg.getAttribute("aria-labelledby")));
      assertTrue(
          name.getAttribute("textContent").contains("measured availability"),
          name.getAttribute("textContent"));
      String caption = chart.findElement(By.tagName("figcaption")).getText();
      assertTrue(
          caption.matches(
              "(?s)Last [^:]*: [0-9.]+% available, median [0-9,]+ ms, scale 0 to [0-9,]+ ms\\..*"),
          caption);
      WebElement line = svg.findElement(By.tagName("path"));
      assertFalse(line.getAttribute("d").isBlank());
    }
    // Failures are marks below the line, a shape of their own, and said in words.
    WebElement day = charts.get(0);
    List<WebElement> marks = day.findElements(By.tagName("rect"));
    assertFalse(marks.isEmpty(), "the day's failed runs are marked");
    WebElement line = day.findElement(By.tagName("path"));
    assertTrue(
        marks.get(0).getRect().getY() > line.getRect().getY() + line.getRect().getHeight() - 1,
        "the marks are below the line");
    assertNotEquals(marks.get(0).getCssValue("fill"), line.getCssValue("stroke"));
    String words =
        browser
            .driver()
            .findElement(By.id(day.findElement(By.tagName("svg")).getAttribute("aria-labelledby")))
            .getAttribute("textContent");
    assertTrue(words.contains("3 failed runs, marked below the line."), words);
  }

  @Test
  void theChartsPassAxeInBothThemes() {
    scripted.colorScheme("light");
    assertEquals(List.of(), scripted.open(server.uri().resolve("components/api/")));
    assertEquals(List.of(), scripted.axe(Browser.WCAG_A_AA), "axe violations, light theme");
    scripted.colorScheme("dark");
    assertEquals(List.of(), scripted.axe(Browser.COLOURS), "axe violations, dark theme");
  }
}
