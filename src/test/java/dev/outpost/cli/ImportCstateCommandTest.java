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
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code outpost import cstate} on cState's example site and on hand-written irregularities. */
class ImportCstateCommandTest {
  private static final Path EXAMPLE = Path.of("src/test/resources/cstate-example");
  private static final String NOW = "2026-12-06T00:00:00Z";
  private static final String CONFIG =
      """
      # Our status page
      site:
        title: Eggsample Status
        url: https://example.github.io/status/
        timezone: Europe/Berlin
      # What we run
      components:
        - { id: web, name: Web }   # kept as it is
      uptime:
        days: 90
      """;

  @TempDir Path dir;
  private Path cstate;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  @BeforeEach
  void givenASiteAndACstateSite() throws IOException {
    Files.writeString(dir.resolve("outpost.yml"), CONFIG);
    cstate = dir.resolve("cstate");
    copy(EXAMPLE, cstate);
  }

  @Test
  void importsTheExampleSiteIntoFilesThatValidateAndBuild() throws IOException {
    assertEquals(0, run("import", "cstate", cstate.toString()), err.toString());

    assertEquals(11, names(dir.resolve("incidents")).size());
    assertTrue(
        out.toString()
            .contains(
                "11 cState posts: 10 incidents and 1 maintenance window, 11 new, 0 unchanged; 0"
                    + " not imported.\n"),
        out.toString());
    assertEquals(
        """
        # Our status page
        site:
          title: Eggsample Status
          url: https://example.github.io/status/
          timezone: Europe/Berlin
        groups:
          # Added by outpost import cstate
          - { id: north-coast, name: "North Coast", description: "The main servers are located here." }
        # What we run
        components:
          - { id: web, name: Web }   # kept as it is
          # Added by outpost import cstate
          - { id: gateway, name: "Gateway", group: north-coast }
          - { id: backup-gateway, name: "Backup Gateway", description: "This is a description for a system with no recorded downtime.", group: north-coast }
          - { id: website, name: "Website", description: "The web frontend for the application." }
          - { id: api, name: "API", description: "The guts of the application." }
          - { id: media-proxy, name: "Media Proxy", description: "This is the *service* responsible for serving images, audio, and video. It is reliant on our CDN." }
        uptime:
          days: 90
        """,
        Files.readString(dir.resolve("outpost.yml")));
    assertValidAndBuilds("6 components, 10 incidents, 1 maintenance windows");
  }

  @Test
  void anIncidentKeepsItsUtcTimesItsSeverityItsTrackedUpdatesAndItsText() throws IOException {
    run("import", "cstate", cstate.toString());

    assertStartsWith(
        """
        ---
        # Imported from cState: content/issues/2018-04-13-unavailable-guilds-connection-issues.md
        title: "Unavailable Guilds & Connection Issues"
        components:
          api: major_outage
          media-proxy: major_outage
        started: 2018-04-13T15:54:00Z
        resolved: 2018-04-13T17:30:00Z
        updates:
          - at: 2018-04-13T15:54:00Z
            state: investigating
            body: "We're aware of users experiencing unavailable guilds and issues when attempting to connect. We're currently investigating."
          - at: 2018-04-13T16:50:00Z
            state: monitoring
            body: "After hitting the ole reboot button Example Chat App is now recovering. We're going to continue to monitor as everyone reconnects."
          - at: 2018-04-13T17:30:00Z
            state: resolved
            body: "A fix has been implemented and we are monitoring the results. Looks like this has been fixed."
        ---
        *Post-mortem*

        """,
        read("2018-04-13-unavailable-guilds-connection-issues"));
    assertTrue(read("2018-01-17-sending-dms-impacted").contains("  api: partial_outage\n"));
    assertTrue(read("2024-12-27-dns-resolution-api").contains("started: 2024-12-27T09:43:40Z\n"));
    assertFalse(read("2024-12-27-dns-resolution-api").contains("resolved:"));
  }

