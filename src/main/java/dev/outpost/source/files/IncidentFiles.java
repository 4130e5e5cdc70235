package dev.outpost.source.files;

import dev.outpost.config.LocalFiles;
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
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** Reads the incident and maintenance files, {@code *.md} with YAML front matter. */
public final class IncidentFiles {
  private static final String EXTENSION = ".md";

  /** The ids of incidents and maintenance windows read from GitHub issues: {@code gh-12}. */
  private static final Pattern ISSUE_ID = Pattern.compile("gh-[0-9]+");

  private IncidentFiles() {}

  private record FileRead(Optional<Record> record, Problems problems, Cache.Key key) {
    FileRead(Optional<Record> record, Problems problems) {
      this(record, problems, null);
    }
  }

  /**
   * The files a preview read last time, so that a rebuild reads again only those that changed. A
   * file counts as unchanged while its size and modification time, the config and the validity of
   * its times are the same: a file that had no problem at one build time has none at a later one
   * (only times after the build time depend on it), so an entry serves any later {@code now}.
   * Thread-safe.
   */
  public static final class Cache {
    private record Key(Path file, long size, FileTime modified) {}

    private record Entry(SiteConfig config, Instant now, Optional<Record> record) {}

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    FileRead read(Path file, SiteConfig config, Instant now) {
      Key key;
      try {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        key = new Key(file, attributes.size(), attributes.lastModifiedTime());
      } catch (IOException e) {
        key = null;
      }
      Entry entry = key == null ? null : entries.get(key);
      if (entry != null && entry.config().equals(config) && !now.isBefore(entry.now())) {
        return new FileRead(entry.record(), new Problems(), key);
      }
      Problems local = new Problems();
      Optional<Record> record = readFile(file, config, now, local);
      if (key != null && local.isEmpty() && record.isPresent()) {
        entries.put(key, new Entry(config, now, record));
      }
      return new FileRead(record, local, key);
    }

