package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.actions.ActionsRun;
import dev.outpost.actions.JobSummary;
import dev.outpost.config.GitHubSettings;
import dev.outpost.config.SiteConfig;
import dev.outpost.source.github.Doctor;
import dev.outpost.source.github.GitHubAccess;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code outpost doctor}: why the page does not update, one line a check, each with its fix. */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Checks what keeps the page from updating: the token's reach and permissions for each"
          + " repository, the labels, GitHub Pages' source, the status workflow and the rate"
          + " limit; one line a check, with the fix. Exits 1 when any check finds a problem.",
      "In GitHub Actions it also writes its report to the job summary."
    })
final class DoctorCommand extends TerminalCommand {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      defaultValue = SourceOptions.DEFAULT_CONFIG,
      description = "The site's configuration (default: ${DEFAULT-VALUE}).")
  java.nio.file.Path config;

  @Option(
      names = "--pin",
      description = "Check that the token may write issues too, as pinning needs.")
  boolean pin;

  @Mixin GitHubOptions github;

  @Mixin AppOptions app;

  @Override
  public Integer call() {
    SourceOptions sources = new SourceOptions();
    sources.config = config;
    sources.requireConfig(terminal.env());
    SiteConfig site = sources.readConfig();
    GitHubAccess access = app.apply(terminal, github.access(terminal.env()));
    List<GitHubSettings.Repository> repositories = access.repositoriesFor(site.github());
    String status =
        Optional.ofNullable(access.repository())
            .or(() -> site.github().repositoryName())
            .orElse(null);
    List<Doctor.Check> checks =
        new Doctor(access, terminal.env()).run(repositories, status, site.github().labels(), pin);
    for (Doctor.Check check : checks) {
      terminal.out().println(line(check));
    }
    long problems = checks.stream().filter(c -> !c.ok()).count();
    terminal
        .out()
        .println(
            problems == 0
                ? "No problems found."
                : problems + (problems == 1 ? " problem" : " problems") + " found.");
    try {
      ActionsRun.appendSummary(terminal.env(), summary(checks));
    } catch (IOException e) {
      throw new OutpostException(ExitCode.IO_ERROR, "cannot write the job summary: " + e, e);
    }
    return problems == 0 ? ExitCode.OK.code() : ExitCode.INVALID_INPUT.code();
  }

  static String line(Doctor.Check check) {
    return (check.ok() ? "ok       " : "problem  ")
        + check.name()
        + ": "
        + check.detail()
        + (check.ok() ? "" : "; fix: " + check.fix());
  }

  /** The report as a table for the job summary, every cell escaped. */
  static String summary(List<Doctor.Check> checks) {
    StringBuilder markdown =
        new StringBuilder(
            "## outpost doctor\n\n| | check | found | fix |\n| --- | --- | --- | --- |\n");
    for (Doctor.Check check : checks) {
      markdown
          .append("| ")
          .append(check.ok() ? "✅" : "❌")
          .append(" | ")
          .append(JobSummary.cell(check.name()))
          .append(" | ")
          .append(JobSummary.cell(check.detail()))
          .append(" | ")
          .append(JobSummary.cell(check.fix()))
          .append(" |\n");
    }
    return markdown.append('\n').toString();
  }
}
