package dev.outpost.source.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Incident;
import dev.outpost.model.Problem;
import dev.outpost.model.UptimePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's cache: a file whose size and modification time are unchanged is not read again,
 * unless the config changed, the build time went back, or the file had a problem.
 */
class IncidentFileCacheTest {
  private static final FileTime MODIFIED = FileTime.from(Instant.parse("2026-11-20T10:00:00Z"));

  @TempDir Path dir;
  private final IncidentFiles.Cache cache = new IncidentFiles.Cache();
  private Problems problems;

  /** An incident file whose title has 5 letters, so that every version has the same size. */
  private void givenFile(String name, String title) throws IOException {
    Path file = Files.createDirectories(dir.resolve("incidents")).resolve(name);
    Files.writeString(
        file,
        "---\ntitle: "
            + title
            + "\ncomponents: { api: major_outage }\nstarted: 2026-11-02T14:05:00Z\n---\n");
    Files.setLastModifiedTime(file, MODIFIED);
  }

  private List<String> titles(SiteConfig config, Instant now) {
    problems = new Problems();
    return IncidentFiles.read(dir.resolve("incidents"), config, now, problems, cache)
        .incidents()
        .stream()
        .map(Incident::title)
        .toList();
  }

  private List<String> titles() {
    return titles(IncidentFilesTest.CONFIG, IncidentFilesTest.NOW);
  }

  @Test
  void anUnchangedFileIsNotReadAgainAtTheSameOrALaterBuildTime() throws IOException {
    givenFile("a.md", "First");
    assertEquals(List.of("First"), titles());

    givenFile("a.md", "Other");

    assertEquals(List.of("First"), titles());
    assertEquals(
        List.of("First"), titles(IncidentFilesTest.CONFIG, IncidentFilesTest.NOW.plusSeconds(60)));
  }

  @Test
  void aFileWithANewModificationTimeIsReadAgain() throws IOException {
    givenFile("a.md", "First");
    titles();
    givenFile("a.md", "Other");
    Files.setLastModifiedTime(
        dir.resolve("incidents/a.md"), FileTime.from(Instant.parse("2026-11-20T11:00:00Z")));

    assertEquals(List.of("Other"), titles());
  }

  @Test
  void anEarlierBuildTimeReadsAgain() throws IOException {
    givenFile("a.md", "First");
    titles();
    givenFile("a.md", "Other");

    assertEquals(
        List.of("Other"), titles(IncidentFilesTest.CONFIG, IncidentFilesTest.NOW.minusSeconds(60)));
  }

  @Test
  void anotherConfigReadsAgain() throws IOException {
    givenFile("a.md", "First");
    titles();
    givenFile("a.md", "Other");
    SiteConfig other =
        new SiteConfig(
            IncidentFilesTest.CONFIG.site(),
            List.of(),
            IncidentFilesTest.CONFIG.components(),
            new UptimePolicy(30, 1.0, 0.3, 0.0));

    assertEquals(List.of("Other"), titles(other, IncidentFilesTest.NOW));
  }

  @Test
  void aFileWithAProblemIsReadAgainAndItsProblemReportedEachTime() throws IOException {
    givenFile("a.md", "\"   \"");
    titles();
    assertEquals(List.of("incidents/a.md:2:8: `title` must not be empty"), problems(problems));
    titles();
    assertEquals(List.of("incidents/a.md:2:8: `title` must not be empty"), problems(problems));

    givenFile("a.md", "Fixed");

    assertEquals(List.of("Fixed"), titles());
  }

  @Test
  void aFileGoneFromTheFolderIsForgotten() throws IOException {
    givenFile("a.md", "First");
    givenFile("b.md", "Other");
    titles();
    Files.delete(dir.resolve("incidents/a.md"));
    titles();

    givenFile("a.md", "Again");

    assertEquals(List.of("Again", "Other"), titles());
  }

  private List<String> problems(Problems problems) {
    return problems.sorted().stream()
        .map(
            p ->
                new Problem(
                        dir.relativize(Path.of(p.path())).toString().replace('\\', '/'),
                        p.line(),
                        p.column(),
                        p.message())
                    .format())
        .toList();
  }
}
