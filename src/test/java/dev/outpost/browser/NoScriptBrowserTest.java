package dev.outpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.ComponentStatus;
import dev.outpost.words.Words;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** With JavaScript disabled, every page of the demo and of every scenario still reads fully. */
@Chromium
class NoScriptBrowserTest {
  @TempDir static Path temp;
  private static Sites sites;
  private static Browser browser;

  @BeforeAll
  static void start() {
    sites = Sites.demoAndScenarios(temp);
    browser = Browser.start(false);
  }

  @AfterAll
  static void stop() throws Exception {
    Sites.closeAll(browser, sites);
  }

  @Test
  void javaScriptIsReallyOff() {
    browser.open(Browser.html("<title>off</title><script>document.title='on'</script>"));
    assertEquals("off", browser.driver().getTitle());
  }

  @TestFactory
  Stream<DynamicTest> everyPageReadsWithoutJavaScript() {
    return sites.everyPage((site, page) -> check(site, page));
  }

  private static void check(Site site, String page) {
    assertEquals(List.of(), browser.open(sites.uri(site, page)));
    var driver = browser.driver();
    assertFalse(driver.getTitle().isBlank(), "a title");
    WebElement main = driver.findElement(By.tagName("main"));
    assertTrue(main.isDisplayed());
    WebElement h1 = driver.findElement(By.tagName("h1"));
    assertTrue(h1.isDisplayed(), "the heading shows");
    assertFalse(h1.getText().isBlank());
    assertTrue(main.getText().strip().length() > 20, "the page has content: " + main.getText());
    assertNotEquals(
        "rgba(0, 0, 0, 0)",
        driver.findElement(By.tagName("body")).getCssValue("background-color"),
        "the style sheet applies");
    if (page.isEmpty()) {
      WebElement banner = driver.findElement(By.cssSelector(".banner"));
      assertTrue(banner.isDisplayed());
      assertFalse(banner.getText().isBlank(), "the overall status is written out");
      List<WebElement> components = driver.findElements(By.cssSelector(".component"));
      assertFalse(components.isEmpty(), "the components are listed");
      Words words = Words.of(site.language(), Map.of());
      List<String> statuses =
          Arrays.stream(ComponentStatus.values())
              .map(status -> words.get("status." + status.id()))
              .toList();
      for (WebElement component : components) {
        String text = component.getText();
        assertTrue(
            statuses.stream().anyMatch(text::contains),
            "each component's status is written out in " + site.language() + ": " + text);
      }
    }
  }
}
