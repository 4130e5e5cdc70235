package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.Pipeline;
import dev.outpost.config.ConfigReader;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.source.files.IncidentFileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where the sources are and which instant to describe; shared by the commands that read. */
final class SourceOptions {
  static final String DEFAULT_CONFIG = "outpost.yml";
  static final String DEFAULT_INCIDENTS = "incidents";

  @Option(
      names = "--config",
      paramLabel = "FILE",
      defaultValue = DEFAULT_CONFIG,
      description = "The site's configuration (default: ${DEFAULT-VALUE}).")
  Path config;

  @Option(
      names = "--incidents",
      paramLabel = "DIR",
      defaultValue = DEFAULT_INCIDENTS,
      description = "The folder of incident and maintenance files (default: ${DEFAULT-VALUE}).")
  Path incidents;

  @Option(
      names = "--now",
      paramLabel = "ISO-8601",
      converter = InstantConverter.class,
      description =
          "The instant the site describes, in ISO-8601 (2026-11-21T12:00:00Z); by default the"
              + " config's now: key, else the clock.")
  Instant now;

  /** The instant to describe: {@code --now}, else the config's {@code now:}, else the clock. */
  Instant now(SiteConfig site) {
    if (now != null) {
      return now;
    }
    return site.fixedNow().orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * Fails with exit code 3 when the config is not a file, naming the ways out: the right folder,
   * {@code --config}, or {@code outpost init} as this user runs Outpost.
   */
  void requireConfig(Map<String, String> env) {
    if (!Files.isRegularFile(config)) {
      throw new OutpostException(
          ExitCode.IO_ERROR,
          config
              + (Files.exists(config) ? ": not a file" : ": no such file")
              + "; run outpost in the folder that holds outpost.yml, name it with --config, or"
              + " create a status page here with: "
              + Program.command(env, "init"));
    }
  }

  /** These options as they would be given again to another command, leaving out defaults. */
  List<String> arguments() {
    List<String> args = new ArrayList<>();
    if (!config.equals(Path.of(DEFAULT_CONFIG))) {
      args.addAll(List.of("--config", config.toString()));
    }
    if (!incidents.equals(Path.of(DEFAULT_INCIDENTS))) {
      args.addAll(List.of("--incidents", incidents.toString()));
    }
    if (now != null) {
      args.addAll(List.of("--now", now.toString()));
    }
    return args;
  }

  /** Reads the config alone, failing with its problems. */
  SiteConfig readConfig() {
    Problems problems = new Problems();
    Optional<SiteConfig> site = ConfigReader.read(config, problems);
    if (site.isEmpty() || !problems.isEmpty()) {
      throw OutpostException.of(problems);
    }
    return site.get();
  }

  /**
   * Writes a new incident or maintenance file named after its day (in the site's zone) and title;
   * never overwrites. Returns the file written.
   */
  Path writeNewFile(SiteConfig site, Instant at, String title, String text) {
    try {
      return IncidentFileWriter.create(
          incidents, at.atZone(site.site().zone()).toLocalDate(), title, text);
    } catch (IOException e) {
      throw new OutpostException(ExitCode.IO_ERROR, "cannot write to " + incidents + ": " + e, e);
    }
  }

  Pipeline.Request request(Path out) {
    return new Pipeline.Request(config, incidents, out, now);
  }
}
