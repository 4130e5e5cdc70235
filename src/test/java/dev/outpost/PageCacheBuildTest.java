package dev.outpost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Incident;
import dev.outpost.model.Maintenance;
import dev.outpost.model.StatusPage;
import dev.outpost.render.PageCache;
import dev.outpost.scenario.SiteTrees;
import dev.outpost.source.files.FileCache;
import dev.outpost.source.github.GitHubAccess;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code build --cache}: a build that takes what incident files were read into ({@code files.bin})
 * and the pages of resolved incidents and ended maintenance ({@code pages.bin}) from the cache
 * makes exactly the site a build without one makes, whatever changed in between, and the cache
 * files afterwards hold exactly what that build used.
 */
class PageCacheBuildTest {
  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  private static final Pattern SUMMARY =
      Pattern.compile(
          "cache: (\\d+) file\\(s\\) and (\\d+) page\\(s\\) reused, (\\d+) file\\(s\\) read and"
              + " (\\d+) page\\(s\\) rendered anew; kept in (.+)");
  private static final String CHECKSUM_MISMATCH = "is damaged (its checksum does not match)";
  private static final String RESOLVED_INCIDENT = "2026-11-19-stale-cdn-assets";
  private static final String ONGOING_INCIDENT = "2026-11-21-delayed-webhook-deliveries";

  @TempDir Path dir;
  private Path config;
  private Path incidents;
  private Path cache;
  private Path pagesBin;
  private Path filesBin;
  private int builds;

  /** The counts of a build's one "cache: ..." line. */
  private record Summary(int filesReused, int pagesReused, int filesRead, int pagesRendered) {}

  /** What a build made and what it said. */
  private record Built(Path out, StatusPage page, List<String> notices) {
    /** The one "cache: ..." line, which must name {@code cache}. */
    Summary summary(Path cache) {
      List<String> lines = notices.stream().filter(n -> n.startsWith("cache: ")).toList();
      assertEquals(1, lines.size(), notices.toString());
      Matcher matcher = SUMMARY.matcher(lines.get(0));
      assertTrue(matcher.matches(), lines.get(0));
      assertEquals(cache.toString(), matcher.group(5));
      return new Summary(
          Integer.parseInt(matcher.group(1)),
          Integer.parseInt(matcher.group(2)),
          Integer.parseInt(matcher.group(3)),
          Integer.parseInt(matcher.group(4)));
    }

    List<String> warnings() {
      return notices.stream().filter(n -> n.startsWith("warning:")).toList();
    }

    /** Every notice but the summary. */
    List<String> others() {
      return notices.stream().filter(n -> !n.startsWith("cache: ")).toList();
    }
  }

  @BeforeEach
  void givenACopyOfTheDemo() throws IOException {
    config = dir.resolve("outpost.yml");
    incidents = dir.resolve("incidents");
    Files.copy(Path.of("outpost.yml"), config);
    SiteTrees.copy(Path.of("incidents"), incidents);
    cache = dir.resolve("cache");
    pagesBin = cache.resolve(PageCache.FILE);
    filesBin = cache.resolve(FileCache.FILE);
  }

  @Test
  void aSecondBuildReusesEveryKeptPageAndMakesTheSameSite() throws IOException {
    Files.createDirectories(cache);
    int kept = kept(NOW);
    StatusPage page = read(NOW);
    assertTrue(kept > 0, "the demo has resolved incidents");
    assertTrue(
        kept < page.incidents().size() + page.maintenance().size(),
        "the demo has an ongoing incident or a window that has not ended");

    Built first = cached(NOW);
    assertSummary(first, 0, kept);
    assertFiles(first, 0, files());
    assertEquals(List.of(), first.others());
    assertTrue(Files.isRegularFile(pagesBin));
    assertTrue(Files.isRegularFile(filesBin));
    byte[] pagesWritten = Files.readAllBytes(pagesBin);
    byte[] filesWritten = Files.readAllBytes(filesBin);

    Built second = cached(NOW);
    assertSummary(second, kept, 0);
    assertFiles(second, files(), 0);
    assertEquals(List.of(), second.others());
    Path uncached = uncached(NOW);
    SiteTrees.assertSameTree(uncached, second.out());
    SiteTrees.assertSameTree(uncached, first.out());
    assertArrayEquals(pagesWritten, Files.readAllBytes(pagesBin), "the same pages, kept alike");
    assertArrayEquals(filesWritten, Files.readAllBytes(filesBin), "the same files, kept alike");
  }

  @Test
  void theFileHoldsOnePageForEachResolvedIncidentAndEndedWindowAndNoOther() throws IOException {
    cached(NOW);

    List<String> keys = Stored.of(Files.readAllBytes(pagesBin)).keys();
    StatusPage page = read(NOW);
    List<String> expected = new ArrayList<>();
    for (Incident incident : page.incidents()) {
      if (incident.resolved().isPresent()) {
        expected.add("incident.jte " + incident.id());
      }
    }
    for (Maintenance maintenance : page.maintenance()) {
      if (!maintenance.effectiveEnd().isAfter(NOW)) {
        expected.add("maintenance.jte " + maintenance.id());
      }
    }
    List<String> found = new ArrayList<>();
    for (String key : keys) {
      String kind = key.substring(0, key.indexOf('\n'));
      Stream.concat(
              page.incidents().stream().map(Incident::id),
              page.maintenance().stream().map(Maintenance::id))
          .filter(id -> key.contains(":" + id))
          .forEach(id -> found.add(kind + " " + id));
    }
    assertEquals(expected.stream().sorted().toList(), found.stream().sorted().toList());
    assertEquals(kept(NOW), keys.size());
    assertFalse(found.contains("incident.jte " + ONGOING_INCIDENT));
  }

