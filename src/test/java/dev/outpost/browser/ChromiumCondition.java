package dev.outpost.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs {@link Chromium} tests only where Debian's Chromium and its driver are installed. */
final class ChromiumCondition implements ExecutionCondition {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String INSTALL =
      "apt-get install -y --no-install-recommends chromium chromium-driver";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return decide(
        List.of(CHROMIUM, CHROMEDRIVER),
        "true".equals(System.getenv("CI")),
        context.getDisplayName());
  }

  /**
   * Runs the tests of {@code name} when every binary is there; otherwise fails on CI and skips,
   * loudly on standard error, elsewhere.
   */
  static ConditionEvaluationResult decide(List<Path> binaries, boolean ci, String name) {
    List<String> missing = new ArrayList<>();
    for (Path binary : binaries) {
      if (!Files.isExecutable(binary)) {
        missing.add(binary.toString());
      }
    }
    if (missing.isEmpty()) {
      return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
    }
    String message =
        "browser tests need " + String.join(" and ", missing) + "; install them with: " + INSTALL;
    if (ci) {
      throw new IllegalStateException("CI=true, so browser tests may not be skipped: " + message);
    }
    System.err.println();
    System.err.println("*".repeat(78));
    System.err.println("* SKIPPED " + name + ": " + message);
    System.err.println("*".repeat(78));
    return ConditionEvaluationResult.disabled("SKIPPED: " + message);
  }
}
