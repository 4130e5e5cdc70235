package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.Pipeline;
import dev.outpost.actions.ActionsRun;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.StatusPage;
import dev.outpost.notify.Notifier;
import dev.outpost.notify.Secrets;
import dev.outpost.source.github.KeptIssues;
import dev.outpost.state.StateFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code outpost notify}: what changed on the page, told once to every channel. */
@Command(
    name = "notify",
    mixinStandardHelpOptions = true,
    description = {
      "Sends the notifications channels of outpost.yml what changed on the page since the last"
          + " run: incidents, their updates, resolutions and postmortems, and maintenance.",
      "What was sent is kept in the state folder, so that nothing goes out twice.",
      "A channel that fails is retried on the next run and makes the exit code 6."
    })
final class NotifyCommand extends TerminalCommand {
  @Mixin SourceOptions sources;

  @Mixin GitHubOptions github;

  @Mixin AppOptions app;

  @Option(
      names = "--offline",
      description = "Read the files alone, nothing from GitHub even with a token.")
  boolean offline;

  @Option(
      names = "--state",
      paramLabel = "DIR",
      required = true,
      description =
          "The folder that keeps what was sent, for the next run (the Action keeps it in the"
              + " Actions cache).")
  Path state;

  @Option(
      names = "--issues-state",
      paramLabel = "DIR",
      description =
          "The state folder of outpost build (its --state): read the issues through those it"
              + " kept, asking GitHub only for the issues updated since.")
  Path issuesState;

  @Option(
      names = "--dry-run",
      description = "Print what would be sent, and send and record nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    sources.requireConfig(terminal.env());
    SiteConfig config = sources.readConfig();
    if (config.notifications().channels().isEmpty()) {
      terminal
          .out()
          .println("No notifications are configured in " + sources.config + "; nothing to send.");
      outputs(0, 0);
      return 0;
    }
    Problems problems = new Problems();
    Secrets secrets = Secrets.read(config.notifications(), terminal.env(), problems);
    if (!problems.isEmpty()) {
      throw OutpostException.of(problems);
    }
    if (terminal.inGitHubActions()) {
      for (String value : secrets.values()) {
        WorkflowCommands.addMask(value).forEach(terminal.out()::command);
      }
    }
    Consumer<String> notices =
        notice -> terminal.err().println("outpost: " + secrets.redact(notice));
    StatusPage page =
        Pipeline.read(
            sources
                .request(null)
                .with(app.apply(terminal, github.access(terminal.env(), offline)), notices)
                .withKept(
                    issuesState == null
                        ? null
                        : KeptIssues.in(issuesState, KeptIssues.DEFAULT_FULL_READ, notices)));
    Instant now = sources.now(config);
    Notifier.Outcome outcome;
    try {
      outcome =
          Notifier.of(
                  config.notifications(),
                  secrets,
                  StateFolder.at(state, warning -> terminal.warning(secrets.redact(warning))))
              .run(page, now, dryRun);
    } catch (IOException e) {
      throw new OutpostException(
          ExitCode.IO_ERROR,
          "the notifications went out, but what was sent could not be recorded in "
              + state
              + ", so the next run may send them again: "
              + secrets.redact(e.toString()),
          e);
    }
    for (Notifier.Delivery delivery : outcome.deliveries()) {
      if (dryRun) {
        terminal.out().println("would send to " + delivery.channel() + ": " + delivery.headline());
      } else if (delivery.sent()) {
        terminal.out().println("sent to " + delivery.channel() + ": " + delivery.headline());
      } else {
        terminal.warning(
            "not sent to "
                + delivery.channel()
                + ": "
                + delivery.headline()
                + ": "
                + delivery.error()
                + "; it is sent on the next run");
      }
    }
    terminal
        .out()
        .println(
            (dryRun
                    ? "Dry run: " + outcome.sent() + " message(s) would be sent"
                    : "Notifications: " + outcome.sent() + " sent, " + outcome.failed() + " failed")
                + (outcome.deliveries().isEmpty() ? "; nothing new to tell." : "."));
    if (!dryRun) {
      outputs(outcome.sent(), outcome.failed());
      try {
        // For the Action: the state folder holds a record to keep in the cache.
        ActionsRun.writeOutputs(terminal.env(), Map.of("state-kept", "true"));
      } catch (IOException e) {
        throw new OutpostException(
            ExitCode.IO_ERROR, "the step outputs could not be written: " + e, e);
      }
      try {
        ActionsRun.appendSummary(terminal.env(), NotifySummary.markdown(outcome));
      } catch (IOException e) {
        throw new OutpostException(
            ExitCode.IO_ERROR, "the job summary could not be written: " + e, e);
      }
    }
    if (outcome.failed() > 0) {
      throw new OutpostException(
          ExitCode.NOT_ALL_SENT,
          outcome.failed() + " notification(s) could not be sent; they are sent on the next run");
    }
    return 0;
  }

  private void outputs(long sent, long failed) {
    try {
      ActionsRun.writeOutputs(
          terminal.env(), Map.of("sent", String.valueOf(sent), "failed", String.valueOf(failed)));
    } catch (IOException e) {
      throw new OutpostException(
          ExitCode.IO_ERROR, "the step outputs could not be written: " + e, e);
    }
  }
}
