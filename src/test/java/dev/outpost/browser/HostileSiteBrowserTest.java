package dev.outpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.hostile.HostileSite;
import java.net.URI;
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
 * A site whose every text field holds hostile input ({@link HostileSite}, from the corpus in {@code
 * src/test/resources/hostile/payloads.txt}) is inert in a real browser: on every page no script
 * runs (no dialog opens, none of {@code alert}, {@code confirm}, {@code prompt} is called), no
 * request leaves the site, no element carries an event handler, a style attribute or an active URL,
 * only the elements Outpost writes exist, and the hostile text still reads as text.
 */
@Chromium
class HostileSiteBrowserTest {
  @TempDir static Path temp;
  private static HostileSite hostile;
  private static Site site;
  private static Sites sites;
  private static Browser browser;

  @BeforeAll
  static void start() {
    hostile = HostileSite.write(temp.resolve("sources"));
    Site.build(
        temp.resolve("sources/outpost.yml"),
        temp.resolve("sources/incidents"),
        temp.resolve("site"));
    site = new Site("hostile", temp.resolve("site"), "/status/");
    sites = new Sites();
    sites.add(site);
    browser = Browser.start(true);
    InertPages.trapScripts(browser);
  }

  @AfterAll
  static void stop() throws Exception {
    Sites.closeAll(browser, sites);
  }

  @TestFactory
  Stream<DynamicTest> noPageRunsOrLoadsAnythingHostile() {
    return sites.everyPage((site, page) -> checkInert(page));
  }

  private static void checkInert(String page) {
    URI uri = sites.uri(site, page);
    assertEquals(List.of(), InertPages.problems(browser, uri), uri.getPath());
  }

  @Test
  void theHostileTextReadsAsText() {
    browser.viewport(1280, 900);
    browser.open(sites.uri(site, ""));
    browser.screenshot(LayoutBrowserTest.SCREENSHOTS.resolve("hostile/home-1280-light.png"));
    assertEquals(
        hostile.siteTitle(), browser.script("return document.querySelector('.brand').textContent"));
    assertTrue(
        browser.driver().getTitle().startsWith(hostile.siteTitle().strip()),
        browser.driver().getTitle());
    for (int i = 0; i < hostile.payloads().size(); i++) {
      browser.open(sites.uri(site, "incidents/" + hostile.incidentId(i) + "/"));
      assertEquals(
          hostile.incidentTitle(i).strip(),
          browser.script("return document.querySelector('h1').textContent"),
          "the title of incident " + i);
      String body = (String) browser.script("return document.querySelector('.md').textContent");
      if (readsLiterally(hostile.incidentBody(i))) {
        assertTrue(
            body.contains(hostile.incidentBody(i).strip()),
            "incident " + i + " shows its body as text: " + body);
      }
      if (i == 0) {
        browser.screenshot(
            LayoutBrowserTest.SCREENSHOTS.resolve("hostile/incident-1280-light.png"));
      }
      browser.open(sites.uri(site, "components/c" + i + "/"));
      assertEquals(
          hostile.componentName(i).strip(),
          browser.script("return document.querySelector('h1').textContent"),
          "the name of component " + i);
    }
  }

  @Test
  void bidiControlsInANameDoNotReorderWhatFollowsIt() {
    browser.viewport(1280, 900);
    int checked = 0;
    for (int i = 0; i < hostile.payloads().size(); i++) {
      if (!hostile.componentName(i).matches("(?s).*[\u202A-\u202E\u2066-\u2069].*")) {
        continue;
      }
      browser.open(sites.uri(site, "incidents/" + hostile.incidentId(i) + "/"));
      Object misplaced =
          browser.script(
              """
              return [...document.querySelectorAll('.affected li')].filter(li => {
                const name = li.querySelector('a').getBoundingClientRect();
                const status = li.querySelector('.status').getBoundingClientRect();
                return status.left < name.right - 1;
              }).map(li => li.textContent);
              """);
      assertEquals(List.of(), misplaced, "a status shown before its component's name");
      checked++;
    }
    assertTrue(checked >= 3, "the corpus has names with bidi controls");
  }

  /**
   * Whether Markdown leaves {@code text} as it is: raw HTML, no Markdown syntax in it, and no
   * autolink such as {@code <javascript:x>} (a link, its URL made harmless, its brackets gone).
   */
  private static boolean readsLiterally(String text) {
    return text.startsWith("<")
        && !text.matches("(?s).*[*_`\\[\\]|&\\\\\\n].*")
        && !text.matches("<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^ <>]*>");
  }
}