  @Test
  void aNoticeWithAnEndIsAMaintenanceWindowAndAnInformationalPostHasNoImpact() throws IOException {
    run("import", "cstate", cstate.toString());

    assertEquals(
        """
        ---
        # Imported from cState: content/issues/2024-02-24-maintenance-window.md
        title: "Maintenance Announcement"
        components: [api]
        maintenance:
          start: 2024-02-24T10:35:00Z
          end: 2024-02-24T11:35:00Z
        ---
        We will shut down our network at midnight UTC on Feb 24. This does not affect the current status.
        """,
        read("2024-02-24-maintenance-window"));
    assertStartsWith(
        """
        ---
        # Imported from cState: content/issues/i-testing-cstate-functions.md
        title: "Testing New cState Features"
        components: {}
        impact: none
        started: 2019-10-04T18:05:00Z
        resolved: 2019-10-04T18:05:00Z
        ---
        """,
        read("i-testing-cstate-functions"));
  }

  @Test
  void aTrackedTimeOutsideTheIncidentStaysInTheTextAsATimeAndIsReported() throws IOException {
    run("import", "cstate", cstate.toString());

    String file = read("2018-05-25-us-east-conn-issues");
    assertFalse(file.contains("updates:"));
    assertTrue(file.contains("resolves the problem for users. (2018-05-25 04:40 UTC)\n"), file);
    assertFalse(file.contains("{{"));
    assertTrue(
        out.toString()
            .contains(
                issue("2018-05-25-us-east-conn-issues")
                    + ":17:1: update at 2018-05-25T04:40:00Z lies outside the incident"
                    + " (2018-04-25T04:13:00Z to 2018-04-25T04:13:59Z); kept in the body\n"));
  }

  @Test
  void everyFieldWithoutAPlaceInOutpostIsReported() {
    run("import", "cstate", cstate.toString());

    String config = cstate.resolve("config.yml").toString();
    for (String note :
        List.of(
            config + ":148:7: a category's `closed` has no place in Outpost; not carried over",
            config + ":169:7: a system's `histogram` has no place in Outpost; not carried over",
            config + ":170:7: a system's `link` has no place in Outpost; not carried over",
            issue("2024-05-23-planning-meeting")
                + ":5:1: `pin` has no place in Outpost; not carried over",
            issue("2024-07-23-excitement")
                + ":9:1: `pin` has no place in Outpost; not carried over",
            issue("2024-12-27-dns-resolution-api")
                + ":7:1: `automated` has no place in Outpost; not carried over",
            issue("2024-12-27-dns-resolution-api")
                + ":8:1: `id` has no place in Outpost; not carried over",
            issue("2024-12-27-dns-resolution-api")
                + ":3:1: not resolved: imported as an ongoing incident")) {
      assertTrue(out.toString().contains(note + "\n"), note + "\nin\n" + out);
    }
  }

  @Test
  void printsWhereEachOldPageMovedTo() {
    run("import", "cstate", cstate.toString());

    assertTrue(
        out.toString()
            .contains(
                "Redirects from cState's pages to Outpost's:\n"
                    + "  /issues/2018-01-17-sending-dms-impacted/ ->"
                    + " /status/incidents/2018-01-17-sending-dms-impacted/\n"),
        out.toString());
  }

  @Test
  void importingAgainChangesNothingAndLaterAddsOnlyWhatIsNew() throws IOException {
    run("import", "cstate", cstate.toString());
    Map<String, String> first = snapshot();

    out = new StringWriter();
    assertEquals(0, run("import", "cstate", cstate.toString()), err.toString());
    assertEquals(first, snapshot());
    assertTrue(out.toString().contains("0 new, 11 unchanged"), out.toString());

    Files.writeString(
        cstate.resolve("content/issues/2025-01-02-new.md"),
        """
        ---
        title: A new one
        date: 2025-01-02 10:00:00
        resolved: true
        resolvedWhen: 2025-01-02 11:00:00
        severity: down
        affected: [Gateway]
        ---
        Gone for an hour.
        """);
    out = new StringWriter();
    assertEquals(0, run("import", "cstate", cstate.toString()), err.toString());
    Map<String, String> second = snapshot();
    assertEquals(first.size() + 1, second.size());
    second.keySet().retainAll(first.keySet());
    assertEquals(first, second);
    assertTrue(out.toString().contains("1 new, 11 unchanged"), out.toString());
  }

