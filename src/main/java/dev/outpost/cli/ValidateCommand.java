package dev.outpost.cli;

import dev.outpost.Pipeline;
import dev.outpost.model.StatusPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code outpost validate}: every problem in the config and the incident files, at once. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks outpost.yml and every incident file, and reports every problem.",
      "Each problem is printed as path:line:col: message, or as a GitHub annotation when"
          + " GITHUB_ACTIONS=true. Exits 1 when there is any problem."
    })
final class ValidateCommand extends TerminalCommand {
  @Mixin SourceOptions sources;

  @Override
  public Integer call() {
    sources.requireConfig(terminal.env());
    StatusPage page = Pipeline.read(sources.request(null));
    terminal
        .out()
        .printf(
            "%s and %s: no problems (%d components, %d incidents, %d maintenance windows).%n",
            sources.config,
            sources.incidents,
            page.components().size(),
            page.incidents().size(),
            page.maintenance().size());
    return 0;
  }
}