  @Test
  void theFileCacheHoldsEveryIncidentFileByItsPathAndExactBytes() throws IOException {
    Instant at = Instant.parse("2026-11-21T12:00:00.123456789Z");
    cached(at);

    Stored stored = Stored.of(Files.readAllBytes(filesBin));
    List<String> expected = new ArrayList<>();
    try (Stream<Path> listed = Files.list(incidents)) {
      for (Path file : listed.sorted().toList()) {
        byte[] name = (file + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Files.readAllBytes(file);
        byte[] key = Arrays.copyOf(name, name.length + bytes.length);
        System.arraycopy(bytes, 0, key, name.length, bytes.length);
        expected.add(HexFormat.of().formatHex(key));
      }
    }
    assertEquals(files(), expected.size());
    assertEquals(
        expected.stream().sorted().toList(),
        stored.entries().stream().map(e -> HexFormat.of().formatHex(e.key())).sorted().toList());
    for (Stored.Entry entry : stored.entries()) {
      ByteBuffer value = ByteBuffer.wrap(entry.value());
      assertEquals(at, Instant.ofEpochSecond(value.getLong(), value.getInt()), "checked at");
      assertTrue(value.hasRemaining(), "and what the file was read into");
    }
  }

  @Test
  void filesTakenFromTheCacheMakeTheSameSiteAsFilesReadAnew() throws IOException {
    cached(NOW);
    // Without the pages, every page is rendered from what the kept files were read into.
    Files.delete(pagesBin);

    Built built = cached(NOW);

    assertFiles(built, files(), 0);
    assertSummary(built, 0, kept(NOW));
    assertEquals(List.of(), built.others());
    SiteTrees.assertSameTree(uncached(NOW), built.out());
  }

  @Test
  void anEditedResolvedIncidentIsTheOnlyPageRenderedAgain() throws IOException {
    int kept = kept(NOW);
    cached(NOW);
    Path edited = incidents.resolve(RESOLVED_INCIDENT + ".md");
    Files.writeString(
        edited,
        Files.readString(edited).replace("title: Stale assets after deploys", "title: Stale pages")
            + "\nThe purge relay now has a standby.\n");

    Built built = cached(NOW);

    SiteTrees.assertSameTree(uncached(NOW), built.out());
    String html =
        Files.readString(built.out().resolve("incidents/" + RESOLVED_INCIDENT + "/index.html"));
    assertTrue(html.contains("Stale pages"), "the edit is on the page");
    assertTrue(html.contains("The purge relay now has a standby."), "the edit is on the page");
    assertSummary(built, kept - 1, 1);
    assertFiles(built, files() - 1, 1);
    Built again = cached(NOW);
    assertSummary(again, kept, 0);
    assertFiles(again, files(), 0);
  }

  @Test
  void anEditedFileIsReadAnewEvenWhenNoKeptPageDependsOnIt() throws IOException {
    int kept = kept(NOW);
    cached(NOW);
    Path edited = incidents.resolve(ONGOING_INCIDENT + ".md");
    Files.writeString(
        edited,
        Files.readString(edited)
            .replace("Deliveries are queued, not lost.", "Deliveries are queued, none are lost."));

    Built built = cached(NOW);

    assertFiles(built, files() - 1, 1);
    assertSummary(built, kept, 0);
    SiteTrees.assertSameTree(uncached(NOW), built.out());
    String html =
        Files.readString(built.out().resolve("incidents/" + ONGOING_INCIDENT + "/index.html"));
    assertTrue(html.contains("none are lost"), "the edit is on the page");
  }

  @Test
  void aRenamedFileIsReadAnewThoughItsBytesAreKept() throws IOException {
    int kept = kept(NOW);
    cached(NOW);
    String renamed = RESOLVED_INCIDENT + "-again";
    Files.move(incidents.resolve(RESOLVED_INCIDENT + ".md"), incidents.resolve(renamed + ".md"));

    Built built = cached(NOW);

    // The file's name is its id, so the same bytes under another name are another incident.
    assertFiles(built, files() - 1, 1);
    assertSummary(built, kept - 1, 1);
    SiteTrees.assertSameTree(uncached(NOW), built.out());
    assertTrue(Files.isRegularFile(built.out().resolve("incidents/" + renamed + "/index.html")));
    assertFalse(Files.exists(built.out().resolve("incidents/" + RESOLVED_INCIDENT)));
  }

  @Test
  void anEditThatUtf8AloneWouldNotSeeRendersThePageAgain() throws IOException {
    // In a double-quoted YAML string the escape of U+D800 makes an unpaired surrogate, which has no
    // UTF-8 form: encoded as UTF-8 it becomes '?', the character the edit puts in its place.
    Path edited = incidents.resolve(RESOLVED_INCIDENT + ".md");
    String text = Files.readString(edited);
    String line = "body: Purges reach all edges within seconds again and no stale content remains.";
    assertTrue(text.contains(line));
    Files.writeString(
        edited, text.replace(line, "body: \"See [the notes](https://example.com/notes\\uD800).\""));
    int kept = kept(NOW);
    cached(NOW);
    Files.writeString(
        edited, text.replace(line, "body: \"See [the notes](https://example.com/notes?).\""));

    Built built = cached(NOW);

    SiteTrees.assertSameTree(uncached(NOW), built.out());
    String html =
        Files.readString(built.out().resolve("incidents/" + RESOLVED_INCIDENT + "/index.html"));
    assertTrue(html.contains("href=\"https://example.com/notes?\""), html);
    assertSummary(built, kept - 1, 1);
    assertFiles(built, files() - 1, 1);
    assertSummary(cached(NOW), kept, 0);
  }

  @Test
  void anOngoingIncidentIsRenderedAtEveryBuild() throws IOException {
    StatusPage page = read(NOW);
    Incident ongoing =
        page.incidents().stream().filter(i -> i.id().equals(ONGOING_INCIDENT)).findFirst().get();
    assertTrue(ongoing.isActive(NOW), "the demo's incident is ongoing at NOW");
    assertTrue(ongoing.resolved().isEmpty());
    Instant later = NOW.plusSeconds(3600);

    Built first = cached(NOW);
    Built second = cached(later);

    SiteTrees.assertSameTree(uncached(later), second.out());
    assertSummary(second, kept(NOW), kept(later) - kept(NOW));
    assertFiles(second, files(), 0);
    String path = "incidents/" + ONGOING_INCIDENT + "/index.html";
    String before = Files.readString(first.out().resolve(path));
    String after = Files.readString(second.out().resolve(path));
    assertNotEquals(before, after, "an hour later the page tells a longer duration");
    assertTrue(before.contains("Ongoing for 6 h 26 min"), before);
    assertTrue(after.contains("Ongoing for 7 h 26 min"), after);
  }

  @Test
  void anIncidentResolvedSinceTheLastBuildIsRenderedThenKept() throws IOException {
    Instant later = NOW.plusSeconds(3600);
    int keptBefore = kept(NOW);
    cached(NOW);
    Path ongoing = incidents.resolve(ONGOING_INCIDENT + ".md");
    Files.writeString(
        ongoing,
        Files.readString(ongoing)
            .replace(
                "started: 2026-11-21T05:34:00Z\n",
                "started: 2026-11-21T05:34:00Z\nresolved: 2026-11-21T12:30:00Z\n"));
    assertEquals(keptBefore + 1, kept(later), "resolving the incident makes one more kept page");

    Built resolved = cached(later);
    SiteTrees.assertSameTree(uncached(later), resolved.out());
    assertSummary(resolved, keptBefore, 1);
    assertFiles(resolved, files() - 1, 1);

    Built again = cached(later.plusSeconds(3600));
    SiteTrees.assertSameTree(uncached(later.plusSeconds(3600)), again.out());
    assertSummary(again, keptBefore + 1, 0);
    assertFiles(again, files(), 0);
  }

  @Test
  void anIncidentResolvedAndAWindowEndedExactlyAtTheBuildTimeAreKept() throws IOException {
    int keptWithoutThem = kept(NOW);
    Files.writeString(
        incidents.resolve("2026-11-21-slow-log-search.md"),
        """
        ---
        title: Slow log search
        components: { api: degraded_performance }
        started: 2026-11-21T10:00:00Z
        resolved: 2026-11-21T12:00:00Z
        updates:
          - at: 2026-11-21T10:00:00Z
            state: investigating
            body: Searching build logs takes up to a minute.
        ---
        """);
    Files.writeString(
        incidents.resolve("2026-11-21-router-firmware.md"),
        """
        ---
        title: Router firmware upgrade
        components: [cdn]
        maintenance: { start: 2026-11-21T10:00:00Z, end: 2026-11-21T12:00:00Z }
        updates:
          - at: 2026-11-20T09:00:00Z
            body: Scheduled.
        ---
        Edge routers in Frankfurt get new firmware, one at a time.
        """);
    int kept = kept(NOW);
    assertEquals(keptWithoutThem + 2, kept);
    assertSummary(cached(NOW), 0, kept);
    Built second = cached(NOW);
    assertSummary(second, kept, 0);
    assertFiles(second, files(), 0);
    SiteTrees.assertSameTree(uncached(NOW), second.out());
    List<String> keys = Stored.of(Files.readAllBytes(pagesBin)).keys();
    assertTrue(keys.stream().anyMatch(k -> k.contains(":2026-11-21-slow-log-search")));
    assertTrue(keys.stream().anyMatch(k -> k.contains(":2026-11-21-router-firmware")));
  }

  @Test
  void aMaintenanceWindowIsKeptOnlyOnceItEnded() throws IOException {
    String window = "2026-12-06-database-failover-test";
    String path = "incidents/" + window + "/index.html";
    Instant scheduled = NOW;
    Instant inProgress = Instant.parse("2026-12-06T03:00:00Z");
    Instant ended = Instant.parse("2026-12-06T05:00:00Z");

    Built first = cached(scheduled);
    Built during = cached(inProgress);
    SiteTrees.assertSameTree(uncached(inProgress), during.out());
    assertSummary(during, kept(scheduled), kept(inProgress) - kept(scheduled));
    assertFiles(during, files(), 0);
    Built after = cached(ended);
    SiteTrees.assertSameTree(uncached(ended), after.out());
    assertSummary(after, kept(inProgress), kept(ended) - kept(inProgress));
    assertFiles(after, files(), 0);
    assertEquals(kept(inProgress) + 1, kept(ended), "the window is kept once it ended");
    Built again = cached(ended);
    SiteTrees.assertSameTree(uncached(ended), again.out());
    assertSummary(again, kept(ended), 0);

    String[] pages = {
      Files.readString(first.out().resolve(path)),
      Files.readString(during.out().resolve(path)),
      Files.readString(after.out().resolve(path))
    };
    assertTrue(pages[0].contains("<strong>Scheduled</strong>"), pages[0]);
    assertTrue(pages[1].contains("<strong>In Progress</strong>"), pages[1]);
    assertTrue(pages[2].contains("<strong>Completed</strong>"), pages[2]);
  }

  @Test
  void aBuildAtAnEarlierTimeReadsEveryFileAnew() throws IOException {
    Instant halfASecondLater = NOW.plusMillis(500);
    Instant anHourEarlier = NOW.minusSeconds(3600);
    cached(halfASecondLater);

    Built earlier = cached(NOW);
    assertFiles(earlier, 0, files());
    assertSummary(earlier, kept(NOW), 0);
    assertEquals(List.of(), earlier.others());
    SiteTrees.assertSameTree(uncached(NOW), earlier.out());

    // Kept for NOW now, the files serve NOW and any later time, not an earlier one.
    assertFiles(cached(NOW), files(), 0);
    assertFiles(cached(halfASecondLater), files(), 0);
    Built hourEarlier = cached(anHourEarlier);
    assertFiles(hourEarlier, 0, files());
    SiteTrees.assertSameTree(uncached(anHourEarlier), hourEarlier.out());
    assertFiles(cached(NOW), files(), 0);
  }

  @Test
  void aFileKeptAtOneTimeIsCheckedAgainAtAnEarlierOne() throws IOException {
    // The ongoing incident's last update is at 07:40: at 07:00 it is after the build time.
    Instant beforeTheLastUpdate = Instant.parse("2026-11-21T07:00:00Z");
    cached(NOW);
    byte[] pagesBefore = Files.readAllBytes(pagesBin);
    byte[] filesBefore = Files.readAllBytes(filesBin);

    OutpostException failure =
        assertThrows(OutpostException.class, () -> cached(beforeTheLastUpdate));

    assertTrue(
        failure.problems().stream()
            .anyMatch(
                p ->
                    p.path().endsWith(ONGOING_INCIDENT + ".md")
                        && p.message().contains("is after the build time")),
        failure.problems().toString());
    assertArrayEquals(pagesBefore, Files.readAllBytes(pagesBin));
    assertArrayEquals(filesBefore, Files.readAllBytes(filesBin));
    assertFiles(cached(NOW), files(), 0);
  }

  @Test
  void aFileWithAProblemIsNotKeptAndIsReadAnewOnceItHasNone() throws IOException {
    int kept = kept(NOW);
    cached(NOW);
    byte[] filesBefore = Files.readAllBytes(filesBin);
    // Started after the build time: a problem at NOW, none an hour later.
    String name = "2026-11-21-slow-log-search.md";
    Files.writeString(
        incidents.resolve(name),
        """
        ---
        title: Slow log search
        components: { api: degraded_performance }
        started: 2026-11-21T12:30:00Z
        resolved: 2026-11-21T12:45:00Z
        updates:
          - at: 2026-11-21T12:30:00Z
            state: investigating
            body: Searching build logs takes up to a minute.
        ---
        """);

    OutpostException failure = assertThrows(OutpostException.class, () -> cached(NOW));

    assertTrue(
        failure.problems().stream().anyMatch(p -> p.path().endsWith(name)),
        failure.problems().toString());
    assertArrayEquals(filesBefore, Files.readAllBytes(filesBin));
    assertTrue(Stored.of(Files.readAllBytes(filesBin)).indexOf(name + "\n") < 0);

    Instant later = NOW.plusSeconds(3600);
    Built built = cached(later);
    assertFiles(built, files() - 1, 1);
    assertSummary(built, kept, kept(later) - kept);
    SiteTrees.assertSameTree(uncached(later), built.out());
    assertTrue(Stored.of(Files.readAllBytes(filesBin)).indexOf(name + "\n") >= 0);
    assertFiles(cached(later), files(), 0);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "title: Northwind Cloud Status | title: Northwind Status",
        "timezone: Europe/Berlin | timezone: America/New_York",
        "name: Managed databases | name: Primary databases",
        "name: Core platform | name: Core services",
        "url: https://outpost-status.github.io/outpost/ | url: https://status.northwind.example/",
        "{ title: Documentation, | { title: Docs,"
      })
  void changedSettingsIgnoreTheCacheThenKeepPagesForTheNewOnes(String from, String to)
      throws IOException {
    int kept = kept(NOW);
    cached(NOW);
    String settings = Files.readString(config);
    assertTrue(settings.contains(from), from);
    Files.writeString(config, settings.replace(from, to));

    Built changed = cached(NOW);

    SiteTrees.assertSameTree(uncached(NOW), changed.out());
    assertSummary(changed, 0, kept);
    assertFiles(changed, 0, files());
    assertEquals(
        List.of(otherSettings("file", filesBin), otherSettings("page", pagesBin)),
        changed.others());
    Built again = cached(NOW);
    SiteTrees.assertSameTree(uncached(NOW), again.out());
    assertSummary(again, kept, 0);
    assertFiles(again, files(), 0);
    assertEquals(List.of(), again.others());
  }

