package dev.outpost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.scenario.SiteTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A preview's incremental rebuild leaves exactly the site a full build makes, after any edit. */
class IncrementalBuildTest {
  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

  @TempDir Path dir;
  private Path config;
  private Path incidents;
  private Path preview;
  private Pipeline.Incremental builder;

  @BeforeEach
  void givenTheDemoBuiltIncrementally() throws IOException {
    config = dir.resolve("outpost.yml");
    incidents = dir.resolve("incidents");
    Files.copy(Path.of("outpost.yml"), config);
    SiteTrees.copy(Path.of("incidents"), incidents);
    SiteTrees.copy(Path.of("brand"), dir.resolve("brand"));
    preview = dir.resolve("preview");
    builder = new Pipeline.Incremental(preview);
    thenTheRebuildEqualsAFullBuild(NOW);
  }

  @Test
  void anEditedIncident() throws IOException {
    Path file = demoIncident();
    Files.writeString(
        file,
        Files.readString(file).replaceFirst("title: .*", "title: A new title")
            + "\nAnother paragraph.\n");

    thenTheRebuildEqualsAFullBuild(NOW);
  }

  @Test
  void anAddedAndADeletedIncident() throws IOException {
    Path file = demoIncident();
    Files.move(file, incidents.resolve("renamed-incident.md"));

    thenTheRebuildEqualsAFullBuild(NOW);
  }

  @Test
  void anEditOfTheSameSizeIsRead() throws IOException {
    Path file = demoIncident();
    FileTime time = Files.getLastModifiedTime(file);
    String text = Files.readString(file);
    int at = text.indexOf("title: ") + "title: ".length();
    char first = text.charAt(at);
    char other = first == 'X' ? 'Y' : 'X';
    Files.writeString(file, text.substring(0, at) + other + text.substring(at + 1));
    Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 2000));

    thenTheRebuildEqualsAFullBuild(NOW);
  }

  @Test
  void aChangedConfigAndALaterNow() throws IOException {
    Files.writeString(
        config,
        Files.readString(config)
            .replace("title: Northwind Cloud Status", "title: Northwind Status"));

    thenTheRebuildEqualsAFullBuild(NOW.plusSeconds(3600));
  }

  @Test
  void aRenamedComponentReachesThePagesAndFeedsOfResolvedIncidents() throws IOException {
    Path page = preview.resolve("incidents/2026-03-11-database-replica-lag/index.html");
    assertTrue(Files.readString(page).contains("Managed databases"));
    Files.writeString(
        config, Files.readString(config).replace("Managed databases", "Primary databases"));

    thenTheRebuildEqualsAFullBuild(NOW);
    assertTrue(Files.readString(page).contains("Primary databases"));
    assertTrue(Files.readString(preview.resolve("feed.atom")).contains("Primary databases"));
  }

  @Test
  void aComponentAddedThenRemovedTakesItsFeedsBadgesAndCalendarAway() throws IOException {
    String original = Files.readString(config);
    Files.writeString(
        config,
        original.replace(
            "uptime:\n",
            "  - { id: search, name: Search, description: Site search., group: core }\nuptime:\n"));
    thenTheRebuildEqualsAFullBuild(NOW);
    assertTrue(Files.isRegularFile(preview.resolve("components/search/feed.atom")));
    assertTrue(Files.isRegularFile(preview.resolve("components/search/badge.svg")));
    assertTrue(Files.isRegularFile(preview.resolve("components/search/maintenance.ics")));
    assertTrue(Files.isRegularFile(preview.resolve("api/badges/search.json")));

    Files.writeString(config, original);
    thenTheRebuildEqualsAFullBuild(NOW);
    assertFalse(Files.exists(preview.resolve("components/search")));
    assertFalse(Files.exists(preview.resolve("api/badges/search.json")));
  }

  @Test
  void anEditedMaintenanceWindowReachesTheCalendarsAndTheApi() throws IOException {
    Path file = incidents.resolve("2026-12-06-database-failover-test.md");
    String before = Files.readString(preview.resolve("maintenance.ics"));
    Files.writeString(
        file, Files.readString(file).replaceFirst("title: .*", "title: A renamed window"));

    thenTheRebuildEqualsAFullBuild(NOW);
    assertNotEquals(before, Files.readString(preview.resolve("maintenance.ics")));
  }

  @Test
  void theNewOutputsAreThere() {
    for (String path :
        List.of(
            "assets/favicon.svg",
            "feed.atom",
            "feed.rss",
            "feed.json",
            "maintenance.ics",
            "badge.svg",
            "api/v2/summary.json",
            "api/v2/incidents.json")) {
      assertTrue(Files.isRegularFile(preview.resolve(path)), path);
    }
  }

  @Test
  void aBrokenFileLeavesTheSiteThenItsFixBuilds() throws IOException {
    Path file = demoIncident();
    String text = Files.readString(file);
    List<String> before = SiteTrees.files(preview);
    Files.writeString(file, text.replaceFirst("started: ", "started: not a time "));

    assertThrows(OutpostException.class, () -> builder.build(request(preview, NOW)));
    assertEquals(before, SiteTrees.files(preview));

    Files.writeString(file, text + "\nFixed.\n");
    thenTheRebuildEqualsAFullBuild(NOW);
  }

  @Test
  void audiencePagesAddedEditedAndRemovedFollowTheirComponents() throws IOException {
    String demo = Files.readString(config);
    Files.writeString(
        config,
        demo
            + "pages:\n"
            + "  - { path: partners, title: For partners, components: [api, webhooks] }\n"
            + "  - { path: eu, title: In the EU, components: [runners-fra] }\n");
    thenTheRebuildEqualsAFullBuild(NOW);
    assertTrue(Files.exists(preview.resolve("partners/index.html")));
    assertTrue(Files.exists(preview.resolve("eu/api/v2/summary.json")));

    Path file = demoIncident();
    Files.writeString(
        file, Files.readString(file).replaceFirst("title: .*", "title: Renamed for everyone"));
    thenTheRebuildEqualsAFullBuild(NOW);

    Files.writeString(
        config,
        demo + "pages:\n  - { path: partners, title: For partners, components: [webhooks] }\n");
    thenTheRebuildEqualsAFullBuild(NOW);
    assertFalse(Files.exists(preview.resolve("eu")));
  }

  private Path demoIncident() throws IOException {
    try (var files = Files.list(incidents)) {
      return files.filter(p -> !p.toString().contains("maintenance")).sorted().findFirst().get();
    }
  }

  private void thenTheRebuildEqualsAFullBuild(Instant now) throws IOException {
    builder.build(request(preview, now));
    Path full = dir.resolve("full-" + System.nanoTime());
    Pipeline.build(request(full, now));
    SiteTrees.assertSameTree(full, preview);
  }

  private Pipeline.Request request(Path out, Instant now) {
    return new Pipeline.Request(config, incidents, out, now);
  }
}
