package dev.outpost.browser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.CapabilityType;

/**
 * One headless Debian Chromium, driven through the system's chromedriver; nothing is downloaded.
 * Start one per test class: start-up is the slow part.
 */
final class Browser implements AutoCloseable {
  private static final String AXE = axeSource();

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts Chromium with JavaScript on or off for the pages it loads. */
  static Browser start(boolean javascript) {
    Path profile;
    try {
      profile = Files.createTempDirectory("outpost-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.setProperty("webdriver.chrome.driver", ChromiumCheck.CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(ChromiumCheck.CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-extensions",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    if (!javascript) {
      options.addArguments("--blink-settings=scriptEnabled=false");
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    // A dialog must not be dismissed behind the test's back: it stays open to be found.
    options.setCapability(
        CapabilityType.UNHANDLED_PROMPT_BEHAVIOUR, UnexpectedAlertBehaviour.IGNORE);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(ChromiumCheck.CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return new Browser(driver, profile);
  }

  ChromeDriver driver() {
    return driver;
  }

  /**
   * Loads {@code page} and returns what went wrong while loading it: every console message of level
   * error or worse, and every request that failed or answered 400 or more.
   */
  List<String> open(URI page) {
    // Leaves the last page first: what it still loads (a logo of the other colour scheme, after a
    // scheme change) is cancelled then, and not counted against the next page.
    driver.get("about:blank");
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(page.toString());
    // Waits for the load event; a closing round trip lets late console messages arrive.
    script("return document.readyState");
    return problems();
  }

  private List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        problems.add("console: " + entry.getMessage());
      }
    }
    Map<String, String> urls = new HashMap<>();
    Json json = new Json();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      Map<String, Object> message = json.toType(entry.getMessage(), Json.MAP_TYPE);
      @SuppressWarnings("unchecked")
      Map<String, Object> inner = (Map<String, Object>) message.get("message");
      String method = String.valueOf(inner.get("method"));
      @SuppressWarnings("unchecked")
      Map<String, Object> params = (Map<String, Object>) inner.getOrDefault("params", Map.of());
      String id = String.valueOf(params.get("requestId"));
      switch (method) {
        case "Network.requestWillBeSent" -> {
          @SuppressWarnings("unchecked")
          Map<String, Object> request = (Map<String, Object>) params.get("request");
          urls.put(id, String.valueOf(request.get("url")));
        }
        case "Network.responseReceived" -> {
          @SuppressWarnings("unchecked")
          Map<String, Object> response = (Map<String, Object>) params.get("response");
          long status = ((Number) response.get("status")).longValue();
          if (status >= 400) {
            problems.add("HTTP " + status + ": " + response.get("url"));
          }
        }
        case "Network.loadingFailed" ->
            problems.add(
                "failed request: "
                    + urls.getOrDefault(id, id)
                    + " ("
                    + params.get("errorText")
                    + ")");
        default -> {}
      }
    }
    return problems;
  }

  /** A {@code data:} address of {@code html}, to load a page made up on the spot. */
  static URI html(String html) {
    return URI.create(
        "data:text/html;base64,"
            + Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)));
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Emulates {@code prefers-color-scheme: light} or {@code dark} from now on. */
  void colorScheme(String scheme) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /** Emulates a screen {@code width} CSS pixels wide, as a phone when it is narrow. */
  void viewport(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
  }

  /** Saves a screenshot of the whole page (not only the viewport) as a PNG. */
  void screenshot(Path png) {
    Number width = (Number) script("return document.documentElement.scrollWidth");
    Number height = (Number) script("return document.documentElement.scrollHeight");
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
    Map<String, Object> result =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    try {
      Files.createDirectories(png.getParent());
      Files.write(png, Base64.getDecoder().decode((String) result.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** axe-core's rules for WCAG 2.0 and 2.1, levels A and AA. */
  static final String WCAG_A_AA =
      "{\"type\": \"tag\", \"values\": [\"wcag2a\", \"wcag2aa\", \"wcag21a\", \"wcag21aa\"]}";

  /** The axe-core rules a change of colours can break: what a second theme needs checked. */
  static final String COLOURS =
      "{\"type\": \"rule\", \"values\": [\"color-contrast\", \"link-in-text-block\"]}";

  /**
   * Runs axe-core's rules ({@code runOnly}: {@link #WCAG_A_AA} or {@link #COLOURS}) on the loaded
   * page and returns every violation, one readable line per element at fault; empty when there is
   * none.
   */
  @SuppressWarnings("unchecked")
  List<String> axe(String runOnly) {
    if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
      script(AXE);
    }
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                """
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: arguments[0]})
                  .then(r => done(r.violations.flatMap(v => v.nodes.map(n =>
                      v.id + ' (' + v.impact + '): ' + v.help + ' at ' + n.target.join(' ')
                      + ' ' + n.html.substring(0, 160) + ' - ' + n.failureSummary
                          .replace(/\\s+/g, ' ')))))
                  .catch(e => done(['axe failed: ' + e]));
                """,
                (Object) new Json().toType(runOnly, Json.MAP_TYPE));
    return (List<String>) result;
  }

  private static String axeSource() {
    try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary profile is harmless
    }
  }
}
