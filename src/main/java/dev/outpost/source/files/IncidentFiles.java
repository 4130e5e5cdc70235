package dev.outpost.source.files;

import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Incident;
import dev.outpost.model.Maintenance;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Reads the incident and maintenance files, {@code *.md} with YAML front matter. */
public final class IncidentFiles {
  private IncidentFiles() {}

  /** What the folder held. */
  public record Contents(List<Incident> incidents, List<Maintenance> maintenance) {}

  /**
   * Reads every {@code *.md} file in {@code dir} (not recursively), adding every problem to {@code
   * problems}. A file with problems contributes nothing. A missing folder is an empty one.
   */
  public static Contents read(Path dir, SiteConfig config, Instant now, Problems problems) {
    throw new UnsupportedOperationException("not yet");
  }
}
