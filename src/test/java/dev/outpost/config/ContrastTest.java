package dev.outpost.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContrastTest {
  @Test
  void ratiosAreWcags() {
    assertEquals(21.0, Contrast.ratio("#000000", "#ffffff"), 1e-9);
    assertEquals(1.0, Contrast.ratio("#5a3fc0", "#5a3fc0"), 1e-9);
    // WebAIM's checker: #767676 on white is 4.54:1, the lightest grey that passes
    assertEquals("4.54:1", Contrast.format(Contrast.ratio("#767676", "#ffffff")));
    assertEquals("4.47:1", Contrast.format(Contrast.ratio("#777777", "#ffffff"))); // 4.478
  }

  @Test
  void aFailingRatioNeverReadsAsPassing() {
    assertEquals("4.49:1", Contrast.format(4.4999));
  }

  @Test
  void coloursAreHexWithThreeOrSixDigits() {
    assertEquals(Optional.of("#aabbcc"), Contrast.parse(" #ABC "));
    assertEquals(Optional.of("#5a3fc0"), Contrast.parse("#5A3FC0"));
    assertEquals(Optional.empty(), Contrast.parse("5a3fc0"));
    assertEquals(Optional.empty(), Contrast.parse("#5a3fc0ff"));
    assertEquals(Optional.empty(), Contrast.parse("rebeccapurple"));
  }

  /** The backgrounds checked against are the style sheet's, in each scheme. */
  @Test
  void theSchemesAreTheStyleSheets() throws IOException {
    String css = Files.readString(Path.of("site-templates/assets/outpost.css"));
    int dark = css.indexOf("@media (prefers-color-scheme: dark)");
    String light = css.substring(0, dark);
    String darkPart = css.substring(dark, css.indexOf('}', css.indexOf('{', dark) + 1));
    assertTrue(light.contains("--bg: #fff;"), "light --bg");
    assertEquals("#ffffff", Contrast.Scheme.LIGHT.page());
    assertTrue(light.contains("--card: " + Contrast.Scheme.LIGHT.card() + ";"), "light --card");
    assertTrue(darkPart.contains("--bg: " + Contrast.Scheme.DARK.page() + ";"), "dark --bg");
    assertTrue(darkPart.contains("--card: " + Contrast.Scheme.DARK.card() + ";"), "dark --card");
  }
}
