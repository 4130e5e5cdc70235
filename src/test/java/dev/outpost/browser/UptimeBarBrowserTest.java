package dev.outpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.preview.StaticFileServer;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The demo's uptime bars in Chromium with JavaScript off: a day's words show next to the day on
 * hover and on keyboard focus, above the strip and clear of its dates, and a phone shows the last
 * 30 days with the first date to match.
 */
@Chromium
class UptimeBarBrowserTest {
  @TempDir static Path temp;
  private static StaticFileServer server;
  private static Browser browser;

  @BeforeAll
  static void start() {
    Site site = Site.demo(temp.resolve("demo"));
    server = site.serve();
    browser = Browser.start(false);
  }

  @AfterAll
  static void stop() throws Exception {
    Sites.closeAll(browser, server);
  }

  private static WebElement apiBar() {
    browser.viewport(1280, 900);
    assertEquals(List.of(), browser.open(server.uri()));
    return browser.driver().findElement(By.cssSelector(".component .uptime"));
  }

  @Test
  void hoveringADayShowsItsWordsAtThatDayAboveTheDates() {
    WebElement uptime = apiBar();
    List<WebElement> days = uptime.findElements(By.cssSelector(".bar li"));
    assertEquals(90, days.size());
    for (int index : new int[] {0, 45, 70, 89}) {
      WebElement day = days.get(index);
      new Actions(browser.driver()).moveToElement(day).perform();
      WebElement tip = day.findElement(By.tagName("span"));
      assertTipAtDay(day, tip, uptime.findElement(By.className("axis")), "day " + index);
    }
  }

  @Test
  void keyboardUsersReachTheDaysWithIncidentsAndReadThem() {
    WebElement uptime = apiBar();
    WebElement name = browser.driver().findElement(By.cssSelector(".component-head a"));
    assertEquals("API", name.getText());
    new Actions(browser.driver()).moveToElement(name).perform();
    browser.script("arguments[0].focus()", name);
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    WebElement focused = browser.driver().switchTo().activeElement();
    assertEquals("li", focused.getTagName());
    assertEquals("0", focused.getAttribute("tabindex"));
    WebElement tip = focused.findElement(By.tagName("span"));
    assertTrue(
        tip.getText().matches("[A-Z][a-z]{2} \\d+, 2026: [0-9.]+% uptime, .+"), tip.getText());
    assertTipAtDay(focused, tip, uptime.findElement(By.className("axis")), "focused day");
    // The days without incidents are no tab stops: the next one is another day with an incident.
    List<WebElement> stops = uptime.findElements(By.cssSelector(".bar li[tabindex='0']"));
    assertTrue(stops.size() >= 2 && stops.size() < 10, "tab stops: " + stops.size());
    for (WebElement stop : stops) {
      assertTrue(!stop.getAttribute("class").equals("op"), stop.getAttribute("outerHTML"));
    }
  }

  @Test
  void aPhoneShowsTheLast30DaysAndTheirFirstDate() {
    WebElement uptime = apiBar();
    List<WebElement> days = uptime.findElements(By.cssSelector(".bar li"));
    String wide = uptime.findElement(By.className("axis")).getText();
    assertEquals(90, days.stream().filter(WebElement::isDisplayed).count());
    assertTrue(wide.startsWith("Aug 24, 2026"), wide);
    String wideWords = readAloud(uptime);
    assertTrue(wideWords.startsWith("Uptime of API, last 90 days: "), wideWords);
    String wideFigure = figure(wideWords);
    assertTrue(wide.contains(wideFigure + " uptime"), wide + " shows " + wideFigure);

    browser.viewport(360, 800);
    List<WebElement> shown = days.stream().filter(WebElement::isDisplayed).toList();
    assertEquals(30, shown.size());
    assertEquals(days.subList(60, 90), shown, "the last 30 days");
    String narrow = uptime.findElement(By.className("axis")).getText();
    assertTrue(narrow.startsWith("Oct 23, 2026"), narrow);
    // The figure beside the 30 days is theirs, and so are the words a screen reader reads.
    String narrowWords = readAloud(uptime);
    assertTrue(narrowWords.startsWith("Uptime of API, last 30 days: "), narrowWords);
    String narrowFigure = figure(narrowWords);
    assertTrue(!narrowFigure.equals(wideFigure), "the demo's API has another figure for 30 days");
    assertTrue(narrow.contains(narrowFigure + " uptime"), narrow + " shows " + narrowFigure);
    assertTrue(!narrow.contains(wideFigure), narrow + " without the 90 days' " + wideFigure);
    assertTrue(!narrowWords.contains("Aug") && !narrowWords.contains("Sep"), narrowWords);
    assertTrue(days.get(60).getAttribute("textContent").startsWith("Oct 23, 2026:"));
    assertTrue(shown.get(0).getRect().getWidth() >= 8, "wide enough to tap");
    // A tip near either end of the phone's strip stays on the screen.
    for (WebElement day : List.of(shown.get(0), shown.get(15), shown.get(29))) {
      new Actions(browser.driver()).moveToElement(day).perform();
      Rectangle tip = day.findElement(By.tagName("span")).getRect();
      assertTrue(
          tip.getX() >= 0 && tip.getX() + tip.getWidth() <= 360,
          "on screen: " + tip.getX() + "+" + tip.getWidth() + " of " + day.getText());
    }
  }

  /**
   * The words about the bar that a screen reader reads: its summaries that are rendered (the others
   * have {@code display: none}, which hides them from the accessibility tree as well).
   */
  private static String readAloud(WebElement uptime) {
    List<WebElement> read =
        uptime.findElements(By.cssSelector(".vh")).stream()
            .filter(p -> !"none".equals(p.getCssValue("display")))
            .toList();
    assertEquals(1, read.size(), "one summary is read");
    return read.get(0).getAttribute("textContent");
  }

  /** The percentage a summary gives, such as "99.97%". */
  private static String figure(String summary) {
    Matcher figure = Pattern.compile(": ([0-9.]+%)\\.").matcher(summary);
    assertTrue(figure.find(), summary);
    return figure.group(1);
  }

  /** The tip shows, spans the day horizontally, and sits above the strip, clear of the dates. */
  private static void assertTipAtDay(WebElement day, WebElement tip, WebElement axis, String what) {
    Rectangle d = day.getRect();
    Rectangle t = tip.getRect();
    Rectangle a = axis.getRect();
    assertTrue(t.getWidth() > 40 && t.getHeight() > 10, what + ": the tip shows: " + t);
    double middle = d.getX() + d.getWidth() / 2.0;
    assertTrue(
        t.getX() <= middle && middle <= t.getX() + t.getWidth(),
        what + ": the tip " + t.getX() + "+" + t.getWidth() + " is at the day " + middle);
    assertTrue(t.getY() + t.getHeight() <= d.getY(), what + ": above the day");
    assertTrue(t.getY() + t.getHeight() <= a.getY(), what + ": clear of the dates");
  }
}
