package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.actions.ActionsRun;
import dev.outpost.check.CheckRun;
import dev.outpost.check.Prober;
import dev.outpost.check.Sample;
import dev.outpost.check.Seed;
import dev.outpost.config.CheckSpec;
import dev.outpost.config.SiteConfig;
import dev.outpost.source.github.GitHubAccess;
import dev.outpost.state.StateFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code outpost check}: runs the health checks once and opens or closes suspected issues. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Runs every health check of outpost.yml once, in parallel, and records the results.",
      "A component failing in a row opens one suspected issue; recovering closes it unless a"
          + " maintainer confirmed it.",
      "Needs a token with issues: write (GITHUB_TOKEN or --token), unless --offline."
    })
final class CheckCommand extends TerminalCommand {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      defaultValue = SourceOptions.DEFAULT_CONFIG,
      description = "The site's configuration (default: ${DEFAULT-VALUE}).")
  Path config;

  @Option(
      names = "--state",
      paramLabel = "DIR",
      defaultValue = ".outpost-state",
      description =
          "The folder that keeps the results of earlier runs (default: ${DEFAULT-VALUE}).")
  Path state;

  @Option(
      names = "--offline",
      description =
          "Check and record, touching nothing else: no issue opened, commented on or closed (it"
              + " prints what it would do), no history seeded from the published site.")
  boolean offline;

  @Mixin GitHubOptions github;

  @Override
  public Integer call() {
    SourceOptions sources = new SourceOptions();
    sources.config = config;
    sources.requireConfig(terminal.env());
    SiteConfig site = sources.readConfig();
    if (site.checks().isEmpty()) {
      terminal
          .out()
          .println("No checks in " + config + ": add a checks: section (see docs/checks.md).");
      return 0;
    }
    Prober prober = Prober.of(terminal.env());
    List<String> secrets = prober.secrets(site.checks());
    if (terminal.inGitHubActions()) {
      secrets.forEach(secret -> WorkflowCommands.addMask(secret).forEach(terminal.out()::command));
    }
    GitHubAccess access = github.access(terminal.env(), offline);
    CheckRun.Issues issues = null;
    Optional<String> repository = SuspectedRepository.of(access, site.github(), "check");
    if (access.token() != null && repository.isPresent()) {
      issues = CheckRun.Issues.github(site, access, terminal.env(), repository.get());
    } else if (!offline) {
      throw new OutpostException(
          ExitCode.USAGE,
          "check needs GitHub to open and close suspected issues: a token (GITHUB_TOKEN or"
              + " --token) and the repository (github.repository in outpost.yml,"
              + " GITHUB_REPOSITORY or --repository); or --offline to only check");
    } else {
      terminal.out().println("No token or repository: planning as if no issue were open.");
    }
    StateFolder folder = StateFolder.at(state, terminal::warning);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    CheckRun.Result result;
    try {
      result =
          CheckRun.run(
              site,
              folder,
              prober,
              issues,
              !offline,
              now,
              line -> terminal.out().println(line),
              offline
                  ? null
                  : () ->
                      Seed.read(
                          site.site().url(), Seed.DEADLINE, line -> terminal.out().println(line)));
    } catch (UncheckedIOException e) {
      throw new OutpostException(ExitCode.IO_ERROR, e.getMessage() + ": " + e.getCause(), e);
    }
    int failing = 0;
    for (CheckSpec check : site.checks()) {
      Sample sample = result.samples().get(check.id());
      failing += sample.ok() ? 0 : 1;
      terminal
          .out()
          .println(
              String.format(
                  Locale.ROOT,
                  "%s %s (%s) in %d ms%s",
                  sample.ok() ? "pass" : "FAIL",
                  check.id(),
                  check.component(),
                  sample.latencyMillis(),
                  sample.ok() ? "" : ": " + sample.detail()));
    }
    terminal
        .out()
        .println(
            (site.checks().size() - failing)
                + " of "
                + site.checks().size()
                + " checks pass; "
                + (result.actions().isEmpty()
                    ? "no issue to open, comment on or close."
                    : result.actions().size()
                        + (offline ? " issue actions planned." : " issue actions done.")));
    try {
      ActionsRun.writeOutputs(
          terminal.env(),
          Map.of(
              "changed", String.valueOf(result.changedIssues()),
              "failing", String.valueOf(failing)));
    } catch (IOException e) {
      throw new OutpostException(
          ExitCode.IO_ERROR, "the step outputs could not be written: " + e, e);
    }
    return 0;
  }
}
