package dev.outpost.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.outpost.OutpostException;
import dev.outpost.config.ConfigReader;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.source.files.IncidentFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The readers take any text: random and mutated configs and incident files give a config, records
 * or problems, never an exception other than {@link OutpostException}, and never take long.
 */
class ReaderPropertiesTest {
  static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  private static final Duration LIMIT = Duration.ofSeconds(30); // a hang guard, not a speed target

  private static Path dir;
  private static String validConfig;
  private static List<String> validIncidents;
  private static SiteConfig demoConfig;

  @BeforeContainer
  static void readTheDemo() throws IOException {
    dir = Files.createTempDirectory("outpost-fuzz-");
    validConfig = Files.readString(Path.of("outpost.yml"));
    try (var files = Files.list(Path.of("incidents"))) {
      validIncidents =
          files
              .filter(f -> f.toString().endsWith(".md"))
              .sorted()
              .map(ReaderPropertiesTest::read)
              .toList();
    }
    demoConfig = ConfigReader.read(Path.of("outpost.yml"), new Problems()).orElseThrow();
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Property(tries = 300)
  void randomConfigsGiveAConfigOrProblems(@ForAll("yamlish") String text) {
    readConfig(text);
  }

  @Property(tries = 400)
  void mutatedConfigsGiveAConfigOrProblems(@ForAll("editLists") List<Mutations.Edit> edits) {
    readConfig(Mutations.apply(validConfig, edits));
  }

  @Property(tries = 300)
  void randomIncidentFilesGiveRecordsOrProblems(@ForAll("yamlish") String text) {
    readIncident("---\n" + text);
  }

  @Property(tries = 400)
  void mutatedIncidentFilesGiveRecordsOrProblems(
      @ForAll("demoIncident") String file, @ForAll("editLists") List<Mutations.Edit> edits) {
    readIncident(Mutations.apply(file, edits));
  }

  @Provide
  Arbitrary<List<Mutations.Edit>> editLists() {
    return Mutations.editLists();
  }

  @Provide
  Arbitrary<String> demoIncident() {
    return Arbitraries.of(validIncidents);
  }

  /** Text made of the characters YAML cares about, and some it should not. */
  @Provide
  Arbitrary<String> yamlish() {
    return Arbitraries.strings()
        .withChars(":-{}[]\"'#&*!|>?%@`,\n \t")
        .withCharRange('a', 'e')
        .withCharRange('0', '9')
        .withChars('\u0000', '\uFEFF', '\u202E', 'é')
        .ofMaxLength(300);
  }

  private static void readConfig(String text) {
    Path file = write("outpost.yml", text);
    Problems problems = new Problems();
    Optional<SiteConfig> config =
        assertTimeoutPreemptively(LIMIT, () -> onlyOurs(() -> ConfigReader.read(file, problems)));
    if (config == null) {
      return; // an OutpostException: the tool's own way to fail
    }
    assertFalse(config.isEmpty() && problems.isEmpty(), "no config, but no problem either");
  }

  private static void readIncident(String text) {
    Path incidents = dir.resolve("incidents");
    write("incidents/fuzz.md", text);
    Problems problems = new Problems();
    IncidentFiles.Contents contents =
        assertTimeoutPreemptively(
            LIMIT, () -> onlyOurs(() -> IncidentFiles.read(incidents, demoConfig, NOW, problems)));
    if (contents == null) {
      return;
    }
    int records = contents.incidents().size() + contents.maintenance().size();
    assertFalse(records == 0 && problems.isEmpty(), "no record, but no problem either:\n" + text);
    assertFalse(records > 0 && !problems.isEmpty(), "a record despite problems");
  }

  /** Runs {@code read}; {@code null} when it threw an {@link OutpostException}. */
  private static <T> T onlyOurs(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (OutpostException e) {
      return null;
    }
  }

  private static Path write(String name, String text) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      // Lone surrogates become '?', as an editor would save them.
      Files.write(file, text.getBytes(StandardCharsets.UTF_8));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
