package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.Pipeline;
import dev.outpost.config.ConfigReader;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.source.files.IncidentFileWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where the sources are and which instant to describe; shared by the commands that read. */
final class SourceOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      defaultValue = "outpost.yml",
      description = "The site's configuration (default: ${DEFAULT-VALUE}).")
  Path config;

  @Option(
      names = "--incidents",
      paramLabel = "DIR",
      defaultValue = "incidents",
      description = "The folder of incident and maintenance files (default: ${DEFAULT-VALUE}).")
  Path incidents;

  @Option(
      names = "--now",
      paramLabel = "ISO-8601",
      converter = InstantConverter.class,
      description =
          "The instant the site describes, such as 2026-11-21T12:00:00Z (default: the clock).")
  Instant now;

  Instant now() {
    return now != null ? now : Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }

  /** Reads the config alone, failing with its problems. */
  SiteConfig readConfig() {
    Problems problems = new Problems();
    Optional<SiteConfig> site = ConfigReader.read(config, problems);
    if (site.isEmpty() || !problems.isEmpty()) {
      throw OutpostException.invalid(problems.sorted());
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
    return new Pipeline.Request(config, incidents, out, now());
  }
}
