package dev.outpost.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.NoAlertPresentException;

/**
 * What "no hostile input got through" means for one loaded page, for any test that builds a site
 * from hostile text (incident files today; issues, comments and labels through the fake GitHub
 * next): no script ran (no dialog opened; {@code alert}, {@code confirm}, {@code prompt}, {@code
 * print} and {@code open} were never called), nothing failed to load or was loaded from elsewhere,
 * only the elements Outpost writes exist, in the HTML namespace, and none carries an event handler,
 * a style, an action or a URL the browser reads as anything but http, https or mailto.
 *
 * <p>Call {@link #trapScripts} once per browser, then {@link #problems} for each page.
 */
final class InertPages {
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

  private InertPages() {}

  /** Replaces the dialog functions by recorders in every page the browser loads from now on. */
  static void trapScripts(Browser browser) {
    browser
        .driver()
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
  }

  /** Loads {@code page} and returns everything that shows hostile input got through. */
  static List<String> problems(Browser browser, URI page) {
    String origin = page.resolve("/").toString();
    List<String> problems = new ArrayList<>(browser.open(page));
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
    return problems;
  }
}
