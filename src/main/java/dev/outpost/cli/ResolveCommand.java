package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Incident;
import dev.outpost.model.Problem;
import dev.outpost.source.files.IncidentFileWriter;
import dev.outpost.source.files.IncidentFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code outpost resolve --all -m "All clear."}: the all-clear for every open incident file. */
@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    description = {
      "Resolves every ongoing incident of the incident files now (or at --now), with one message.",
      "Example: outpost resolve --all -m \"Everything is back to normal.\""
    })
final class ResolveCommand extends TerminalCommand {
  @Mixin SourceOptions sources;

  @Option(
      names = "--all",
      required = true,
      description = "Resolve every incident file whose incident is ongoing.")
  boolean all;

  @Option(
      names = {"-m", "--message"},
      defaultValue = "",
      description = "The final update's text, in Markdown.")
  String message;

  @Override
  public Integer call() {
    sources.requireConfig(terminal.env());
    SiteConfig config = sources.readConfig();
    Instant now = sources.now(config);
    Problems problems = new Problems();
    IncidentFiles.Contents files = IncidentFiles.read(sources.incidents, config, now, problems);
    if (!problems.isEmpty()) {
      throw OutpostException.of(problems);
    }
    List<Incident> open =
        files.incidents().stream()
            .filter(i -> i.origin().path() != null && i.isActive(now))
            .sorted(Comparator.comparing(i -> i.origin().path()))
            .toList();
    if (open.isEmpty()) {
      terminal.out().println("No ongoing incident in " + sources.incidents + ".");
      return 0;
    }
    // Every file is changed and read back before any is written: all of them, or none.
    Map<Path, String> changed = new LinkedHashMap<>();
    for (Incident incident : open) {
      Path file = Path.of(incident.origin().path());
      try {
        String text =
            IncidentFileWriter.resolved(
                Files.readString(file, StandardCharsets.UTF_8), now, message);
        check(file, text, config, now, problems);
        changed.put(file, text);
      } catch (IllegalArgumentException e) {
        problems.add(file.toString(), 0, 0, "cannot resolve it here: " + e.getMessage());
      } catch (IOException e) {
        throw new OutpostException(ExitCode.IO_ERROR, "cannot read " + file + ": " + e, e);
      }
    }
    if (!problems.isEmpty()) {
      throw OutpostException.of(problems);
    }
    for (Map.Entry<Path, String> entry : changed.entrySet()) {
      try {
        Files.writeString(entry.getKey(), entry.getValue(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new OutpostException(
            ExitCode.IO_ERROR, "cannot write " + entry.getKey() + ": " + e, e);
      }
    }
    List<String> names = changed.keySet().stream().map(Path::toString).toList();
    terminal
        .out()
        .println(
            "Resolved "
                + names.size()
                + (names.size() == 1 ? " incident" : " incidents")
                + " at "
                + now
                + ": "
                + String.join(", ", names));
    return 0;
  }

  /** Reads {@code text} back as {@code file} would be read, and reports if it is not resolved. */
  private static void check(
      Path file, String text, SiteConfig config, Instant now, Problems problems) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("outpost-resolve-");
      Files.writeString(dir.resolve(file.getFileName().toString()), text, StandardCharsets.UTF_8);
      Problems read = new Problems();
      List<Incident> incidents = IncidentFiles.read(dir, config, now, read).incidents();
      for (Problem problem : read.sorted()) {
        problems.add(file.toString(), 0, 0, "cannot resolve it here: " + problem.message());
      }
      if (read.isEmpty()
          && (incidents.size() != 1
              || !incidents.get(0).resolved().equals(java.util.Optional.of(now)))) {
        problems.add(file.toString(), 0, 0, "cannot resolve it here: it would not end at " + now);
      }
    } catch (IOException e) {
      throw new OutpostException(ExitCode.IO_ERROR, "cannot check " + file + ": " + e, e);
    } finally {
      if (dir != null) {
        try (var listing = Files.list(dir)) {
          for (Path p : listing.toList()) {
            Files.deleteIfExists(p);
          }
          Files.deleteIfExists(dir);
        } catch (IOException e) {
          // A temporary folder left behind harms nothing.
        }
      }
    }
  }
}