  @Test
  void aChangedTimeZoneReadsTheFilesAgainInIt() throws IOException {
    // Times written without an offset are read in the site's time zone.
    Files.writeString(
        incidents.resolve("2026-11-20-slow-log-search.md"),
        """
        ---
        title: Slow log search
        components: { api: degraded_performance }
        started: 2026-11-20 10:00
        resolved: 2026-11-20 11:00
        ---
        """);
    cached(NOW);
    Instant berlin =
        read(NOW).incidents().stream()
            .filter(i -> i.id().equals("2026-11-20-slow-log-search"))
            .findFirst()
            .orElseThrow()
            .started();
    String settings = Files.readString(config);
    Files.writeString(
        config, settings.replace("timezone: Europe/Berlin", "timezone: America/New_York"));

    Built built = cached(NOW);

    assertFiles(built, 0, files());
    assertEquals(
        List.of(otherSettings("file", filesBin), otherSettings("page", pagesBin)), built.others());
    Incident moved =
        built.page().incidents().stream()
            .filter(i -> i.id().equals("2026-11-20-slow-log-search"))
            .findFirst()
            .orElseThrow();
    assertEquals(berlin.plusSeconds(6 * 3600), moved.started(), "read in New York time");
    SiteTrees.assertSameTree(uncached(NOW), built.out());
  }

