package dev.outpost.scenario;

import dev.outpost.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The repository's demo sources with {@code site.language} set: a copy of {@code outpost.yml} (and
 * the {@code brand/} files it names) in another folder, the incidents read from where they are.
 */
public final class DemoInLanguage {
  private DemoInLanguage() {}

  /** Writes the demo's config in {@code language} into {@code folder}; returns its path. */
  public static Path config(Path folder, String language) {
    return config(folder, language, "");
  }

  /**
   * As {@link #config(Path, String)}, with {@code siteLines} (indented YAML, each ending in a line
   * break) added to {@code site:}.
   */
  public static Path config(Path folder, String language, String siteLines) {
    try {
      Files.createDirectories(folder);
      String config = Files.readString(Path.of("outpost.yml"));
      String marked =
          config.replaceFirst("(?m)^site:\n", "site:\n  language: " + language + "\n" + siteLines);
      if (marked.equals(config)) {
        throw new IllegalStateException("the demo's outpost.yml has no `site:` line");
      }
      Path file = folder.resolve("outpost.yml");
      Files.writeString(file, marked);
      try (Stream<Path> brand = Files.walk(Path.of("brand"))) {
        for (Path source : brand.toList()) {
          Path target = folder.resolve(source.toString());
          if (Files.isDirectory(source)) {
            Files.createDirectories(target);
          } else {
            Files.copy(source, target);
          }
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What an offline build gave: its exit code and standard error. */
  public record Built(int code, String err) {}

  /**
   * Builds the sources of {@code config} (with the demo's {@code incidents/}) into {@code out} in
   * this process, offline, at the demo's time {@code 2026-11-21T12:00:00Z}.
   */
  public static Built build(Path config, Path out) {
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {
              "build",
              "--offline",
              "--now",
              "2026-11-21T12:00:00Z",
              "--config",
              config.toString(),
              "--incidents",
              "incidents",
              "--out",
              out.toString()
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            Map.of());
    return new Built(code, err.toString());
  }
}
