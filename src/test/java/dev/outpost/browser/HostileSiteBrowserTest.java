package dev.outpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.hostile.HostileSite;
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
import org.openqa.selenium.NoAlertPresentException;

/**
 * A site whose every text field holds hostile input ({@link HostileSite}, from the corpus in {@code
 * src/test/resources/hostile/payloads.txt}) is inert in a real browser: on every page no script
 * runs (no dialog opens, none of {@code alert}, {@code confirm}, {@code prompt} is called), no
 * request leaves the site, no element carries an event handler, a style attribute or an active URL,
 * only the elements Outpost writes exist, and the hostile text still reads as text.
 */
@Chromium
class HostileSiteBrowserTest {
  /** Records calls instead of showing dialogs; installed before any script of a page runs. */
  private static final String TRAP =
      """
      window.__calls = [];
      for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
        window[name] = function () {
          window.__calls.push(name + '(' + [...arguments].join(',') + ')');
        };
      }
      """;

  /** Every element Outpost's templates and its Markdown renderer write. */
  private static final String ELEMENTS =
      "html head meta title link body a header nav ul ol li main section article div p span"
          + " strong em del code pre blockquote h1 h2 h3 h4 h5 h6 table thead tbody tr th td"
          + " time dl dt dd footer img hr br input";

  /** What is wrong with the loaded page's DOM, one line each; empty when all is well. */
  private static final String INSPECT =
      """
      const allowed = new Set(arguments[0].split(' '));
      const problems = [];
      for (const el of document.querySelectorAll('*')) {
        const tag = el.localName;
        if (!allowed.has(tag) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
          problems.push('element <' + tag + '>');
        }
        if (tag === 'input' && !(el.type === 'checkbox' && el.disabled)) {
          problems.push('an input that is not a disabled task list checkbox');
        }
        if (tag === 'meta' && el.hasAttribute('http-equiv')) problems.push('meta http-equiv');
        for (const a of el.attributes) {
          const name = a.name.toLowerCase();
          if (name.startsWith('on')) problems.push(tag + ' has handler ' + name + '=' + a.value);
          if (name === 'style' || name === 'srcdoc' || name === 'formaction' || name === 'action') {
            problems.push(tag + ' has ' + name);
          }
          if (['href', 'src', 'xlink:href', 'data', 'poster', 'cite', 'background'].includes(name)) {
            let protocol;
            try { protocol = new URL(a.value, document.baseURI).protocol; }
            catch (e) { protocol = 'unparseable'; }
            if (!['http:', 'https:', 'mailto:'].includes(protocol)) {
              problems.push(tag + ' ' + name + ' is ' + protocol + ' ' + a.value);
            }
          }
        }
      }
      if (window.__calls.length) problems.push('script ran: ' + window.__calls.join('; '));
      return problems;
      """;

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
    browser
        .driver()
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (sites != null) {
      sites.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> noPageRunsOrLoadsAnythingHostile() {
    return site.pages().stream()
        .map(page -> DynamicTest.dynamicTest("/status/" + page, () -> checkInert(page)));
  }

  private static void checkInert(String page) {
    String origin = sites.uri(site, "").resolve("/").toString();
    List<String> problems = new ArrayList<>(browser.open(sites.uri(site, page)));
    try {
      String text = browser.driver().switchTo().alert().getText();
      browser.driver().switchTo().alert().dismiss();
      problems.add("a dialog opened: " + text);
    } catch (NoAlertPresentException expected) {
      // no dialog: good
    }
    @SuppressWarnings("unchecked")
    List<String> dom = (List<String>) browser.script(INSPECT, ELEMENTS);
    problems.addAll(dom);
    @SuppressWarnings("unchecked")
    List<String> requests =
        (List<String>)
            browser.script(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".filter(n => !n.startsWith(arguments[0]))",
                origin);
    requests.forEach(r -> problems.add("request left the site: " + r));
    assertEquals(List.of(), problems, "/status/" + page);
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