  @Test
  void settingsNoKeptPageDependsOnLeaveThePagesInUse() throws IOException {
    int kept = kept(NOW);
    cached(NOW);
    Files.writeString(config, Files.readString(config).replace("days: 90", "days: 30"));

    Built built = cached(NOW);

    assertSummary(built, kept, 0);
    // Files are kept for the whole config.
    assertFiles(built, 0, files());
    assertEquals(List.of(otherSettings("file", filesBin)), built.others());
    SiteTrees.assertSameTree(uncached(NOW), built.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {PageCache.FILE, FileCache.FILE})
  void aCacheFromOtherCodeIsIgnored(String name) throws IOException {
    int kept = kept(NOW);
    cached(NOW);
    Path file = cache.resolve(name);
    byte[] bytes = Files.readAllBytes(file);
    int code = Stored.of(bytes).fingerprintAt();
    String fingerprint = new String(bytes, code, 6, StandardCharsets.US_ASCII);
    assertEquals("crc32:", fingerprint, "the fingerprint starts with the code's identity");
    bytes[code + 6] = (byte) (bytes[code + 6] == '0' ? '1' : '0');
    // With its checksum made right, the file is whole: only its fingerprint tells it apart.
    Files.write(file, Stored.withChecksum(bytes));

    Built built = cached(NOW);

    boolean pages = name.equals(PageCache.FILE);
    assertSummary(built, pages ? 0 : kept, pages ? kept : 0);
    assertFiles(built, pages ? files() : 0, pages ? 0 : files());
    assertEquals(List.of(otherSettings(pages ? "page" : "file", file)), built.others());
    SiteTrees.assertSameTree(uncached(NOW), built.out());
    Built again = cached(NOW);
    assertSummary(again, kept, 0);
    assertFiles(again, files(), 0);
    assertEquals(List.of(), again.others());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "empty | is cut short",
        "in the magic | is cut short",
        "after the magic | is cut short",
        "half | " + CHECKSUM_MISMATCH,
        "before the end | " + CHECKSUM_MISMATCH
      })
  void aFileCutShortIsIgnoredWithAWarning(String where, String why) throws IOException {
    int kept = kept(NOW);
    cached(NOW);
    byte[] bytes = Files.readAllBytes(pagesBin);
    int at =
        switch (where) {
          case "empty" -> 0;
          case "in the magic" -> 10;
          case "after the magic" -> "outpost kept 2\n".length();
          case "half" -> bytes.length / 2;
          case "before the end" -> bytes.length - 1;
          default -> throw new IllegalArgumentException(where);
        };
    Files.write(pagesBin, Arrays.copyOf(bytes, at));

    thenTheDamagedFileIsIgnoredAndReplaced(kept, why, files());
  }

