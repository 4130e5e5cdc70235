package dev.outpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the demo and of every scenario site, served over HTTP from its sub-path, loads in
 * Chromium with no console error and no failed request, and has no WCAG 2.1 A or AA violation that
 * axe-core finds, in the light theme and (for the colour rules) in the dark one.
 */
@Chromium
class PageQualityBrowserTest {
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
  Stream<DynamicTest> everyPageLoadsCleanlyAndPassesAxeInBothThemes() {
    return sites.everyPage((site, page) -> check(site, page));
  }

  private static void check(Site site, String page) {
    browser.colorScheme("light");
    List<String> problems = browser.open(sites.uri(site, page));
    assertEquals(List.of(), problems, "console errors and failed requests");
    assertEquals(List.of(), browser.axe(Browser.WCAG_A_AA), "axe violations, light theme");
    browser.colorScheme("dark");
    assertEquals(List.of(), browser.axe(Browser.COLOURS), "axe violations, dark theme");
  }

  /** The harness itself: axe does report a violation, so an empty list means something. */
  @Test
  void axeReportsAViolationWhereThereIsOne() {
    browser.colorScheme("light");
    browser.open(
        Browser.html(
            "<!DOCTYPE html><html lang=en><title>t</title>"
                + "<p style='color:#bbb;background:#fff'>faint text</p><img src=x.png>"));
    List<String> violations = browser.axe(Browser.WCAG_A_AA);
    assertFalse(violations.isEmpty());
    assertEquals(
        List.of("color-contrast", "image-alt"),
        violations.stream().map(v -> v.substring(0, v.indexOf(' '))).distinct().sorted().toList());
  }
}
