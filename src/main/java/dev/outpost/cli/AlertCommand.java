package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.actions.ActionsRun;
import dev.outpost.check.Alert;
import dev.outpost.check.AlertPayloads;
import dev.outpost.check.AlertRun;
import dev.outpost.check.CheckRun;
import dev.outpost.config.SiteConfig;
import dev.outpost.source.github.GitHubAccess;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code outpost alert}: turns an alert from a monitoring system into a suspected issue. */
@Command(
    name = "alert",
    mixinStandardHelpOptions = true,
    description = {
      "Reads one alert payload (a repository_dispatch event of type outpost-alert, or its"
          + " client_payload) and opens, comments on or closes the component's suspected issue.",
      "Reads Outpost's generic alert and the webhook bodies of Prometheus Alertmanager, Grafana"
          + " and Uptime Kuma. Needs a token with issues: write (GITHUB_TOKEN or --token), unless"
          + " --offline."
    })
final class AlertCommand extends TerminalCommand {
  /** The most a payload may weigh, in characters. */
  static final int LARGEST = 1 << 20;

  @Option(
      names = "--payload",
      paramLabel = "FILE",
      description =
          "The event or payload to read, - for standard input (default: GITHUB_EVENT_PATH in"
              + " Actions, else standard input).")
  String payload;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      defaultValue = SourceOptions.DEFAULT_CONFIG,
      description = "The site's configuration (default: ${DEFAULT-VALUE}).")
  Path config;

  @Option(
      names = "--offline",
      description =
          "Read the alert, but open, comment on and close no issue: print what would be done.")
  boolean offline;

  @Mixin GitHubOptions github;

  @Override
  public Integer call() {
    SourceOptions sources = new SourceOptions();
    sources.config = config;
    sources.requireConfig(terminal.env());
    SiteConfig site = sources.readConfig();
    String[] input = input();
    AlertPayloads.Read read = AlertPayloads.read(input[1], input[0], site);
    for (Alert alert : read.alerts()) {
      terminal
          .out()
          .println(
              (alert.firing() ? "firing " : "resolved ")
                  + (alert.name().isEmpty() ? "alert" : alert.name())
                  + " ("
                  + alert.component()
                  + ") from "
                  + (alert.origin().isEmpty() ? read.format().title() : alert.origin())
                  + ", fingerprint "
                  + alert.fingerprint());
    }
    if (read.alerts().isEmpty()) {
      terminal.out().println(read.format().title() + ": " + read.note());
      outputs(false);
      return 0;
    }
    GitHubAccess access = github.access(terminal.env(), offline);
    CheckRun.Issues issues = null;
    Optional<String> repository = SuspectedRepository.of(access, site.github(), "alert");
    if (access.token() != null && repository.isPresent()) {
      issues = CheckRun.Issues.github(site, access, terminal.env(), repository.get());
    } else if (!offline) {
      throw new OutpostException(
          ExitCode.USAGE,
          "alert needs GitHub to open and close suspected issues: a token (GITHUB_TOKEN or"
              + " --token) and the repository (github.repository in outpost.yml,"
              + " GITHUB_REPOSITORY or --repository); or --offline to only read the alert");
    } else {
      terminal.out().println("No token or repository: planning as if no issue were open.");
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    AlertRun.Result result =
        AlertRun.run(
            site, read.alerts(), issues, !offline, now, line -> terminal.out().println(line));
    if (result.actions().isEmpty()) {
      terminal.out().println("Nothing new: no issue to open, comment on or close.");
    }
    outputs(result.changedIssues());
    return 0;
  }

  /** Where the payload comes from, as a name for messages, and its text. */
  private String[] input() {
    String file = payload;
    if (file == null && terminal.env().get("GITHUB_EVENT_PATH") != null) {
      String event = terminal.env().getOrDefault("GITHUB_EVENT_NAME", "repository_dispatch");
      if (!event.equals("repository_dispatch")) {
        throw new OutpostException(
            ExitCode.USAGE,
            "alert reads a repository_dispatch event of type "
                + AlertPayloads.EVENT_TYPE
                + ", but this run was started by "
                + event
                + "; give --payload FILE to read another");
      }
      file = terminal.env().get("GITHUB_EVENT_PATH");
    }
    try {
      if (file == null || file.equals("-")) {
        if (file == null && terminal.interactive()) {
          throw new OutpostException(
              ExitCode.USAGE, "no alert: give --payload FILE, or pipe the payload in");
        }
        String text = terminal.readAll(LARGEST);
        if (text == null) {
          throw new OutpostException(
              ExitCode.INVALID_INPUT, "stdin: more than 1 MiB; not an alert");
        }
        return new String[] {"stdin", text};
      }
      Path path = Path.of(file);
      if (Files.size(path) > LARGEST) {
        throw new OutpostException(
            ExitCode.INVALID_INPUT, file + ": more than 1 MiB; not an alert");
      }
      return new String[] {file, Files.readString(path, StandardCharsets.UTF_8)};
    } catch (MalformedInputException e) {
      throw new OutpostException(
          ExitCode.INVALID_INPUT, file + ": not UTF-8 text; not an alert", e);
    } catch (IOException e) {
      throw new OutpostException(ExitCode.IO_ERROR, file + ": cannot be read: " + e, e);
    }
  }

  private void outputs(boolean changed) {
    try {
      ActionsRun.writeOutputs(terminal.env(), Map.of("changed", String.valueOf(changed)));
    } catch (IOException e) {
      throw new OutpostException(
          ExitCode.IO_ERROR, "the step outputs could not be written: " + e, e);
    }
  }
}
