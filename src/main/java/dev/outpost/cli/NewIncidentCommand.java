package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.config.IncidentTemplate;
import dev.outpost.config.Names;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.ComponentStatus;
import dev.outpost.model.IncidentState;
import dev.outpost.source.files.IncidentFileWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
      "With --template, the title, components, impact and first update come from that entry of"
          + " templates: in outpost.yml; a title, --component and --message given replace them.",
      "Example: outpost new incident \"API errors\" --component api=partial_outage",
      "Example: outpost new incident --template db-failover"
    })
final class NewIncidentCommand extends TerminalCommand {
  @Mixin SourceOptions sources;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "TITLE",
      description = "What readers see as the title (default with --template: the template's).")
  String title;

  @Option(
      names = {"-t", "--template"},
      paramLabel = "ID",
      description = "An incident template of outpost.yml to start from.")
  String template;

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
    if (template == null && title == null) {
      throw new OutpostException(
          ExitCode.USAGE, "give the incident a title, or start from one with --template ID");
    }
    if (title != null && title.isBlank()) {
      throw new OutpostException(ExitCode.USAGE, "the title is empty");
    }
    if (state.isClosed()) {
      throw new OutpostException(
          ExitCode.USAGE, "a new incident is investigating, identified or monitoring");
    }
    SiteConfig config = sources.readConfig();
    IncidentTemplate from = template == null ? null : template(config);
    String heading = title != null ? title.strip() : from.title();
    Map<String, ComponentStatus> statuses =
        from != null && (components == null || components.isEmpty())
            ? from.components()
            : ComponentArguments.parse(components, config, ComponentStatus.MAJOR_OUTAGE);
    String text = from != null && message.isEmpty() ? from.message() : message;
    Instant started = sources.now(config);
    String file =
        IncidentFileWriter.text(
            new IncidentFileWriter.NewIncident(
                heading, statuses, state, text, started, from == null ? null : from.impact()));
    terminal.out().println("Wrote " + sources.writeNewFile(config, started, heading, file));
    return 0;
  }

  private IncidentTemplate template(SiteConfig config) {
    return config
        .template(template)
        .orElseThrow(
            () -> {
              List<String> known = config.templates().stream().map(IncidentTemplate::id).toList();
              return new OutpostException(
                  ExitCode.USAGE,
                  known.isEmpty()
                      ? "unknown template `"
                          + template
                          + "`: outpost.yml has no templates; add them under `templates:`"
                      : "unknown template `"
                          + template
                          + "`"
                          + Names.didYouMean(template, known)
                          + " (templates: "
                          + String.join(", ", known)
                          + ")");
            });
  }
}
