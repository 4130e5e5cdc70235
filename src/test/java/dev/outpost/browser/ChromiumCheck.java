package dev.outpost.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a {@link Chromium} test class before it starts when Debian's Chromium or its driver is
 * missing, naming the command that installs them: a browser test is never skipped, so a run without
 * a browser can never pass for a run with one.
 */
final class ChromiumCheck implements BeforeAllCallback {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @Override
  public void beforeAll(ExtensionContext context) {
    check(List.of(CHROMIUM, CHROMEDRIVER));
  }

  /** Returns when every binary is there; throws, saying how to install them, when one is not. */
  static void check(List<Path> binaries) {
    List<String> missing = new ArrayList<>();
    for (Path binary : binaries) {
      if (!Files.isExecutable(binary)) {
        missing.add(binary.toString());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "browser tests need "
              + String.join(" and ", missing)
              + ": run ./test, which installs them, or install them with: apt-get install -y"
              + " --no-install-recommends chromium chromium-driver");
    }
  }
}