  @Test
  void aFileOfGarbageIsIgnoredWithAWarning() throws IOException {
    int kept = kept(NOW);
    byte[] garbage = new byte[64 * 1024];
    new Random(42).nextBytes(garbage);
    Files.createDirectories(cache);
    Files.write(pagesBin, garbage);

    thenTheDamagedFileIsIgnoredAndReplaced(kept, CHECKSUM_MISMATCH, 0);
  }

  @Test
  void aFileWithDataAfterItsEndIsIgnoredWithAWarning() throws IOException {
    int kept = kept(NOW);
    cached(NOW);
    Files.write(pagesBin, "more".getBytes(StandardCharsets.US_ASCII), StandardOpenOption.APPEND);

    thenTheDamagedFileIsIgnoredAndReplaced(kept, CHECKSUM_MISMATCH, files());
  }

  @Test
  void aFileWithDataAfterItsLastEntryIsIgnoredEvenWithItsChecksumRight() throws IOException {
    int kept = kept(NOW);
    cached(NOW);
    byte[] bytes = Files.readAllBytes(pagesBin);
    byte[] longer = new byte[bytes.length + 4];
    System.arraycopy(bytes, 0, longer, 0, bytes.length - Long.BYTES);
    System.arraycopy("more".getBytes(StandardCharsets.US_ASCII), 0, longer, bytes.length - 8, 4);
    Files.write(pagesBin, Stored.withChecksum(longer));

    thenTheDamagedFileIsIgnoredAndReplaced(kept, "is damaged (data after its end)", files());
  }

