package dev.outpost.source.files;

import dev.outpost.config.Names;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.config.TextFiles;
import dev.outpost.config.yaml.Fields;
import dev.outpost.config.yaml.Location;
import dev.outpost.config.yaml.Report;
import dev.outpost.config.yaml.Yaml;
import dev.outpost.config.yaml.YamlMap;
import dev.outpost.config.yaml.YamlNode;
import dev.outpost.config.yaml.YamlScalar;
import dev.outpost.model.Incident;
import dev.outpost.model.IncidentCorrection;
import dev.outpost.model.Maintenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads the incident and maintenance files, {@code *.md} with YAML front matter. */
public final class IncidentFiles {
  private static final String EXTENSION = ".md";

  private IncidentFiles() {}

  /** What the folder held. */
  /**
   * What the folder held.
   *
   * @param corrections files that name a GitHub issue ({@code issue: 123}), by issue number
   */
  public record Contents(
      List<Incident> incidents,
      List<Maintenance> maintenance,
      List<IncidentCorrection> corrections) {
    public Contents(List<Incident> incidents, List<Maintenance> maintenance) {
      this(incidents, maintenance, List.of());
    }
  }

  /**
   * Reads every {@code *.md} file in {@code dir} (not recursively), adding every problem to {@code
   * problems}. A file with problems contributes nothing. A missing folder is an empty one.
   *
   * <p>A file with a {@code maintenance} key is a maintenance window; any other is an incident.
   * Incidents come newest first (by start, then id), maintenance windows likewise.
   */
  public static Contents read(Path dir, SiteConfig config, Instant now, Problems problems) {
    List<Incident> incidents = new ArrayList<>();
    List<Maintenance> maintenance = new ArrayList<>();
    List<IncidentCorrection> corrections = new ArrayList<>();
    for (Path file : files(dir, problems)) {
      Problems local = new Problems();
      Optional<Record> read = readFile(file, config, now, local);
      local.sorted().forEach(problems::add);
      if (local.isEmpty() && read.isPresent()) {
        if (read.get() instanceof Incident incident) {
          incidents.add(incident);
        } else if (read.get() instanceof Maintenance window) {
          maintenance.add(window);
        } else if (read.get() instanceof IncidentCorrection correction) {
          corrections.add(correction);
        }
      }
    }
    incidents.sort(Comparator.comparing(Incident::started).reversed().thenComparing(Incident::id));
    maintenance.sort(
        Comparator.comparing(Maintenance::start).reversed().thenComparing(Maintenance::id));
    return new Contents(List.copyOf(incidents), List.copyOf(maintenance), corrections);
  }

  private static List<Path> files(Path dir, Problems problems) {
    if (!Files.exists(dir)) {
      return List.of();
    }
    if (!Files.isDirectory(dir)) {
      problems.add(dir.toString(), 0, 0, "expected a folder of incident files, found a file");
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .map(p -> dir.resolve(p.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      problems.add(dir.toString(), 0, 0, "cannot read the folder: " + e.getMessage());
      return List.of();
    }
  }

  /** The incident or maintenance window in {@code file}, if it has no problem. */
  private static Optional<Record> readFile(
      Path file, SiteConfig config, Instant now, Problems local) {
    Report report = new Report(file.toString(), local);
    String name = file.getFileName().toString();
    String id = name.substring(0, name.length() - EXTENSION.length());
    if (!Names.isValidId(id)) {
      report.at(
          Location.FILE,
          "invalid file name `" + name + "`: the id before `.md` must " + Names.idRule());
    }
    FileContext context = new FileContext(id, report, config, now);
    return TextFiles.read(file, report)
        .flatMap(text -> FrontMatter.split(text, report))
        .flatMap(
            matter ->
                Yaml.parse(matter.yaml(), FrontMatter.LINE_OFFSET, report.path(), local)
                    .map(IncidentFiles::emptyAsMap)
                    .flatMap(root -> Fields.of(root, "the front matter", report))
                    .flatMap(fields -> readFrontMatter(fields, matter.body(), context)));
  }

  private static Optional<Record> readFrontMatter(Fields fields, String body, FileContext context) {
    if (fields.contains("maintenance")) {
      return MaintenanceReader.read(fields, body, context).map(Record.class::cast);
    }
    return IncidentReader.read(fields, body, context);
  }

  /** Empty front matter is an empty map on the opening line, so its missing keys are reported. */
  private static YamlNode emptyAsMap(YamlNode root) {
    return root instanceof YamlScalar s && s.isNull()
        ? new YamlMap(new Location(1, 1), List.of())
        : root;
  }
}
