package dev.outpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code outpost new} writes files that {@code outpost validate} accepts. */
class NewCommandTest {
  private static final String CONFIG =
      """
      site:
        title: Acme Status
        url: https://status.acme.example/
        timezone: Europe/Berlin
      components:
        - { id: api, name: API }
        - { id: dashboard, name: Dashboard }
      """;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void givenASite() throws IOException {
    Files.writeString(dir.resolve("outpost.yml"), CONFIG);
  }

  @Test
  void writesAnIncidentThatValidates() throws IOException {
    int code =
        run(
            "new",
            "incident",
            "API: errors on \"/v2\"",
            "-c",
            "api=partial_outage",
            "-c",
            "dashboard",
            "-m",
            "We are looking into it.",
            "--now",
            "2026-11-21T23:30:00Z");

    assertEquals(0, code, err.toString());
    Path file = dir.resolve("incidents/2026-11-22-api-errors-on-v2.md");
    assertEquals("Wrote " + file + "\n", out.toString());
    assertEquals(
        """
        ---
        title: "API: errors on \\"/v2\\""
        components:
          api: partial_outage
          dashboard: major_outage
        started: 2026-11-21T23:30:00Z
        updates:
          - at: 2026-11-21T23:30:00Z
            state: investigating
            body: "We are looking into it."
        ---
        """,
        Files.readString(file));
    assertValid();
  }

  @Test
  void aDashStandsForEveryComponent() throws IOException {
    run(
        "new",
        "incident",
        "Everything is down",
        "-c",
        "-=major_outage",
        "--now",
        "2026-11-21T12:00:00Z");

    String text = Files.readString(dir.resolve("incidents/2026-11-21-everything-is-down.md"));
    assertEquals(
        List.of("  api: major_outage", "  dashboard: major_outage"),
        text.lines().filter(l -> l.matches("  [a-z].*")).toList());
    assertValid();
  }

  @Test
  void aTitleWithAccentsIsNamedWithItsBaseLetters() throws IOException {
    int code =
        run("new", "incident", "État du réseau", "-c", "api", "--now", "2026-11-21T12:00:00Z");

    assertEquals(0, code, err.toString());
    assertEquals(List.of("2026-11-21-etat-du-reseau.md"), names(dir.resolve("incidents")));
    assertValid();
  }

  @Test
  void neverOverwritesAnExistingFile() throws IOException {
    run("new", "incident", "API down", "-c", "api", "--now", "2026-11-21T12:00:00Z");
    run("new", "incident", "API down", "-c", "api", "--now", "2026-11-21T12:05:00Z");

    assertEquals(
        List.of("2026-11-21-api-down-2.md", "2026-11-21-api-down.md"),
        names(dir.resolve("incidents")));
  }

  @Test
  void writesMaintenanceWithLocalTimesInTheSiteZone() throws IOException {
    int code =
        run(
            "new",
            "maintenance",
            "Database upgrade",
            "--start",
            "2026-12-06T02:00",
            "--end",
            "2026-12-06 04:30",
            "-c",
            "api",
            "--now",
            "2026-11-21T12:00:00Z");

    assertEquals(0, code, err.toString());
    assertEquals(
        """
        ---
        title: "Database upgrade"
        components: [api]
        maintenance:
          start: 2026-12-06T01:00:00Z
          end: 2026-12-06T03:30:00Z
        ---
        """,
        Files.readString(dir.resolve("incidents/2026-12-06-database-upgrade.md")));
    assertValid();
  }

