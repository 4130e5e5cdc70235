package dev.outpost.browser;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Browser tests run where Chromium is, and fail (never skip) where it is not. */
class ChromiumCheckTest {
  private static final Path MISSING = Path.of("/nonexistent/chromium");
  private static final Path PRESENT = Path.of("/bin/sh");

  @Test
  void passesWhenEveryBinaryIsThere() {
    assertDoesNotThrow(() -> ChromiumCheck.check(List.of(PRESENT)));
  }

  @Test
  void failsWithTheInstallCommandWhenABinaryIsMissing() {
    var error =
        assertThrows(
            IllegalStateException.class, () -> ChromiumCheck.check(List.of(PRESENT, MISSING)));
    assertEquals(
        "browser tests need /nonexistent/chromium: run ./test, which installs them, or install"
            + " them with: apt-get install -y --no-install-recommends chromium chromium-driver",
        error.getMessage());
  }
}