  @Test
  void aFlippedByteInAStoredKeyMakesTheWholeFileIgnored() throws IOException {
    int kept = kept(NOW);
    cached(NOW);
    byte[] bytes = Files.readAllBytes(pagesBin);
    Stored.Entry entry = Stored.of(bytes).entry(":" + RESOLVED_INCIDENT);
    bytes[entry.keyAt() + entry.key().length / 2] ^= 0x01;
    Files.write(pagesBin, bytes);

    thenTheDamagedFileIsIgnoredAndReplaced(kept, CHECKSUM_MISMATCH, files());
  }

  @Test
  void aFlippedByteInAStoredHashMakesTheWholeFileIgnored() throws IOException {
    int kept = kept(NOW);
    cached(NOW);
    byte[] bytes = Files.readAllBytes(pagesBin);
    bytes[Stored.of(bytes).entry(":" + RESOLVED_INCIDENT).hashAt()] ^= 0x01;
    Files.write(pagesBin, bytes);

    thenTheDamagedFileIsIgnoredAndReplaced(kept, CHECKSUM_MISMATCH, files());
  }

  @Test
  void aStoredKeyChangedWithItsChecksumMadeRightOnlyMakesThatPageRenderedAgain()
      throws IOException {
    int kept = kept(NOW);
    cached(NOW);
    byte[] bytes = Files.readAllBytes(pagesBin);
    // The hash stays: only comparing the whole key tells that this is not the page asked for.
    Stored.Entry entry = Stored.of(bytes).entry(":" + RESOLVED_INCIDENT);
    bytes[entry.keyAt() + entry.key().length / 2] ^= 0x01;
    Files.write(pagesBin, Stored.withChecksum(bytes));

    Built built = cached(NOW);

    assertSummary(built, kept - 1, 1);
    assertFiles(built, files(), 0);
    assertEquals(List.of(), built.others());
    SiteTrees.assertSameTree(uncached(NOW), built.out());
    Built again = cached(NOW);
    assertSummary(again, kept, 0);
    assertEquals(kept, Stored.of(Files.readAllBytes(pagesBin)).entries().size());
  }

  @Test
  void aStoredHashChangedWithItsChecksumMadeRightOnlyMakesThatPageRenderedAgain()
      throws IOException {
    int kept = kept(NOW);
    cached(NOW);
    byte[] bytes = Files.readAllBytes(pagesBin);
    bytes[Stored.of(bytes).entry(":" + RESOLVED_INCIDENT).hashAt()] ^= 0x01;
    Files.write(pagesBin, Stored.withChecksum(bytes));

    Built built = cached(NOW);

    assertSummary(built, kept - 1, 1);
    assertEquals(List.of(), built.others());
    SiteTrees.assertSameTree(uncached(NOW), built.out());
    assertSummary(cached(NOW), kept, 0);
  }

  @Test
  void aDamagedFileCacheIsIgnoredWithAWarning() throws IOException {
    int kept = kept(NOW);
    cached(NOW);
    byte[] bytes = Files.readAllBytes(filesBin);
    Stored.Entry entry = Stored.of(bytes).entry(RESOLVED_INCIDENT + ".md\n");
    bytes[entry.valueAt() + entry.value().length / 2] ^= 0x01;
    Files.write(filesBin, bytes);

    Built built = cached(NOW);

    assertFiles(built, 0, files());
    assertSummary(built, kept, 0);
    assertEquals(
        List.of("warning: the file cache " + filesBin + " " + CHECKSUM_MISMATCH + "; not using it"),
        built.others());
    SiteTrees.assertSameTree(uncached(NOW), built.out());
    Built again = cached(NOW);
    assertFiles(again, files(), 0);
    assertEquals(List.of(), again.others());
    assertEquals(files(), Stored.of(Files.readAllBytes(filesBin)).entries().size());
  }

  @Test
  void aFailedBuildLeavesTheCacheAsItWas() throws IOException {
    int kept = kept(NOW);
    Built good = cached(NOW);
    byte[] pagesBefore = Files.readAllBytes(pagesBin);
    byte[] filesBefore = Files.readAllBytes(filesBin);
    List<String> site = SiteTrees.files(good.out());
    Files.writeString(
        incidents.resolve("2026-11-20-bad.md"),
        """
        ---
        title: Bad
        components: { search: major_outage }
        started: 2026-11-20T10:00:00Z
        resolved: 2026-11-20T11:00:00Z
        ---
        """);

    List<String> heard = new ArrayList<>();
    assertThrows(
        OutpostException.class,
        () ->
            Pipeline.build(
                new Pipeline.Request(
                    config, incidents, good.out(), NOW, GitHubAccess.NONE, heard::add, cache)));

    assertArrayEquals(pagesBefore, Files.readAllBytes(pagesBin));
    assertArrayEquals(filesBefore, Files.readAllBytes(filesBin));
    assertTrue(heard.stream().noneMatch(n -> n.startsWith("cache:")), heard.toString());
    assertEquals(site, SiteTrees.files(good.out()));
    Files.delete(incidents.resolve("2026-11-20-bad.md"));
    Built fixed = cached(NOW);
    assertSummary(fixed, kept, 0);
    assertFiles(fixed, files(), 0);
  }

