package dev.outpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Browser tests run where Chromium is, skip loudly where it is not, and never skip on CI. */
class ChromiumConditionTest {
  private static final Path MISSING = Path.of("/nonexistent/chromium");
  private static final Path PRESENT = Path.of("/bin/sh");

  @Test
  void runsWhenEveryBinaryIsThere() {
    assertFalse(ChromiumCondition.decide(List.of(PRESENT), false, "T").isDisabled());
    assertFalse(ChromiumCondition.decide(List.of(PRESENT), true, "T").isDisabled());
  }

  @Test
  void skipsWithTheInstallCommandWhenABinaryIsMissing() {
    var result = ChromiumCondition.decide(List.of(PRESENT, MISSING), false, "T");
    assertTrue(result.isDisabled());
    assertEquals(
        "SKIPPED: browser tests need /nonexistent/chromium; install them with: apt-get install -y"
            + " --no-install-recommends chromium chromium-driver",
        result.getReason().orElseThrow());
  }

  @Test
  void failsOnCiWhenABinaryIsMissing() {
    var error =
        assertThrows(
            IllegalStateException.class,
            () -> ChromiumCondition.decide(List.of(MISSING), true, "T"));
    assertTrue(error.getMessage().startsWith("CI=true, so browser tests may not be skipped"));
  }
}
