package dev.outpost.source.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Component;
import dev.outpost.model.Incident;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file cache on its own: which files it hands back, for which build times. */
class FileCacheTest {
  private static final SiteConfig CONFIG = IncidentFilesTest.CONFIG;
  private static final Instant CHECKED = Instant.parse("2026-11-21T08:00:00.250Z");
  private static final String GOOD =
      """
      ---
      title: API errors
      components: { api: major_outage }
      started: 2026-11-02T14:05:00Z
      resolved: 2026-11-02T15:00:00Z
      ---
      """;

  @TempDir Path dir;
  private final List<String> notices = new ArrayList<>();

  @Test
  void aFileReadWithoutAProblemIsHandedBackEqual() throws IOException {
    givenFile("2026-11-02-api-errors.md", GOOD);
    Read first = read(CHECKED);
    assertEquals(List.of(), first.problems().sorted());
    assertEquals(0, first.cache().hits());
    first.cache().save();

    Read second = read(CHECKED);

    assertEquals(1, second.cache().hits());
    assertEquals(0, second.cache().misses());
    assertEquals(first.contents().incidents(), second.contents().incidents());
    assertEquals(List.of(), notices);
  }

  @Test
  void aFileWithAProblemIsNeverKept() throws IOException {
    // A bad name is a problem of the whole file, whose contents are fine.
    givenFile("API Errors.md", GOOD);
    givenFile("2026-11-02-api-errors.md", GOOD);
    Read first = read(CHECKED);
    assertEquals(1, first.problems().sorted().size(), first.problems().sorted().toString());
    // Saved though the build would stop here, to see what would have been kept.
    first.cache().save();

    Read second = read(CHECKED);

    assertEquals(1, second.cache().hits());
    assertEquals(1, second.cache().misses());
    assertEquals(first.problems().sorted(), second.problems().sorted());
  }

  @Test
  void aKeptFileServesItsBuildTimeAndLaterOnesButIsReadAgainForAnEarlierOne() throws IOException {
    givenFile("2026-11-02-api-errors.md", GOOD);
    read(CHECKED).cache().save();

    for (Instant later : List.of(CHECKED, CHECKED.plusNanos(1), CHECKED.plusSeconds(86_400))) {
      Read read = read(later);
      assertEquals(1, read.cache().hits(), later.toString());
    }
    Read earlier = read(CHECKED.minusNanos(1));
    assertEquals(0, earlier.cache().hits());
    assertEquals(1, earlier.cache().misses());
    assertEquals(List.of(), earlier.problems().sorted());
  }

  @Test
  void aFileIsReadAgainAtAnEarlierTimeWhenItHasAProblemThen() throws IOException {
    givenFile("2026-11-02-api-errors.md", GOOD);
    read(CHECKED).cache().save();

    Read earlier = read(Instant.parse("2026-11-02T14:30:00Z"));

    assertEquals(0, earlier.cache().hits());
    assertEquals(List.of(), earlier.contents().incidents());
    assertTrue(
        earlier.problems().sorted().stream()
            .anyMatch(p -> p.message().contains("is after the build time")),
        earlier.problems().sorted().toString());
  }

  @Test
  void theSameBytesUnderAnotherNameAreNotTheSameFile() throws IOException {
    givenFile("2026-11-02-api-errors.md", GOOD);
    read(CHECKED).cache().save();
    Files.move(incidents().resolve("2026-11-02-api-errors.md"), incidents().resolve("other.md"));

    Read renamed = read(CHECKED);

    assertEquals(0, renamed.cache().hits());
    List<Incident> incidents = renamed.contents().incidents();
    assertEquals(List.of("other"), incidents.stream().map(Incident::id).toList());
  }

  @Test
  void theSameFileInAnotherFolderIsReadThereWithItsOwnOrigin() throws IOException {
    givenFile("2026-11-02-api-errors.md", GOOD);
    read(CHECKED).cache().save();
    Path moved = dir.resolve("moved");
    Files.move(incidents(), moved);

    FileCache cache = FileCache.in(dir.resolve("cache"), "code", notices::add);
    Problems problems = new Problems();
    IncidentFiles.Contents contents = IncidentFiles.read(moved, CONFIG, CHECKED, problems, cache);

    // The origin names the file where it is now, as a read without the cache does.
    assertEquals(0, cache.hits());
    assertEquals(
        IncidentFiles.read(moved, CONFIG, CHECKED, new Problems()).incidents(),
        contents.incidents());
    assertEquals(
        moved.resolve("2026-11-02-api-errors.md").toString(),
        contents.incidents().get(0).origin().path());
  }

  @Test
  void filesKeptForAnotherConfigAreNotUsed() throws IOException {
    givenFile("2026-11-02-api-errors.md", GOOD);
    read(CHECKED).cache().save();
    SiteConfig renamed =
        new SiteConfig(
            CONFIG.site(),
            CONFIG.groups(),
            CONFIG.components().stream()
                .map(
                    c ->
                        c.id().equals("api")
                            ? new Component("api", "Public API", "", null, null)
                            : c)
                .toList(),
            CONFIG.uptime(),
            CONFIG.github());

    Read other = read(CHECKED, renamed);

    assertEquals(0, other.cache().hits());
    assertEquals(1, other.cache().misses());
    assertEquals(1, notices.size(), notices.toString());
    assertTrue(notices.get(0).contains("other settings"), notices.get(0));
  }

  private record Read(FileCache cache, IncidentFiles.Contents contents, Problems problems) {}

  private Read read(Instant now) {
    return read(now, CONFIG);
  }

  private Read read(Instant now, SiteConfig config) {
    FileCache cache = FileCache.in(dir.resolve("cache"), "code", notices::add);
    Problems problems = new Problems();
    IncidentFiles.Contents contents = IncidentFiles.read(incidents(), config, now, problems, cache);
    return new Read(cache, contents, problems);
  }

  private Path incidents() {
    return dir.resolve("incidents");
  }

  private void givenFile(String name, String text) throws IOException {
    Files.createDirectories(incidents());
    Files.writeString(incidents().resolve(name), text);
  }
}
