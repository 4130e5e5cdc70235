package dev.outpost.cli;

import dev.outpost.Pipeline;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.StatusPage;
import dev.outpost.source.github.GitHubAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code outpost pin}: the current outage's issue at the top of the repository's issues. */
@Command(
    name = "pin",
    mixinStandardHelpOptions = true,
    description = {
      "Pins the newest ongoing outage issue and unpins outage issues that are closed.",
      "Never unpins an issue that is not an outage, and keeps to GitHub's 3 pinned issues.",
      "Needs a token with issues: write (GITHUB_TOKEN or --token)."
    })
final class PinCommand extends TerminalCommand {
  @Mixin SourceOptions sources;

  @Mixin GitHubOptions github;

  @Mixin AppOptions app;

  @Mixin PinOptions pins;

  @Override
  public Integer call() {
    sources.requireConfig(terminal.env());
    GitHubAccess access = app.apply(terminal, github.access(terminal.env()));
    StatusPage page =
        Pipeline.read(
            sources
                .request(null)
                .with(access, notice -> terminal.err().println("outpost: " + notice)));
    SiteConfig config = sources.readConfig();
    pins.pin(terminal, access, config, page, sources.now(config));
    return 0;
  }
}
