package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.ComponentStatus;
import dev.outpost.model.IncidentState;
import dev.outpost.source.files.IncidentFileWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code outpost new incident "Title" --component api=major_outage}. */
@Command(
    name = "incident",
    mixinStandardHelpOptions = true,
    description = {
      "Writes incidents/<date>-<title>.md for an incident starting now (or at --now).",
      "Example: outpost new incident \"API errors\" --component api=partial_outage"
    })
final class NewIncidentCommand implements Callable<Integer>, CommandFactory.TerminalAware {
  @Mixin SourceOptions sources;

  @Parameters(index = "0", paramLabel = "TITLE", description = "What readers see as the title.")
  String title;

  @Option(
      names = {"-c", "--component"},
      paramLabel = "ID[=STATUS]",
      description = {
        "An affected component and its status (default status: major_outage);",
        "repeat for more; - stands for all components."
      })
  List<String> components;

  @Option(
      names = "--state",
      defaultValue = "investigating",
      converter = StateConverter.class,
      description = "investigating, identified or monitoring (default: ${DEFAULT-VALUE}).")
  IncidentState state;

  @Option(
      names = {"-m", "--message"},
      defaultValue = "",
      description = "The first update's text, in Markdown.")
  String message;

  private Terminal terminal;

  @Override
  public void setTerminal(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (title.isBlank()) {
      throw new OutpostException(ExitCode.USAGE, "the title is empty");
    }
    if (state.isClosed()) {
      throw new OutpostException(
          ExitCode.USAGE, "a new incident is investigating, identified or monitoring");
    }
    SiteConfig config = sources.readConfig();
    var statuses = ComponentArguments.parse(components, config, ComponentStatus.MAJOR_OUTAGE);
    Instant started = sources.now();
    String text =
        IncidentFileWriter.text(
            new IncidentFileWriter.NewIncident(title.strip(), statuses, state, message, started));
    Path file = write(started, config, text);
    terminal.out().println("Wrote " + file);
    return 0;
  }

  private Path write(Instant at, SiteConfig config, String text) {
    try {
      return IncidentFileWriter.create(
          sources.incidents, at.atZone(config.site().zone()).toLocalDate(), title, text);
    } catch (IOException e) {
      throw new OutpostException(
          ExitCode.IO_ERROR, "cannot write to " + sources.incidents + ": " + e, e);
    }
  }
}