  @Test
  void aDryRunWritesNothing() throws IOException {
    assertEquals(0, run("import", "cstate", cstate.toString(), "--dry-run"), err.toString());

    assertFalse(Files.exists(dir.resolve("incidents")));
    assertEquals(CONFIG, Files.readString(dir.resolve("outpost.yml")));
    assertTrue(
        out.toString()
            .contains(
                "Would write "
                    + dir.resolve("incidents/i-testing-cstate-functions.md")
                    + ":\n---\n"));
    assertTrue(out.toString().contains("Would write " + dir.resolve("outpost.yml")));
  }

  @Test
  void aFileThatExistsWithOtherContentIsAConflictAndNothingIsWritten() throws IOException {
    Path taken = dir.resolve("incidents/2024-07-23-excitement.md");
    Files.createDirectories(taken.getParent());
    Files.writeString(taken, "mine\n");

    assertEquals(3, run("import", "cstate", cstate.toString()));

    assertEquals(List.of("2024-07-23-excitement.md"), names(dir.resolve("incidents")));
    assertEquals("mine\n", Files.readString(taken));
    assertEquals(CONFIG, Files.readString(dir.resolve("outpost.yml")));
    assertTrue(
        err.toString()
            .startsWith(
                taken
                    + ": exists with different content; not overwritten\n"
                    + "outpost: 1 file exists with different content; nothing was written."),
        err.toString());
  }

  @Test
  void postsThatCannotBeReadAreReportedAndTheRestIsImported() throws IOException {
    Path issues = cstate.resolve("content/issues");
    Files.writeString(
        issues.resolve("no-date.md"), "---\ntitle: When?\nseverity: down\n---\nNo date.\n");
    Files.writeString(
        issues.resolve("bad-yaml.md"), "---\ntitle: Broken\ndate: [2020-01-01\n---\nText.\n");
    Files.writeString(
        issues.resolve("odd.md"),
        """
        ---
        title: Odd
        date: 2020-03-01
        resolved: true
        resolvedWhen: 2020-03-01 02:00:00 +0100
        severity: down
        affected: [API, Kitchen Sink]
        ---
        *Identified* - The sink. {{< track "2020-03-01 00:30:00" >}}

        {{< figure src="x.png" >}} See above.
        """);

    assertEquals(1, run("import", "cstate", cstate.toString()));

    String output = out.toString();
    assertTrue(
        output.contains(issues.resolve("no-date.md") + ": no date we can read; not imported"),
        output);
    assertTrue(
        output.contains(
            issues.resolve("bad-yaml.md")
                + ":3:18: invalid YAML: expected `,` or `]`: the `[` at line 3, column 7 is not"
                + " closed\n"),
        output);
    assertTrue(
        output.contains(
            issues.resolve("odd.md")
                + ":7:17: affected system `Kitchen Sink` is not one of config.yml's systems; left"
                + " out\n"),
        output);
    assertTrue(
        output.contains(
            issues.resolve("odd.md")
                + ":11:1: Hugo shortcode `{{< figure src=\"x.png\" >}}` removed\n"),
        output);
    assertTrue(
        output.contains("14 cState posts: 11 incidents and 1 maintenance window, 12 new"), output);
    assertTrue(err.toString().contains("2 of the posts could not be imported"), err.toString());
    assertEquals(
        """
        ---
        # Imported from cState: content/issues/odd.md
        title: "Odd"
        components:
          api: major_outage
        started: 2020-03-01T00:00:00Z
        resolved: 2020-03-01T01:00:00Z
        updates:
          - at: 2020-03-01T00:30:00Z
            state: identified
            body: "The sink."
        ---
        See above.
        """,
        read("odd"));
    assertValidAndBuilds("6 components, 11 incidents, 1 maintenance windows");
  }

