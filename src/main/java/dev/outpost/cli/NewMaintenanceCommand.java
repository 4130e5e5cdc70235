package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.ComponentStatus;
import dev.outpost.source.files.IncidentFileWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code outpost new maintenance "Title" --start … --end … --component …}. */
@Command(
    name = "maintenance",
    mixinStandardHelpOptions = true,
    description = {
      "Writes incidents/<date>-<title>.md for a maintenance window.",
      "Times without an offset are read in the site's time zone.",
      "Example: outpost new maintenance \"Database upgrade\" --start 2026-12-06T02:00"
          + " --end 2026-12-06T04:00 --component database"
    })
final class NewMaintenanceCommand extends TerminalCommand {
  @Mixin SourceOptions sources;

  @Parameters(index = "0", paramLabel = "TITLE", description = "What readers see as the title.")
  String title;

  @Option(names = "--start", required = true, paramLabel = "TIME", description = "When it begins.")
  String start;

  @Option(names = "--end", required = true, paramLabel = "TIME", description = "When it ends.")
  String end;

  @Option(
      names = {"-c", "--component"},
      paramLabel = "ID",
      description = "A component under maintenance; repeat for more; - stands for all.")
  List<String> components;

  @Option(
      names = {"-m", "--message"},
      defaultValue = "",
      description = "A first note for readers, in Markdown.")
  String message;

  @Override
  public Integer call() {
    sources.requireConfig(terminal.env());
    if (title.isBlank()) {
      throw new OutpostException(ExitCode.USAGE, "the title is empty");
    }
    SiteConfig config = sources.readConfig();
    List<String> ids =
        new ArrayList<>(
            ComponentArguments.parse(components, config, ComponentStatus.UNDER_MAINTENANCE)
                .keySet());
    Instant from = TimeArgument.parse("--start", start, config.site().zone());
    Instant to = TimeArgument.parse("--end", end, config.site().zone());
    if (!to.isAfter(from)) {
      throw new OutpostException(ExitCode.USAGE, "--end " + end + " is not after --start " + start);
    }
    String text =
        IncidentFileWriter.text(
            new IncidentFileWriter.NewMaintenance(
                title.strip(), ids, from, to, message, sources.now(config)));
    terminal.out().println("Wrote " + sources.writeNewFile(config, from, title, text));
    return 0;
  }
}
