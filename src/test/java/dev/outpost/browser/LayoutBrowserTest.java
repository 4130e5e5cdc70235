package dev.outpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Every page holds its layout on a 360 px phone and a 1280 px desktop, light and dark: nothing
 * overflows sideways and the main parts show. Screenshots of the main page kinds are kept in {@code
 * target/screenshots/} to look at. Keyboard focus is visible.
 */
@Chromium
class LayoutBrowserTest {
  static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static final int[] WIDTHS = {360, 1280};
  private static final String[] SCHEMES = {"light", "dark"};

  @TempDir static Path temp;
  private static Sites sites;
  private static Browser browser;

  @BeforeAll
  static void start() {
    sites = Sites.demoAndScenarios(temp);
    browser = Browser.start(true);
  }

  @AfterAll
  static void stop() throws Exception {
    Sites.closeAll(browser, sites);
  }

  @TestFactory
  Stream<DynamicTest> everyPageFitsAPhoneAndADesktopInBothThemes() {
    return sites.everyPage((site, page) -> check(site, page));
  }

  private static void check(Site site, String page) {
    browser.colorScheme("light");
    browser.viewport(WIDTHS[0], 800);
    assertEquals(List.of(), browser.open(sites.uri(site, page)));
    // Media queries follow the emulated screen and theme without a reload.
    for (String scheme : SCHEMES) {
      browser.colorScheme(scheme);
      for (int width : WIDTHS) {
        browser.viewport(width, 800);
        Map<?, ?> layout =
            (Map<?, ?>)
                browser.script(
                    """
                    const wide = [...document.querySelectorAll('body *')]
                      .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5
                        && getComputedStyle(e).position !== 'absolute'
                        && !e.closest('.md table, .md pre'))
                      .map(e => e.tagName.toLowerCase() + '.' + e.className);
                    const shown = s => [...document.querySelectorAll(s)]
                      .every(e => e.getBoundingClientRect().height > 0);
                    return {scroll: document.documentElement.scrollWidth,
                            inner: window.innerWidth, wide: wide.slice(0, 5),
                            parts: shown('header') && shown('main h1, .banner')
                              && shown('footer') && shown('.bar')};
                    """);
        String where = width + " px, " + scheme + ": ";
        assertEquals(
            ((Number) layout.get("inner")).longValue(),
            Math.max(
                ((Number) layout.get("inner")).longValue(),
                ((Number) layout.get("scroll")).longValue()),
            where + "the page scrolls sideways; too wide: " + layout.get("wide"));
        assertEquals(List.of(), layout.get("wide"), where + "elements stick out");
        assertEquals(Boolean.TRUE, layout.get("parts"), where + "header, main, footer show");
        if (screenshotted(page)) {
          String name = page.isEmpty() ? "home" : page.replaceAll("/$", "").replace('/', '-');
          browser.screenshot(
              SCREENSHOTS.resolve(site.name()).resolve(name + "-" + width + "-" + scheme + ".png"));
        }
      }
    }
    browser.colorScheme("light");
  }

  /** The home page, the 404 page and the first page of each kind. */
  private static boolean screenshotted(String page) {
    return page.isEmpty()
        || page.equals("404.html")
        || page.equals("history/")
        || page.matches("(components|incidents|history)/[^/]+/")
            && FIRST.computeIfAbsent(page.substring(0, page.indexOf('/')), k -> page).equals(page);
  }

  private static final Map<String, String> FIRST = new java.util.concurrent.ConcurrentHashMap<>();

  @Test
  void keyboardFocusIsVisibleOnEveryLinkOfTheHomePage() {
    Site demo = sites.sites().get(0);
    for (String scheme : SCHEMES) {
      browser.colorScheme(scheme);
      browser.viewport(1280, 800);
      browser.open(sites.uri(demo, ""));
      int links =
          ((Number) browser.script("return document.querySelectorAll('a').length")).intValue();
      List<String> seen = new ArrayList<>();
      for (int i = 0; i < links; i++) {
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.driver().switchTo().activeElement();
        String focusedStyle = ring(focused);
        seen.add(focused.getTagName() + " " + focused.getText());
        assertTrue(
            !focusedStyle.startsWith("none") && !focusedStyle.startsWith("0px"),
            scheme + ": focus ring on " + focused.getText() + ": " + focusedStyle);
        assertTrue(focused.isDisplayed(), "the focused element shows: " + focused.getText());
        browser.script("arguments[0].blur()", focused);
        assertNotEquals(
            focusedStyle, ring(focused), "focus changes how " + focused.getText() + " looks");
        browser.script("arguments[0].focus()", focused);
      }
      assertEquals(links, seen.size());
      assertEquals("Skip to content", seen.get(0).substring(2));
    }
    browser.colorScheme("light");
  }

  private static String ring(WebElement element) {
    return element.getCssValue("outline-style")
        + " "
        + element.getCssValue("outline-width")
        + " "
        + element.getCssValue("outline-color")
        + " "
        + element.getCssValue("box-shadow");
  }
}