  @Test
  void writesAnIncidentFromATemplate() throws IOException {
    Files.writeString(
        dir.resolve("outpost.yml"),
        CONFIG
            + """
            templates:
              - id: db-failover
                title: Database failover
                components: { api: partial_outage, dashboard: degraded_performance }
                impact: major
                message: We are moving to the replica.
            """);

    int code = run("new", "incident", "--template", "db-failover", "--now", "2026-11-21T12:00:00Z");

    assertEquals(0, code, err.toString());
    assertEquals(
        """
        ---
        title: "Database failover"
        components:
          api: partial_outage
          dashboard: degraded_performance
        impact: major
        started: 2026-11-21T12:00:00Z
        updates:
          - at: 2026-11-21T12:00:00Z
            state: investigating
            body: "We are moving to the replica."
        ---
        """,
        Files.readString(dir.resolve("incidents/2026-11-21-database-failover.md")));
    assertValid();

    code =
        run(
            "new",
            "incident",
            "Replica failover",
            "-t",
            "db-failover",
            "-c",
            "api",
            "-m",
            "Only the API.",
            "--now",
            "2026-11-21T12:00:00Z");
    assertEquals(0, code, err.toString());
    String text = Files.readString(dir.resolve("incidents/2026-11-21-replica-failover.md"));
    assertEquals(
        List.of("components:", "  api: major_outage", "impact: major"),
        text.lines().skip(2).limit(3).toList());
    assertTrue(text.contains("body: \"Only the API.\""), text);
    assertValid();
  }

  @Test
  void anUnknownTemplateIsRefusedNamingTheKnownOnes() throws IOException {
    assertEquals(2, run("new", "incident", "--template", "db-failover"));
    assertEquals(
        "outpost: unknown template `db-failover`: outpost.yml has no templates; add them under"
            + " `templates:`\n",
        err.toString());

    Files.writeString(
        dir.resolve("outpost.yml"),
        CONFIG
            + "templates:\n"
            + "  - { id: db-failover, title: DB, components: { api: major_outage } }\n"
            + "  - { id: cdn, title: CDN, components: { dashboard: major_outage } }\n");
    err.getBuffer().setLength(0);
    assertEquals(2, run("new", "incident", "--template", "db-failovr"));
    assertEquals(
        "outpost: unknown template `db-failovr`; did you mean `db-failover`? (templates:"
            + " db-failover, cdn)\n",
        err.toString());
    err.getBuffer().setLength(0);
    assertEquals(2, run("new", "incident"));
    assertEquals(
        "outpost: give the incident a title, or start from one with --template ID\n",
        err.toString());
    assertFalse(Files.exists(dir.resolve("incidents")));
  }

  @Test
  void anUnknownComponentIsRefusedAndNothingIsWritten() {
    int code = run("new", "incident", "API down", "-c", "apx=major_outage");

    assertEquals(2, code);
    assertEquals(
        "outpost: unknown component `apx`; did you mean `api`? (components: api, dashboard, or -"
            + " for all)\n",
        err.toString());
    assertFalse(Files.exists(dir.resolve("incidents")));
  }

  @Test
  void anUnknownStatusIsRefused() {
    assertEquals(2, run("new", "incident", "API down", "-c", "api=broken"));
    assertEquals(
        "outpost: unknown status `broken`; use one of operational, under_maintenance,"
            + " degraded_performance, partial_outage, major_outage\n",
        err.toString());
  }

  @Test
  void aMaintenanceWindowMustEndAfterItStarts() {
    int code =
        run(
            "new",
            "maintenance",
            "Upgrade",
            "--start",
            "2026-12-06T04:00Z",
            "--end",
            "2026-12-06T02:00Z",
            "-c",
            "-");

    assertEquals(2, code);
    assertEquals(
        "outpost: --end 2026-12-06T02:00Z is not after --start 2026-12-06T04:00Z\n",
        err.toString());
  }

  private void assertValid() {
    StringWriter validateErr = new StringWriter();
    int code =
        Main.run(
            withSources("validate", "--now", "2026-12-31T00:00:00Z"),
            new PrintWriter(new StringWriter()),
            new PrintWriter(validateErr),
            Map.of());
    assertEquals("", validateErr.toString());
    assertEquals(0, code);
  }

  private int run(String... args) {
    return Main.run(withSources(args), new PrintWriter(out), new PrintWriter(err), Map.of());
  }

  private String[] withSources(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--config", dir.resolve("outpost.yml").toString(),
            "--incidents", dir.resolve("incidents").toString()));
    return all.toArray(String[]::new);
  }

  private static List<String> names(Path folder) throws IOException {
    try (var list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