    void keepOnly(List<FileRead> reads) {
      Set<Key> current = new HashSet<>();
      reads.forEach(read -> current.add(read.key()));
      entries.keySet().retainAll(current);
    }
  }

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
   * problems}. A file with problems contributes nothing. A missing folder is an empty one. A
   * symbolic link is read only if it leads to a file inside {@code dir}; one that leads out of it,
   * to nothing, or to a pipe or device is a problem, and is never opened ({@link LocalFiles}).
   *
   * <p>A file with a {@code maintenance} key is a maintenance window; any other is an incident.
   * Incidents come newest first (by start, then id), maintenance windows likewise.
   */
  public static Contents read(Path dir, SiteConfig config, Instant now, Problems problems) {
    return read(dir, config, now, problems, null);
  }

  /**
   * As {@link #read(Path, SiteConfig, Instant, Problems)}, reusing from {@code cache} (if not
   * {@code null}) every file read before without problems that has not changed since, and keeping
   * the files read now for the next time.
   */
  public static Contents read(
      Path dir, SiteConfig config, Instant now, Problems problems, Cache cache) {
    List<Incident> incidents = new ArrayList<>();
    List<Maintenance> maintenance = new ArrayList<>();
    List<IncidentCorrection> corrections = new ArrayList<>();
    // Files are read on every core, each with its own problems; they are merged in file order.
    List<Path> listed = files(dir, problems);
    Path realDir = listed.isEmpty() ? null : realPath(dir, problems);
    List<Path> files = realDir == null ? List.of() : listed;
    Path folderName = dir.toAbsolutePath().normalize().getFileName();
    String where = (folderName == null ? "" : folderName.toString()) + "/";
    FileRead[] byIndex = new FileRead[files.size()];
    IntStream.range(0, files.size())
        .parallel()
        .forEach(
            i -> {
              Path file = files.get(i);
              LocalFiles.Kind kind = LocalFiles.of(file, realDir);
              String problem = kind.problem(where);
              if (problem != null) {
                Problems local = new Problems();
                local.add(file.toString(), 1, 1, problem);
                byIndex[i] = new FileRead(Optional.empty(), local);
              } else if (kind == LocalFiles.Kind.FOLDER) {
                byIndex[i] = new FileRead(Optional.empty(), new Problems()); // a folder named *.md
              } else if (cache != null) {
                byIndex[i] = cache.read(file, config, now);
              } else {
                Problems local = new Problems();
                byIndex[i] = new FileRead(readFile(file, config, now, local), local);
              }
            });
    List<FileRead> reads = Arrays.asList(byIndex);
    if (cache != null) {
      cache.keepOnly(reads);
    }
    for (FileRead read : reads) {
      problems.addAll(read.problems());
      if (read.problems().isEmpty() && read.record().isPresent()) {
        if (read.record().get() instanceof Incident incident) {
          incidents.add(incident);
        } else if (read.record().get() instanceof Maintenance window) {
          maintenance.add(window);
        } else if (read.record().get() instanceof IncidentCorrection correction) {
          corrections.add(correction);
        }
      }
    }
    incidents.sort(Comparator.comparing(Incident::started).reversed().thenComparing(Incident::id));
    maintenance.sort(
        Comparator.comparing(Maintenance::start).reversed().thenComparing(Maintenance::id));
    return new Contents(List.copyOf(incidents), List.copyOf(maintenance), corrections);
  }

  /** The folder's real path, which links in it must stay inside; {@code null} after a problem. */
  private static Path realPath(Path dir, Problems problems) {
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      problems.add(dir.toString(), 0, 0, "cannot read the folder: " + e.getMessage());
      return null;
    }
  }

  private static List<Path> files(Path dir, Problems problems) {
    if (!Files.exists(dir)) {
      return List.of();
    }
    if (!Files.isDirectory(dir)) {
      problems.add(dir.toString(), 0, 0, "expected a folder of incident files, found a file");
      return List.of();
    }
    // A plain loop: a stream's classes and lambdas cost more than the listing on a JVM just
    // started.
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.endsWith(EXTENSION)) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      problems.unreadable(dir.toString(), "cannot read the folder: " + e.getMessage());
      return List.of();
    }
    names.sort(null);
    List<Path> files = new ArrayList<>(names.size());
    for (String name : names) {
      files.add(dir.resolve(name));
    }
    return files;
  }

  /** The incident or maintenance window in {@code file}, if it has no problem. */
  private static Optional<Record> readFile(
      Path file, SiteConfig config, Instant now, Problems local) {
    Report report = new Report(file.toString(), local);
    checkName(file, report);
    return TextFiles.read(file, report).flatMap(text -> readText(file, text, config, now, report));
  }

  /** The file's id: its name without {@code .md}. */
  private static String id(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - EXTENSION.length());
  }

  private static void checkName(Path file, Report report) {
    String id = id(file);
    if (!Names.isValidId(id)) {
      report.at(
          Location.FILE,
          "invalid file name `"
              + file.getFileName()
              + "`: the id before `.md` must "
              + Names.idRule());
    } else if (ISSUE_ID.matcher(id).matches()) {
      // The id would pose as the issue's: its page, and pinning, commenting and locking the issue.
      String number = id.substring(3);
      report.at(
          Location.FILE,
          "the name `"
              + file.getFileName()
              + "` is kept for the incident of GitHub issue #"
              + number
              + "; name the file otherwise (a file that corrects that issue's incident says `issue: "
              + number
              + "`)");
    }
  }

  /** The incident or maintenance window in {@code text}, the contents of {@code file}. */
  private static Optional<Record> readText(
      Path file, String text, SiteConfig config, Instant now, Report report) {
    Problems local = report.problems();
    FileContext context = new FileContext(id(file), report, config, now);
    return FrontMatter.split(text, report)
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
