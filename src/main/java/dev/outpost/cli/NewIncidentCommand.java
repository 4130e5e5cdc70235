package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.ComponentStatus;
import dev.outpost.model.IncidentState;
import dev.outpost.source.files.IncidentFileWriter;
import java.time.Instant;
import java.util.List;
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
final class NewIncidentCommand extends TerminalCommand {
  @Mixin SourceOptions sources;

  @Parameters(index = "0", paramLabel = "TITLE", description = "What readers see as the title.")
  String title;

  @Option(
      names = {"-c", "--component"},
      paramLabel = "ID[=STATUS]",
      description =
          "An affected component and its status (default status: major_outage); repeat for"
              + " more; - stands for all components.")
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

  @Override
  public Integer call() {
    sources.requireConfig(terminal.env());
    if (title.isBlank()) {
      throw new OutpostException(ExitCode.USAGE, "the title is empty");
    }
    if (state.isClosed()) {
      throw new OutpostException(
          ExitCode.USAGE, "a new incident is investigating, identified or monitoring");
    }
    SiteConfig config = sources.readConfig();
    var statuses = ComponentArguments.parse(components, config, ComponentStatus.MAJOR_OUTAGE);
    Instant started = sources.now(config);
    String text =
        IncidentFileWriter.text(
            new IncidentFileWriter.NewIncident(title.strip(), statuses, state, message, started));
    terminal.out().println("Wrote " + sources.writeNewFile(config, started, title, text));
    return 0;
  }
}
