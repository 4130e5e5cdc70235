package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.Pipeline;
import dev.outpost.actions.ActionsRun;
import dev.outpost.config.SiteConfig;
import dev.outpost.publish.SiteDigest;
import dev.outpost.source.github.GitHubAccess;
import dev.outpost.source.github.KeptIssues;
import dev.outpost.state.StateFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code outpost build}: the whole site, or nothing. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Validates every source, then renders the site into the output folder.",
      "With a token (GITHUB_TOKEN or --token) it reads the repository's issues too.",
      "On any problem the existing site is left exactly as it was."
    })
final class BuildCommand extends TerminalCommand {
  @Mixin SourceOptions sources;

  @Mixin GitHubOptions github;

  @Mixin AppOptions app;

  @Option(
      names = "--offline",
      description = "Build from the files alone, reading nothing from GitHub even with a token.")
  boolean offline;

  @Option(
      names = "--pin",
      description = "After building, pin the current outage's issue (see outpost pin).")
  boolean pin;

  @Mixin PinOptions pins;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "_site",
      description = "Where the site is written (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--checks",
      paramLabel = "DIR",
      description =
          "The state folder of outpost check, whose samples the component pages chart and the"
              + " site publishes (as api/checks.json).")
  Path checks;

  @Option(
      names = "--state",
      paramLabel = "DIR",
      description =
          "Keep the issues read in this folder, so that the next build asks GitHub only for those"
              + " updated since (every issue is read again once a day, see --full-read).")
  Path state;

  @Option(
      names = "--full-read",
      paramLabel = "DURATION",
      defaultValue = "24h",
      converter = DurationConverter.class,
      description =
          "With --state: how old the last full read of the issues may get before a build reads"
              + " every issue again, such as 6h (default: ${DEFAULT-VALUE}).")
  Duration fullRead;

  @Option(
      names = "--deployed",
      paramLabel = "FILE",
      description =
          "The SHA-256 of the site deployed last (a line as sha256sum writes it); the step output"
              + " changed is false when the new site is the same.")
  Path deployed;

  @Option(names = "--timings", description = "Also print how long each stage of the build took.")
  boolean timings;

  @Override
  public Integer call() {
    sources.requireConfig(terminal.env());
    // Pinning needs the labels and repository before and after the build.
    SiteConfig config = pin ? sources.readConfig() : null;
    GitHubAccess access = app.apply(terminal, github.access(terminal.env(), offline));
    Consumer<String> notices = notice -> terminal.err().println("outpost: " + notice);
    Pipeline.Request request =
        sources
            .request(out)
            .with(access, notices)
            .withChecks(checks)
            .withKept(state == null ? null : KeptIssues.in(state, fullRead, notices));
    String stateBefore = state == null ? "" : StateFolder.listing(state);
    Pipeline.Result result = Pipeline.build(request);
    terminal
        .out()
        .printf(
            Locale.ROOT,
            "Built %d files into %s in %.2f s: %s.%n",
            result.files(),
            out.toAbsolutePath().normalize(),
            result.took().toNanos() / 1e9,
            result.report().indicator().description());
    if (timings) {
      for (Pipeline.Stage stage : result.stages()) {
        terminal
            .out()
            .printf(Locale.ROOT, "  %-8s %7.1f ms%n", stage.name(), stage.took().toNanos() / 1e6);
      }
    }
    List<String> serve = new ArrayList<>(List.of("serve"));
    serve.addAll(sources.arguments());
    terminal
        .out()
        .printf(
            Locale.ROOT,
            "Open %s in a browser, or preview it with: %s%n",
            out.toAbsolutePath().normalize().resolve("index.html").toUri(),
            Program.command(terminal.env(), serve.toArray(String[]::new)));
    if (pin) {
      pins.pin(terminal, access, config, result.page(), result.report().now());
    }
    try {
      ActionsRun.report(terminal.env(), result.page(), result.report(), out);
      Map<String, String> outputs = new LinkedHashMap<>();
      if (deployed != null || terminal.env().get("GITHUB_OUTPUT") != null) {
        String digest = SiteDigest.of(out);
        boolean changed =
            deployed == null || !SiteDigest.recorded(deployed).equals(Optional.of(digest));
        if (!changed) {
          terminal
              .out()
              .println("The site is the same as the one deployed last: nothing to publish.");
        }
        outputs.put("digest", digest);
        outputs.put("changed", String.valueOf(changed));
      }
      if (state != null) {
        outputs.put("state-kept", String.valueOf(!StateFolder.listing(state).equals(stateBefore)));
      }
      ActionsRun.writeOutputs(terminal.env(), outputs);
    } catch (IOException e) {
      throw new OutpostException(
          ExitCode.IO_ERROR,
          "the site is built, but the step outputs could not be written: " + e,
          e);
    }
    return 0;
  }
}
