package dev.outpost.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.scenario.DemoInLanguage;
import dev.outpost.words.Languages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo's home page is light enough for a phone on a bad connection in the worst moment: its
 * HTML and the style sheet it links fit in 14 KB gzip-compressed (what a first TCP round trip
 * carries), and it needs no JavaScript.
 */
class PageWeightTest {
  static final int BUDGET = 14 * 1024;
  private static final Pattern STYLESHEET =
      Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\">");

  @TempDir Path temp;

  static List<String> languages() {
    return Languages.SUPPORTED;
  }

  /** In every language: some write longer words, some need more bytes a character. */
  @ParameterizedTest
  @MethodSource("languages")
  void theDemoHomePageAndItsStyleSheetFitIn14KilobytesGzipped(String language) throws IOException {
    Path site = buildTheDemo(language);
    String html = Files.readString(site.resolve("index.html"));
    Matcher css = STYLESHEET.matcher(html);
    assertTrue(css.find(), "the page links its style sheet");
    byte[] styles = Files.readAllBytes(site.resolve(css.group(1)));
    assertFalse(css.find(), "one style sheet");

    int htmlSize = gzipped(html.getBytes(StandardCharsets.UTF_8));
    int cssSize = gzipped(styles);
    System.out.printf(
        Locale.ROOT,
        "demo home page (%s), gzip -9: HTML %,d + CSS %,d = %,d bytes of %,d%n",
        language,
        htmlSize,
        cssSize,
        htmlSize + cssSize,
        BUDGET);
    assertTrue(
        htmlSize + cssSize <= BUDGET,
        "HTML " + htmlSize + " + CSS " + cssSize + " bytes gzipped exceed " + BUDGET);
  }

  @Test
  void theDemoHomePageNeedsNoJavaScript() throws IOException {
    String html = Files.readString(buildTheDemo().resolve("index.html")).toLowerCase(Locale.ROOT);
    assertFalse(html.contains("<script"), "no script element");
    assertFalse(html.contains("javascript:"), "no javascript: URL");
    assertFalse(Pattern.compile("\\son[a-z]+=").matcher(html).find(), "no event handler");
  }

  /**
   * A site with health checks keeps its home page as light: the response-time charts are on the
   * component pages, which need no JavaScript either.
   */
  @Test
  void withHealthChecksTheHomePageStaysInItsBudgetAndTheChartsNeedNoScript() throws IOException {
    Path site = Path.of("src/test/scenarios/health-checks/expected/site");
    String html = Files.readString(site.resolve("index.html"));
    int size =
        gzipped(html.getBytes(StandardCharsets.UTF_8))
            + gzipped(Files.readAllBytes(site.resolve("assets/outpost.css")));
    assertTrue(size <= BUDGET, size + " bytes gzipped exceed " + BUDGET);
    assertFalse(html.contains("<svg"), "no chart on the home page");
    String component =
        Files.readString(site.resolve("components/api/index.html")).toLowerCase(Locale.ROOT);
    assertTrue(component.contains("<svg"), "the component page has its charts");
    assertFalse(component.contains("<script"), "no script element");
    assertFalse(Pattern.compile("\\son[a-z]+=").matcher(component).find(), "no event handler");
  }

  /**
   * A branded home page stays in the budget with both style sheets; its logos, which the browser
   * fetches after the page, are counted apart and must stay small enough for a header.
   */
  @Test
  void aBrandedHomePageAndBothStyleSheetsFitIn14KilobytesGzipped() throws IOException {
    Path site = Path.of("src/test/scenarios/branded-site/expected/site");
    String html = Files.readString(site.resolve("index.html"));
    Matcher css = STYLESHEET.matcher(html);
    int size = gzipped(html.getBytes(StandardCharsets.UTF_8));
    int sheets = 0;
    while (css.find()) {
      size += gzipped(Files.readAllBytes(site.resolve(css.group(1))));
      sheets++;
    }
    assertEquals(2, sheets, "Outpost's style sheet and the team's");
    System.out.printf(
        Locale.ROOT, "branded home page, gzip -9: HTML and CSS %,d bytes of %,d%n", size, BUDGET);
    assertTrue(size <= BUDGET, size + " bytes gzipped exceed " + BUDGET);
    String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"), "no script element");
    assertFalse(lower.contains("<svg"), "logos are linked through <img>, never inlined");
    assertFalse(Pattern.compile("\\son[a-z]+=").matcher(lower).find(), "no event handler");
  }

  private Path buildTheDemo() {
    return buildTheDemo("en");
  }

  private Path buildTheDemo(String language) {
    Path config = DemoInLanguage.config(temp.resolve("sources"), language);
    Path out = temp.resolve("site");
    DemoInLanguage.Built built = DemoInLanguage.build(config, out);
    assertEquals(0, built.code(), built.err());
    return out;
  }

  /** The size of {@code bytes} gzipped at the best compression, as a web server would send it. */
  static int gzipped(byte[] bytes) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip =
        new GZIPOutputStream(buffer) {
          {
            def.setLevel(Deflater.BEST_COMPRESSION);
          }
        }) {
      gzip.write(bytes);
    }
    return buffer.size();
  }
}
