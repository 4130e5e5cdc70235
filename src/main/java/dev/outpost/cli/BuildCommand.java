package dev.outpost.cli;

import dev.outpost.Pipeline;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code outpost build}: the whole site, or nothing. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Validates every source, then renders the site into the output folder.",
      "On any problem the existing site is left exactly as it was."
    })
final class BuildCommand implements Callable<Integer>, CommandFactory.TerminalAware {
  @Mixin SourceOptions sources;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "_site",
      description = "Where the site is written (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--timings", description = "Also print how long each stage of the build took.")
  boolean timings;

  private Terminal terminal;

  @Override
  public void setTerminal(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Pipeline.Result result = Pipeline.build(sources.request(out));
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
    terminal
        .out()
        .printf(
            Locale.ROOT,
            "Open %s in a browser, or preview with: outpost serve%n",
            out.toAbsolutePath().normalize().resolve("index.html").toUri());
    return 0;
  }
}