  @Test
  void timesWithoutAnOffsetAreInTheCstateSitesTimeZone() throws IOException {
    Path config = cstate.resolve("config.yml");
    Files.writeString(config, "timeZone: America/New_York\n" + Files.readString(config));

    run("import", "cstate", cstate.toString());

    assertTrue(read("2018-01-17-sending-dms-impacted").contains("started: 2017-12-17T21:24:00Z\n"));
    assertTrue(read("2024-12-27-dns-resolution-api").contains("started: 2024-12-27T09:43:40Z\n"));
  }

  @Test
  void aConfigWhoseComponentsAreInFlowStyleIsLeftAloneWithTheLinesToAdd() throws IOException {
    String flow =
        CONFIG.replace(
            "components:\n  - { id: web, name: Web }   # kept as it is\n",
            "components: [{ id: web, name: Web }]\n");
    Files.writeString(dir.resolve("outpost.yml"), flow);

    assertEquals(3, run("import", "cstate", cstate.toString()));

    assertEquals(flow, Files.readString(dir.resolve("outpost.yml")));
    assertFalse(Files.exists(dir.resolve("incidents")));
    assertTrue(
        err.toString()
            .contains("components:\n  - { id: gateway, name: \"Gateway\", group: north-coast }\n"),
        err.toString());
  }

  private static void assertStartsWith(String expected, String actual) {
    assertEquals(expected, actual.substring(0, Math.min(expected.length(), actual.length())));
  }

  private void assertValidAndBuilds(String counts) {
    StringWriter validated = new StringWriter();
    StringWriter problems = new StringWriter();
    int code =
        Main.run(
            withSources("validate", "--now", NOW),
            new PrintWriter(validated),
            new PrintWriter(problems),
            Map.of());
    assertEquals("", problems.toString());
    assertEquals(0, code);
    assertTrue(validated.toString().contains(counts), validated.toString());
    List<String> build = new ArrayList<>(List.of(withSources("build", "--now", NOW)));
    build.addAll(List.of("--out", dir.resolve("_site").toString(), "--offline"));
    StringWriter built = new StringWriter();
    assertEquals(
        0,
        Main.run(
            build.toArray(String[]::new), new PrintWriter(built), new PrintWriter(built), Map.of()),
        built.toString());
    assertTrue(
        Files.isRegularFile(dir.resolve("_site/incidents/2024-07-23-excitement/index.html")));
    assertTrue(
        Files.isRegularFile(
            dir.resolve("_site/incidents/2024-02-24-maintenance-window/index.html")));
  }

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of(withSources(args)));
    all.addAll(List.of("--now", NOW));
    return Main.run(
        all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), Map.of());
  }

  private String[] withSources(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--config", dir.resolve("outpost.yml").toString(),
            "--incidents", dir.resolve("incidents").toString()));
    return all.toArray(String[]::new);
  }

  private String issue(String name) {
    return cstate.resolve("content/issues/" + name + ".md").toString();
  }

  private String read(String id) throws IOException {
    return Files.readString(dir.resolve("incidents/" + id + ".md"));
  }

  /** Every file of the site but the cState source, with its content. */
  private Map<String, String> snapshot() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path file :
          all.filter(Files::isRegularFile).filter(f -> !f.startsWith(cstate)).toList()) {
        files.put(
            dir.relativize(file) + "@" + Files.getLastModifiedTime(file), Files.readString(file));
      }
    }
    return files;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path path : all.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