  @Test
  void aBuildThatFailsAfterRenderingLeavesTheCacheAsItWas() throws IOException {
    int kept = kept(NOW);
    cached(NOW);
    byte[] pagesBefore = Files.readAllBytes(pagesBin);
    byte[] filesBefore = Files.readAllBytes(filesBin);
    // The next build reads this file and renders its page anew, then cannot swap its site in.
    Path edited = incidents.resolve(RESOLVED_INCIDENT + ".md");
    Files.writeString(edited, Files.readString(edited) + "\nA late note.\n");
    Path notAFolder = dir.resolve("not-a-folder");
    Files.writeString(notAFolder, "in the way");

    List<String> heard = new ArrayList<>();
    OutpostException failure =
        assertThrows(
            OutpostException.class,
            () ->
                Pipeline.build(
                    new Pipeline.Request(
                        config, incidents, notAFolder, NOW, GitHubAccess.NONE, heard::add, cache)));

    assertTrue(failure.getMessage().contains("not a folder"), failure.getMessage());
    assertArrayEquals(pagesBefore, Files.readAllBytes(pagesBin));
    assertArrayEquals(filesBefore, Files.readAllBytes(filesBin));
    assertTrue(heard.stream().noneMatch(n -> n.startsWith("cache:")), heard.toString());
    Built built = cached(NOW);
    assertSummary(built, kept - 1, 1);
    assertFiles(built, files() - 1, 1);
  }

  @Test
  void aDeletedIncidentsPageIsDroppedFromTheFile() throws IOException {
    int kept = kept(NOW);
    cached(NOW);
    long pagesSize = Files.size(pagesBin);
    long filesSize = Files.size(filesBin);
    Path moved = dir.resolve("aside.md");
    Files.move(incidents.resolve(RESOLVED_INCIDENT + ".md"), moved);

    Built without = cached(NOW);
    assertSummary(without, kept - 1, 0);
    assertFiles(without, files(), 0);
    assertTrue(Files.size(pagesBin) < pagesSize, "the page file shrank");
    assertTrue(Files.size(filesBin) < filesSize, "the file cache shrank");
    assertTrue(Stored.of(Files.readAllBytes(pagesBin)).indexOf(":" + RESOLVED_INCIDENT) < 0);
    assertTrue(Stored.of(Files.readAllBytes(filesBin)).indexOf(RESOLVED_INCIDENT + ".md\n") < 0);

    Files.move(moved, incidents.resolve(RESOLVED_INCIDENT + ".md"));
    Built back = cached(NOW);
    assertSummary(back, kept - 1, 1);
    assertFiles(back, files() - 1, 1);
    SiteTrees.assertSameTree(uncached(NOW), back.out());
  }

  @Test
  void aMissingCacheFolderIsCreated() throws IOException {
    cache = dir.resolve("a/b/cache");
    pagesBin = cache.resolve(PageCache.FILE);
    filesBin = cache.resolve(FileCache.FILE);
    assertFalse(Files.exists(dir.resolve("a")));

    Built built = cached(NOW);

    assertSummary(built, 0, kept(NOW));
    assertFiles(built, 0, files());
    assertEquals(List.of(), built.others());
    try (Stream<Path> listed = Files.list(cache)) {
      assertEquals(
          List.of(filesBin, pagesBin),
          listed.sorted().toList(),
          "nothing but the two files is left in the folder");
    }
    Built again = cached(NOW);
    assertSummary(again, kept(NOW), 0);
    assertFiles(again, files(), 0);
  }

  @Test
  void aCacheThatCannotBeWrittenDoesNotFailTheBuild() throws IOException {
    Files.writeString(cache, "a file where the cache folder should be");
    Path out = dir.resolve("site");
    SiteTrees.givenEarlierSite(out, Map.of("old.html", "the old site"));

    Built built = cachedInto(out, NOW);

    SiteTrees.assertSameTree(uncached(NOW), built.out());
    assertFalse(Files.exists(out.resolve("old.html")), "the new site is swapped in");
    List<String> warnings = built.warnings();
    assertEquals(3, warnings.size(), built.notices().toString());
    assertTrue(
        warnings.get(0).startsWith("warning: cannot read the file cache " + filesBin + " ("),
        warnings.get(0));
    assertTrue(
        warnings.get(1).startsWith("warning: cannot read the page cache " + pagesBin + " ("),
        warnings.get(1));
    assertTrue(
        warnings
            .get(2)
            .startsWith(
                "warning: the site is built, but what it read and rendered could not be kept in "
                    + cache
                    + " for the next build: "),
        warnings.get(2));
    assertTrue(built.notices().stream().noneMatch(n -> n.startsWith("cache:")));
    assertEquals("a file where the cache folder should be", Files.readString(cache));
  }

  /**
   * The next build ignores the damaged {@code pages.bin} saying {@code why}, renders every page,
   * takes {@code filesReused} files from {@code files.bin}, and replaces the damaged file with a
   * whole one.
   */
  private void thenTheDamagedFileIsIgnoredAndReplaced(int kept, String why, int filesReused)
      throws IOException {
    Built built = cached(NOW);

    assertSummary(built, 0, kept);
    assertFiles(built, filesReused, files() - filesReused);
    assertEquals(
        List.of("warning: the page cache " + pagesBin + " " + why + "; not using it"),
        built.others());
    SiteTrees.assertSameTree(uncached(NOW), built.out());

    Built again = cached(NOW);
    assertSummary(again, kept, 0);
    assertFiles(again, files(), 0);
    assertEquals(List.of(), again.others());
    assertEquals(kept, Stored.of(Files.readAllBytes(pagesBin)).entries().size());
  }

