package dev.outpost.source.files;

import static dev.outpost.model.ComponentStatus.DEGRADED_PERFORMANCE;
import static dev.outpost.model.ComponentStatus.MAJOR_OUTAGE;
import static dev.outpost.model.ComponentStatus.OPERATIONAL;
import static dev.outpost.model.ComponentStatus.PARTIAL_OUTAGE;
import static dev.outpost.model.IncidentState.IDENTIFIED;
import static dev.outpost.model.IncidentState.INVESTIGATING;
import static dev.outpost.model.IncidentState.MONITORING;
import static dev.outpost.model.IncidentState.RESOLVED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Component;
import dev.outpost.model.Impact;
import dev.outpost.model.Incident;
import dev.outpost.model.IncidentUpdate;
import dev.outpost.model.Maintenance;
import dev.outpost.model.MaintenanceUpdate;
import dev.outpost.model.Origin;
import dev.outpost.model.Problem;
import dev.outpost.model.Site;
import dev.outpost.model.UptimePolicy;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentFilesTest {
  static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
  static final SiteConfig CONFIG =
      new SiteConfig(
          new Site(
              "Acme Status",
              "",
              URI.create("https://acme.github.io/status/"),
              ZoneId.of("Europe/Berlin"),
              "",
              List.of()),
          List.of(),
          List.of(
              new Component("api", "API", "", null, null),
              new Component("dashboard", "Dashboard", "", null, null),
              new Component("web", "Web", "", null, null)),
          UptimePolicy.DEFAULT);

  @TempDir Path dir;
  private final Problems problems = new Problems();
  private IncidentFiles.Contents contents;

  private void givenFile(String name, String text) throws IOException {
    Files.createDirectories(dir.resolve("incidents"));
    Files.writeString(dir.resolve("incidents").resolve(name), text);
  }

  private void whenRead() {
    contents = IncidentFiles.read(dir.resolve("incidents"), CONFIG, NOW, problems);
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

  private Origin origin(String name) {
    return Origin.file(dir.resolve("incidents").resolve(name).toString());
  }

  private Incident thenTheOnlyIncident() {
    thenProblemsAre();
    assertEquals(List.of(), contents.maintenance());
    assertEquals(1, contents.incidents().size());
    return contents.incidents().get(0);
  }

  private static Instant at(String time) {
    return Instant.parse(time);
  }

  @Test
  void anIncidentFileGivesTheExactRecord() throws IOException {
    givenFile(
        "2026-11-02-api-errors.md",
        """
        ---
        title: Elevated API error rates
        components: { api: partial_outage, dashboard: degraded_performance }
        impact: major
        started: 2026-11-02T14:05:00Z
        resolved: 2026-11-02T15:40:00Z
        updates:
          - at: 2026-11-02T15:10:00Z
            state: monitoring
            components: { api: degraded_performance }
            body: Error rates are back to normal; we are watching.
          - at: 2026-11-02T14:20:00Z
            state: identified
            body: |
              A faulty deploy is being rolled back.
        ---

        Summary in **Markdown**.

        More.

        """);

    whenRead();

    assertEquals(
        new Incident(
            "2026-11-02-api-errors",
            "Elevated API error rates",
            Impact.MAJOR,
            List.of(
                new IncidentUpdate(
                    at("2026-11-02T14:05:00Z"),
                    INVESTIGATING,
                    Map.of("api", PARTIAL_OUTAGE, "dashboard", DEGRADED_PERFORMANCE),
                    ""),
                new IncidentUpdate(
                    at("2026-11-02T14:20:00Z"),
                    IDENTIFIED,
                    Map.of(),
                    "A faulty deploy is being rolled back."),
                new IncidentUpdate(
                    at("2026-11-02T15:10:00Z"),
                    MONITORING,
                    Map.of("api", DEGRADED_PERFORMANCE),
                    "Error rates are back to normal; we are watching."),
                new IncidentUpdate(at("2026-11-02T15:40:00Z"), RESOLVED, Map.of(), "")),
            "Summary in **Markdown**.\n\nMore.",
            false,
            origin("2026-11-02-api-errors.md")),
        thenTheOnlyIncident());
  }

  @Test
  void anUpdateAtTheStartIsMergedIntoTheFirst() throws IOException {
    givenFile(
        "merge.md",
        """
        ---
        title: Outage
        components: { api: major_outage, web: partial_outage }
        state: identified
        started: 2026-11-02T14:05:00Z
        updates:
          - at: 2026-11-02T14:05:00Z
            state: monitoring
            components: { web: degraded_performance, dashboard: partial_outage }
            body: Already fixed, watching.
        ---
        """);

    whenRead();

    Incident incident = thenTheOnlyIncident();
    assertEquals(
        List.of(
            new IncidentUpdate(
                at("2026-11-02T14:05:00Z"),
                MONITORING,
                Map.of(
                    "api", MAJOR_OUTAGE,
                    "web", DEGRADED_PERFORMANCE,
                    "dashboard", PARTIAL_OUTAGE),
                "Already fixed, watching.")),
        incident.updates());
    assertEquals("", incident.body());
    assertEquals(null, incident.declaredImpact());
  }

  @Test
  void aResolvedUpdateResolvesAnIncidentWithoutResolvedKey() throws IOException {
    givenFile(
        "by-update.md",
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: 2026-11-02T14:05:00Z
        postmortem: true
        updates:
          - at: 2026-11-02T15:00:00Z
            state: resolved
            body: Fixed.
          - at: 2026-11-02T15:00:00Z
            state: monitoring
            components: { api: operational }
        ---
        The postmortem.
        """);

    whenRead();

    Incident incident = thenTheOnlyIncident();
    assertEquals(
        List.of(
            new IncidentUpdate(
                at("2026-11-02T14:05:00Z"), INVESTIGATING, Map.of("api", MAJOR_OUTAGE), ""),
            new IncidentUpdate(
                at("2026-11-02T15:00:00Z"), MONITORING, Map.of("api", OPERATIONAL), ""),
            new IncidentUpdate(at("2026-11-02T15:00:00Z"), RESOLVED, Map.of(), "Fixed.")),
        incident.updates());
    assertEquals(java.util.Optional.of(at("2026-11-02T15:00:00Z")), incident.resolved());
    assertEquals(true, incident.postmortem());
  }

  @Test
  void aListedResolvedUpdateAgreeingWithResolvedIsNotDoubled() throws IOException {
    givenFile(
        "agree.md",
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: 2026-11-02T14:05:00Z
        resolved: 2026-11-02T15:00:00Z
        updates:
          - { at: 2026-11-02T15:00:00Z, state: resolved, body: Fixed. }
        ---
        """);

    whenRead();

    assertEquals(
        List.of(
            new IncidentUpdate(
                at("2026-11-02T14:05:00Z"), INVESTIGATING, Map.of("api", MAJOR_OUTAGE), ""),
            new IncidentUpdate(at("2026-11-02T15:00:00Z"), RESOLVED, Map.of(), "Fixed.")),
        thenTheOnlyIncident().updates());
  }

  @Test
  void anOngoingIncidentHasNoResolvingUpdate() throws IOException {
    givenFile(
        "ongoing.md",
        """
        ---
        title: Slow dashboard
        components: { dashboard: degraded_performance }
        started: 2026-11-21T07:30:00Z
        ---
        """);

    whenRead();

    Incident incident = thenTheOnlyIncident();
    assertEquals(
        List.of(
            new IncidentUpdate(
                at("2026-11-21T07:30:00Z"),
                INVESTIGATING,
                Map.of("dashboard", DEGRADED_PERFORMANCE),
                "")),
        incident.updates());
    assertEquals(true, incident.isActive(NOW));
  }

  @Test
  void timesWithoutOffsetAreReadInTheSiteZone() throws IOException {
    givenFile(
        "local.md",
        """
        ---
        title: Outage
        components: {}
        started: 2026-11-02 14:05
        resolved: 2026-11-02T16:00:00+01:00
        updates:
          - { at: 2026-11-02T14:30, state: identified }
          - { at: "2026-11-02T14:45:30", state: monitoring }
        ---
        """);

    whenRead();

    assertEquals(
        List.of(
            at("2026-11-02T13:05:00Z"),
            at("2026-11-02T13:30:00Z"),
            at("2026-11-02T13:45:30Z"),
            at("2026-11-02T15:00:00Z")),
        thenTheOnlyIncident().updates().stream().map(IncidentUpdate::at).toList());
  }

  @Test
  void aMaintenanceFileGivesTheExactRecord() throws IOException {
    givenFile(
        "db-upgrade.md",
        """
        ---
        title: Database upgrade
        components: [api, dashboard]
        maintenance:
          start: 2026-11-29T02:00:00Z
          end: 2026-11-29T04:00:00Z
        updates:
          - at: 2026-11-20T10:00:00Z
            body: Moved by a day.
          - at: 2026-11-15T10:00:00Z
            body: Scheduled.
        ---
        The API may be read-only.
        """);
    givenFile(
        "early.md",
        """
        ---
        title: Certificate rotation
        maintenance: { start: 2026-11-10T02:00Z, end: 2026-11-10T03:00Z, completed: 2026-11-10T02:20Z }
        ---
        """);

    whenRead();

    thenProblemsAre();
    assertEquals(List.of(), contents.incidents());
    assertEquals(
        List.of(
            new Maintenance(
                "db-upgrade",
                "Database upgrade",
                at("2026-11-29T02:00:00Z"),
                at("2026-11-29T04:00:00Z"),
                null,
                List.of("api", "dashboard"),
                List.of(
                    new MaintenanceUpdate(at("2026-11-15T10:00:00Z"), "Scheduled."),
                    new MaintenanceUpdate(at("2026-11-20T10:00:00Z"), "Moved by a day.")),
                "The API may be read-only.",
                origin("db-upgrade.md")),
            new Maintenance(
                "early",
                "Certificate rotation",
                at("2026-11-10T02:00:00Z"),
                at("2026-11-10T03:00:00Z"),
                at("2026-11-10T02:20:00Z"),
                List.of(),
                List.of(),
                "",
                origin("early.md"))),
        contents.maintenance());
  }

  @Test
  void incidentsComeNewestFirstThenById() throws IOException {
    String incident =
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: %s
        ---
        """;
    givenFile("b.md", incident.formatted("2026-11-02T14:05:00Z"));
    givenFile("a.md", incident.formatted("2026-11-02T14:05:00Z"));
    givenFile("c.md", incident.formatted("2026-11-01T14:05:00Z"));
    givenFile("d.md", incident.formatted("2026-11-03T14:05:00Z"));

    whenRead();

    thenProblemsAre();
    assertEquals(
        List.of("d", "a", "b", "c"), contents.incidents().stream().map(Incident::id).toList());
  }

  @Test
  void aMissingFolderIsEmpty() {
    whenRead();

    thenProblemsAre();
    assertEquals(new IncidentFiles.Contents(List.of(), List.of()), contents);
  }

  @Test
  void otherFilesAreNotRead() throws IOException {
    givenFile("notes.txt", "not an incident");

    whenRead();

    thenProblemsAre();
  }

  @Test
  void aFolderNamedLikeAnIncidentFileIsNotRead() throws IOException {
    String incident =
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: 2026-11-02T14:05:00Z
        ---
        """;
    givenFile("a.md", incident);
    Files.createDirectories(dir.resolve("incidents/b.md"));
    Files.writeString(dir.resolve("incidents/b.md/c.md"), incident);

    whenRead();

    thenProblemsAre();
    assertEquals(List.of("a"), contents.incidents().stream().map(Incident::id).toList());
  }

  @Test
  void aFileThatIsNotUtf8IsNamedAndOneWithAReplacementCharacterIsRead() throws IOException {
    String incident =
        """
        ---
        title: Replacement � character
        components: { api: major_outage }
        started: 2026-11-02T14:05:00Z
        ---
        """;
    givenFile("2026-11-02-replacement.md", incident);
    Files.createDirectories(dir.resolve("incidents"));
    byte[] latin1 = incident.replace("\uFFFD", "\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("incidents/2026-11-03-latin1.md"), latin1);

    whenRead();

    thenProblemsAre(
        "incidents/2026-11-03-latin1.md: the file is not valid UTF-8; save it as UTF-8");
    assertEquals(1, contents.incidents().size());
    assertEquals("Replacement \uFFFD character", contents.incidents().get(0).title());
  }
}
