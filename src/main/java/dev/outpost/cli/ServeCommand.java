package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.Pipeline;
import dev.outpost.preview.Preview;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code outpost serve}: a local preview that rebuilds on every change. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the site, serves it on localhost and rebuilds it on every change.",
      "It rebuilds whenever outpost.yml or an incident file changes. Stop it with Ctrl-C."
    })
final class ServeCommand extends TerminalCommand {
  @Mixin SourceOptions sources;

  @Option(
      names = "--port",
      defaultValue = "4000",
      description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--checks",
      paramLabel = "DIR",
      description = "The state folder of outpost check, whose samples the component pages chart.")
  Path checks;

  @Override
  public Integer call() throws InterruptedException {
    sources.requireConfig(terminal.env());
    Path out;
    try {
      out = Files.createTempDirectory("outpost-preview-").resolve("site");
    } catch (IOException e) {
      throw new OutpostException(ExitCode.IO_ERROR, "cannot create a preview folder: " + e, e);
    }
    Preview.Listener listener =
        new Preview.Listener() {
          @Override
          public void built(Pipeline.Result result) {
            terminal
                .out()
                .printf(
                    Locale.ROOT,
                    "Built %d files in %d ms: %s.%n",
                    result.files(),
                    result.took().toMillis(),
                    result.report().indicator().description());
          }

          @Override
          public void failed(OutpostException failure) {
            terminal.printProblems(failure.problems());
            terminal
                .err()
                .println("outpost: " + failure.getMessage() + "; still serving the last good site");
          }
        };
    try (Preview preview =
        Preview.start(sources.request(out).withChecks(checks), () -> sources.now, port, listener)) {
      terminal.out().println("Serving " + preview.uri() + " (Ctrl-C to stop)");
      new CountDownLatch(1).await();
    } catch (IOException e) {
      throw new OutpostException(ExitCode.IO_ERROR, "cannot serve the preview: " + e, e);
    }
    return 0;
  }
}
