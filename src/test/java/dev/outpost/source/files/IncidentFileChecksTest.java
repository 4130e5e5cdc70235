package dev.outpost.source.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.config.Problems;
import dev.outpost.model.Incident;
import dev.outpost.model.IncidentState;
import dev.outpost.model.IncidentUpdate;
import dev.outpost.model.Maintenance;
import dev.outpost.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks of incident and maintenance files that follow from one another: each problem is
 * reported once, at its place, and does not set off another.
 */
class IncidentFileChecksTest {
  @TempDir Path dir;
  private final Problems problems = new Problems();
  private IncidentFiles.Contents contents;

  private void givenFile(String name, String text) throws IOException {
    Files.createDirectories(dir.resolve("incidents"));
    Files.writeString(dir.resolve("incidents").resolve(name), text);
  }

  private void whenRead() {
    contents =
        IncidentFiles.read(
            dir.resolve("incidents"), IncidentFilesTest.CONFIG, IncidentFilesTest.NOW, problems);
  }

  private void thenProblemsAre(String... expected) {
    List<String> actual =
        problems.sorted().stream()
            .map(p -> new Problem(relative(p.path()), p.line(), p.column(), p.message()).format())
            .toList();
    assertEquals(List.of(expected), actual);
  }

  private String relative(String path) {
    return dir.relativize(Path.of(path)).toString().replace('\\', '/');
  }

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }

  @Test
  void anUpdateAfterTheBuildTimeIsNotAlsoOutsideTheIncident() throws IOException {
    givenFile(
        "x.md",
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: 2026-11-21T07:00:00Z
        updates:
          - { at: 2026-11-21T08:30:00Z, state: monitoring }
          - { at: 2026-11-21T07:30:00Z, state: resolved }
        ---
        """);

    whenRead();

    thenProblemsAre(
        "incidents/x.md:6:11: update at 2026-11-21T08:30:00Z is after the build time"
            + " 2026-11-21T08:00:00Z");
  }

  @Test
  void aResolvedTimeBeforeTheStartDoesNotEndTheIncidentForItsUpdates() throws IOException {
    givenFile(
        "x.md",
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: 2026-11-02T14:05:00Z
        resolved: 2026-11-02T13:00:00Z
        updates:
          - { at: 2026-11-02T14:30:00Z, state: identified }
        ---
        """);

    whenRead();

    thenProblemsAre(
        "incidents/x.md:5:11: `resolved` 2026-11-02T13:00:00Z is before `started`"
            + " 2026-11-02T14:05:00Z");
  }

  @Test
  void aResolvedTimeAfterTheBuildTimeIsNotComparedWithAResolvingUpdate() throws IOException {
    givenFile(
        "x.md",
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: 2026-11-21T07:00:00Z
        resolved: 2026-11-21T09:00:00Z
        updates:
          - { at: 2026-11-21T07:30:00Z, state: resolved }
        ---
        """);

    whenRead();

    thenProblemsAre(
        "incidents/x.md:5:11: `resolved` 2026-11-21T09:00:00Z is after the build time"
            + " 2026-11-21T08:00:00Z");
  }

  @Test
  void updatesAreCheckedInTimeOrderWhateverOrderTheyAreListedIn() throws IOException {
    givenFile(
        "x.md",
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: 2026-11-02T14:05:00Z
        updates:
          - { at: 2026-11-02T15:00:00Z, state: monitoring }
          - { at: 2026-11-02T14:30:00Z, state: resolved }
        ---
        """);

    whenRead();

    thenProblemsAre(
        "incidents/x.md:6:11: update at 2026-11-02T15:00:00Z is outside the incident"
            + " (2026-11-02T14:05:00Z to 2026-11-02T14:30:00Z)");
  }

  @Test
  void aResolvingUpdateEndsTheIncidentAndUpdatesAtTheStartMergeIntoTheFirst() throws IOException {
    givenFile(
        "x.md",
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: 2026-11-02T14:05:00Z
        postmortem: true
        updates:
          - { at: 2026-11-02T14:05:00Z, state: identified, body: Found it. }
          - { at: 2026-11-02T14:05:00Z, state: monitoring, body: Fixed. }
          - { at: 2026-11-02T14:30:00Z, state: monitoring, components: { api: degraded_performance } }
          - { at: 2026-11-02T15:00:00Z, state: resolved }
        ---
        What happened.
        """);

    whenRead();

    thenProblemsAre();
    Incident incident = contents.incidents().get(0);
    assertEquals(
        List.of(
            new IncidentUpdate(
                at("2026-11-02T14:05:00Z"),
                IncidentState.IDENTIFIED,
                java.util.Map.of("api", dev.outpost.model.ComponentStatus.MAJOR_OUTAGE),
                "Found it."),
            new IncidentUpdate(
                at("2026-11-02T14:05:00Z"), IncidentState.MONITORING, java.util.Map.of(), "Fixed."),
            new IncidentUpdate(
                at("2026-11-02T14:30:00Z"),
                IncidentState.MONITORING,
                java.util.Map.of("api", dev.outpost.model.ComponentStatus.DEGRADED_PERFORMANCE),
                ""),
            new IncidentUpdate(
                at("2026-11-02T15:00:00Z"), IncidentState.RESOLVED, java.util.Map.of(), "")),
        incident.updates());
    assertEquals(true, incident.postmortem());
  }

  @Test
  void aPostmortemWithAResolvedTimeNeedsNoResolvingUpdate() throws IOException {
    givenFile(
        "x.md",
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: 2026-11-02T14:05:00Z
        resolved: 2026-11-02T15:00:00Z
        postmortem: true
        ---
        What happened.
        """);

    whenRead();

    thenProblemsAre();
    assertEquals(at("2026-11-02T15:00:00Z"), contents.incidents().get(0).resolved().orElseThrow());
  }

  @Test
  void incidentsComeNewestFirst() throws IOException {
    for (String[] file :
        new String[][] {
          {"a.md", "2026-11-01T10:00:00Z"},
          {"b.md", "2026-11-03T10:00:00Z"},
          {"c.md", "2026-11-02T10:00:00Z"},
          {"d.md", "2026-11-03T10:00:00Z"}
        }) {
      givenFile(
          file[0],
          "---\ntitle: Outage\ncomponents: { api: major_outage }\nstarted: " + file[1] + "\n---\n");
    }

    whenRead();

    thenProblemsAre();
    assertEquals(
        List.of("b", "d", "c", "a"), contents.incidents().stream().map(Incident::id).toList());
  }

  @Test
  void aCorrectionIsCheckedAgainstTheBuildTimeAndNeedsABodyForAPostmortem() throws IOException {
    givenFile(
        "fix.md",
        """
        ---
        issue: 12
        started: 2026-11-22T10:00:00Z
        postmortem: true
        ---
        """);

    whenRead();

    thenProblemsAre(
        "incidents/fix.md:3:10: `started` 2026-11-22T10:00:00Z is after the build time"
            + " 2026-11-21T08:00:00Z",
        "incidents/fix.md:4:1: `postmortem` is true but the file has no body; write the"
            + " postmortem after the front matter");
  }

  @Test
  void aStatusThatIsAListIsAMismatchNotACrash() throws IOException {
    givenFile(
        "x.md",
        """
        ---
        title: Outage
        components: { api: [major_outage] }
        started: 2026-11-02T14:05:00Z
        ---
        """);

    whenRead();

    thenProblemsAre("incidents/x.md:3:20: expected text for `api`, found a list");
  }

  @Test
  void anUnknownComponentListedTwiceIsUnknownOnly() throws IOException {
    givenFile(
        "m.md",
        """
        ---
        title: Upgrade
        components: [cdn, cdn]
        maintenance: { start: 2026-11-10T02:00Z, end: 2026-11-10T03:00Z }
        ---
        """);

    whenRead();

    thenProblemsAre(
        "incidents/m.md:3:14: unknown component `cdn`; use one of `api`, `dashboard`, `web`, or"
            + " add it to outpost.yml",
        "incidents/m.md:3:19: unknown component `cdn`; use one of `api`, `dashboard`, `web`, or"
            + " add it to outpost.yml");
  }

  @Test
  void aMaintenanceWindowIsReadWithItsComponentsAndUpdatesInTimeOrder() throws IOException {
    givenFile(
        "m.md",
        """
        ---
        title: Upgrade
        components: [web, api]
        maintenance: { start: 2026-11-10T02:00Z, end: 2026-11-10T03:00Z, completed: 2026-11-10T02:40Z }
        updates:
          - { at: 2026-11-10T02:30:00Z, body: Halfway. }
          - { at: 2026-11-09T10:00:00Z, body: Planned. }
        ---
        """);

    whenRead();

    thenProblemsAre();
    Maintenance window = contents.maintenance().get(0);
    assertEquals(List.of("web", "api"), window.components());
    assertEquals(at("2026-11-10T02:40:00Z"), window.effectiveEnd());
    assertEquals(
        List.of("Planned.", "Halfway."),
        window.updates().stream().map(dev.outpost.model.MaintenanceUpdate::body).toList());
  }

  @Test
  void maintenanceWithUnreadableTimesIsReportedNotACrash() throws IOException {
    givenFile(
        "no-start.md",
        """
        ---
        title: Upgrade
        maintenance: { start: soon, end: 2026-11-10T03:00Z, completed: 2026-11-10T02:30Z }
        ---
        """);
    givenFile(
        "no-end.md",
        """
        ---
        title: Upgrade
        maintenance: { start: 2026-11-10T02:00Z, end: later, completed: 2026-11-10T02:30Z }
        updates:
          - { body: No time. }
        ---
        """);
    givenFile(
        "no-window.md",
        """
        ---
        maintenance: tonight
        ---
        """);

    whenRead();

    thenProblemsAre(
        "incidents/no-end.md:3:47: cannot read time `later`: write it as 2026-11-02T14:05:00Z, or"
            + " without an offset in the site's time zone (Europe/Berlin)",
        "incidents/no-end.md:5:5: missing required key `at`",
        "incidents/no-start.md:3:23: cannot read time `soon`: write it as 2026-11-02T14:05:00Z, or"
            + " without an offset in the site's time zone (Europe/Berlin)",
        "incidents/no-window.md:2:1: missing required key `title`",
        "incidents/no-window.md:2:14: expected a map for `maintenance`, found text");
  }

  @Test
  void maintenanceCannotBeCompletedAfterTheBuildTime() throws IOException {
    givenFile(
        "m.md",
        """
        ---
        title: Upgrade
        maintenance: { start: 2026-11-21T07:00Z, end: 2026-11-21T09:00Z, completed: 2026-11-21T08:30Z }
        ---
        """);

    whenRead();

    thenProblemsAre(
        "incidents/m.md:3:77: `completed` 2026-11-21T08:30:00Z is after the build time"
            + " 2026-11-21T08:00:00Z");
  }

  @Test
  void frontMatterThatIsNotAMapIsAMismatch() throws IOException {
    givenFile("x.md", "---\njust words\n---\n");

    whenRead();

    thenProblemsAre("incidents/x.md:2:1: expected a map for the front matter, found text");
  }

  @Test
  void theNameOfAnIssuesIncidentIsKept() throws IOException {
    givenFile(
        "gh-12.md",
        "---\ntitle: Outage\ncomponents: { api: major_outage }\n"
            + "started: 2026-11-02T14:05:00Z\n---\n");

    whenRead();

    thenProblemsAre(
        "incidents/gh-12.md: the name `gh-12.md` is kept for the incident of GitHub issue #12;"
            + " name the file otherwise (a file that corrects that issue's incident says `issue:"
            + " 12`)");
  }

  @Test
  void aFileWhereTheFolderShouldBeIsAProblem() throws IOException {
    Files.writeString(dir.resolve("incidents"), "not a folder");

    whenRead();

    thenProblemsAre("incidents: expected a folder of incident files, found a file");
  }

  @Test
  void maintenanceWindowsComeLatestStartFirst() throws IOException {
    for (String[] file :
        new String[][] {
          {"a.md", "2026-11-10T02:00Z"},
          {"b.md", "2026-11-12T02:00Z"},
          {"c.md", "2026-11-11T02:00Z"}
        }) {
      givenFile(
          file[0],
          "---\ntitle: Upgrade\nmaintenance: { start: "
              + file[1]
              + ", end: 2026-11-30T02:00Z }\n---\n");
    }

    whenRead();

    thenProblemsAre();
    assertEquals(
        List.of("b", "c", "a"), contents.maintenance().stream().map(Maintenance::id).toList());
  }

  @Test
  void withNoComponentsInTheConfigAnUnknownOneIsToBeAdded() throws IOException {
    givenFile(
        "x.md",
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: 2026-11-02T14:05:00Z
        ---
        """);
    dev.outpost.config.SiteConfig none =
        new dev.outpost.config.SiteConfig(
            IncidentFilesTest.CONFIG.site(),
            List.of(),
            List.of(),
            IncidentFilesTest.CONFIG.uptime());

    contents = IncidentFiles.read(dir.resolve("incidents"), none, IncidentFilesTest.NOW, problems);

    thenProblemsAre("incidents/x.md:3:15: unknown component `api`; add it to outpost.yml");
  }
}