  private Built cached(Instant now) throws IOException {
    return cachedInto(dir.resolve("cached-" + ++builds), now);
  }

  private Built cachedInto(Path out, Instant now) {
    List<String> heard = new ArrayList<>();
    Pipeline.Result result =
        Pipeline.build(
            new Pipeline.Request(
                config, incidents, out, now, GitHubAccess.NONE, heard::add, cache));
    return new Built(out, result.page(), heard);
  }

  private Path uncached(Instant now) throws IOException {
    Path out = dir.resolve("uncached-" + ++builds);
    List<String> heard = new ArrayList<>();
    Pipeline.build(
        new Pipeline.Request(config, incidents, out, now, GitHubAccess.NONE, heard::add, null));
    assertTrue(heard.stream().noneMatch(n -> n.contains("cache")), heard.toString());
    return out;
  }

  private StatusPage read(Instant now) {
    return Pipeline.read(new Pipeline.Request(config, incidents, dir.resolve("unused"), now));
  }

  /** How many pages a build at {@code now} keeps: resolved incidents and ended windows. */
  private int kept(Instant now) {
    return KeptPages.of(read(now), now);
  }

  /** How many incident and maintenance files a build reads. */
  private int files() throws IOException {
    try (Stream<Path> listed = Files.list(incidents)) {
      return Math.toIntExact(listed.filter(p -> p.toString().endsWith(".md")).count());
    }
  }

  /** The notice that the {@code what} cache {@code file} is for other code or settings. */
  private static String otherSettings(String what, Path file) {
    return "the "
        + what
        + " cache "
        + file
        + " was made by another build of Outpost or for other settings; not using it";
  }

  private void assertSummary(Built built, int reused, int rendered) {
    Summary summary = built.summary(cache);
    assertEquals(reused, summary.pagesReused(), "pages reused: " + built.notices());
    assertEquals(rendered, summary.pagesRendered(), "pages rendered: " + built.notices());
  }

  private void assertFiles(Built built, int reused, int read) {
    Summary summary = built.summary(cache);
    assertEquals(reused, summary.filesReused(), "files reused: " + built.notices());
    assertEquals(read, summary.filesRead(), "files read: " + built.notices());
  }

  /**
   * Where things are in a kept file ({@code pages.bin} or {@code files.bin}): "outpost kept 2\n",
   * the fingerprint (length, bytes), the number of entries, for each the hash of its key, the key
   * (length, bytes) and the value (length, bytes), then the CRC-32 of all that as a long. Read here
   * to look inside and to damage the file in chosen places; it must be whole.
   */
  private record Stored(int fingerprintAt, List<Entry> entries) {
    /** One entry and where its parts are. */
    record Entry(int hashAt, int keyAt, byte[] key, int valueAt, byte[] value) {}

    static Stored of(byte[] bytes) {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      assertEquals(checksum(bytes), in.getLong(bytes.length - Long.BYTES), "the checksum");
      in.limit(bytes.length - Long.BYTES);
      byte[] magic = new byte[15];
      in.get(magic);
      assertEquals("outpost kept 2\n", new String(magic, StandardCharsets.US_ASCII));
      int fingerprint = in.getInt();
      int fingerprintAt = in.position();
      in.position(fingerprintAt + fingerprint);
      int count = in.getInt();
      List<Entry> entries = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int hashAt = in.position();
        int hash = in.getInt();
        byte[] key = new byte[in.getInt()];
        int keyAt = in.position();
        in.get(key);
        CRC32 crc = new CRC32();
        crc.update(key);
        assertEquals((int) crc.getValue(), hash, "the hash of key " + i);
        byte[] value = new byte[in.getInt()];
        int valueAt = in.position();
        in.get(value);
        entries.add(new Entry(hashAt, keyAt, key, valueAt, value));
      }
      assertEquals(0, in.remaining(), "nothing between the last entry and the checksum");
      return new Stored(fingerprintAt, entries);
    }

    /** {@code bytes} with its last eight replaced by the checksum of the others. */
    static byte[] withChecksum(byte[] bytes) {
      byte[] fixed = bytes.clone();
      ByteBuffer.wrap(fixed).putLong(fixed.length - Long.BYTES, checksum(fixed));
      return fixed;
    }

    private static long checksum(byte[] bytes) {
      CRC32 crc = new CRC32();
      crc.update(bytes, 0, bytes.length - Long.BYTES);
      return crc.getValue();
    }

    /** The keys, as text. */
    List<String> keys() {
      return entries.stream().map(e -> new String(e.key(), StandardCharsets.UTF_8)).toList();
    }

    /** The index of the one key that contains {@code text}, or -1 if none does. */
    int indexOf(String text) {
      List<Integer> found = new ArrayList<>();
      List<String> keys = keys();
      for (int i = 0; i < keys.size(); i++) {
        if (keys.get(i).contains(text)) {
          found.add(i);
        }
      }
      assertTrue(found.size() <= 1, text + " is in more than one key");
      return found.isEmpty() ? -1 : found.get(0);
    }

    /** The one entry whose key contains {@code text}. */
    Entry entry(String text) {
      int index = indexOf(text);
      assertTrue(index >= 0, text + " is in no key");
      return entries.get(index);
    }
  }
}
