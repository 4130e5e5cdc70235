package dev.outpost.actions;

import dev.outpost.model.Indicator;
import dev.outpost.model.StatusPage;
import dev.outpost.model.StatusReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a build reports back to the GitHub Actions run it is part of: step outputs and the job
 * summary. Outside Actions (no {@code GITHUB_OUTPUT}, no {@code GITHUB_STEP_SUMMARY}) it does
 * nothing.
 */
public final class ActionsRun {
  private ActionsRun() {}

  /**
   * The step outputs of a build: {@code indicator} (none, minor, major or critical — maintenance
   * alone is none), {@code description}, {@code open-incidents}, and {@code site-dir}.
   */
  public static Map<String, String> outputs(StatusReport report, Path siteDir) {
    Map<String, String> outputs = new LinkedHashMap<>();
    Indicator indicator = report.indicator();
    outputs.put("indicator", indicator == Indicator.MAINTENANCE ? "none" : indicator.id());
    outputs.put("description", indicator.description());
    outputs.put("open-incidents", String.valueOf(report.activeIncidents().size()));
    outputs.put("site-dir", siteDir.toAbsolutePath().normalize().toString());
    return outputs;
  }

  /** Writes the outputs and the job summary where the environment says. */
  public static void report(
      Map<String, String> env, StatusPage page, StatusReport report, Path siteDir)
      throws IOException {
    writeOutputs(env, outputs(report, siteDir));
    Optional<Path> summary = file(env, "GITHUB_STEP_SUMMARY");
    if (summary.isPresent()) {
      java.nio.file.Files.writeString(
          summary.get(),
          JobSummary.markdown(page, report),
          java.nio.charset.StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    }
  }

  /** Appends {@code markdown} to the job summary, when the environment names a file for it. */
  public static void appendSummary(Map<String, String> env, String markdown) throws IOException {
    Optional<Path> summary = file(env, "GITHUB_STEP_SUMMARY");
    if (summary.isPresent()) {
      java.nio.file.Files.writeString(
          summary.get(),
          markdown,
          java.nio.charset.StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    }
  }

  /** Appends step outputs, when the environment names a file for them. */
  public static void writeOutputs(Map<String, String> env, Map<String, String> outputs)
      throws IOException {
    Optional<Path> file = file(env, "GITHUB_OUTPUT");
    if (file.isPresent()) {
      StepOutputs.append(file.get(), outputs);
    }
  }

  private static Optional<Path> file(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
  }
}
