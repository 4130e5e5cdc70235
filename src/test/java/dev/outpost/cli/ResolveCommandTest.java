package dev.outpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** {@code outpost resolve --all}: the all-clear for every ongoing incident file at once. */
class ResolveCommandTest {
  private static final String NOW = "2026-11-21T12:00:00Z";
  private static final String API =
      """
      ---
      title: API errors
      components: { api: partial_outage }
      started: 2026-11-21T10:00:00Z
      updates:
        - at: 2026-11-21T10:30:00Z
          state: identified
          body: |
            A bad deploy.
      # Rolled back at 11:00.

      ---
      Some notes.
      """;
  private static final String DASHBOARD =
      """
      ---
      title: Slow dashboard
      components: { dashboard: degraded_performance }
      started: 2026-11-21T11:00:00Z
      ---
      """;
  private static final String ZERO_INDENT =
      """
      ---
      title: Login fails
      components: { api: major_outage }
      updates:
      - at: 2026-11-21T11:10:00Z
        state: monitoring
      started: 2026-11-21T11:05:00Z
      ---
      """;
  private static final String OVER =
      """
      ---
      title: Old outage
      components: { api: major_outage }
      started: 2026-11-20T10:00:00Z
      resolved: 2026-11-20T11:00:00Z
      ---
      """;
  private static final String MAINTENANCE =
      """
      ---
      title: Database upgrade
      components: [api]
      maintenance: { start: 2026-11-21T11:00:00Z, end: 2026-11-21T13:00:00Z }
      ---
      """;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void givenASite() throws IOException {
    Files.writeString(
        dir.resolve("outpost.yml"),
        """
        site: { title: Acme Status, url: "https://status.acme.example/" }
        components:
          - { id: api, name: API }
          - { id: dashboard, name: Dashboard }
        """);
    Files.createDirectories(dir.resolve("incidents"));
    write("api.md", API);
    write("dashboard.md", DASHBOARD);
    write("login.md", ZERO_INDENT);
    write("old.md", OVER);
    write("upgrade.md", MAINTENANCE);
  }

  @Test
  void resolvesEveryOngoingIncidentAtOnceWithOneMessageAndLeavesTheRestAlone() throws IOException {
    int code = run("resolve", "--all", "-m", "All clear: everything is back.", "--now", NOW);

    assertEquals(0, code, err.toString());
    assertEquals(
        "Resolved 3 incidents at "
            + NOW
            + ": "
            + file("api.md")
            + ", "
            + file("dashboard.md")
            + ", "
            + file("login.md")
            + "\n",
        out.toString());
    assertEquals(
        """
        ---
        title: API errors
        components: { api: partial_outage }
        started: 2026-11-21T10:00:00Z
        updates:
          - at: 2026-11-21T10:30:00Z
            state: identified
            body: |
              A bad deploy.
          - at: 2026-11-21T12:00:00Z
            state: resolved
            body: "All clear: everything is back."
        # Rolled back at 11:00.

        ---
        Some notes.
        """,
        read("api.md"));
    assertEquals(
        """
        ---
        title: Slow dashboard
        components: { dashboard: degraded_performance }
        started: 2026-11-21T11:00:00Z
        updates:
          - at: 2026-11-21T12:00:00Z
            state: resolved
            body: "All clear: everything is back."
        ---
        """,
        read("dashboard.md"));
    assertTrue(
        read("login.md")
            .contains(
                "- at: 2026-11-21T11:10:00Z\n  state: monitoring\n- at: 2026-11-21T12:00:00Z\n"
                    + "  state: resolved\n"),
        read("login.md"));
    assertEquals(OVER, read("old.md"));
    assertEquals(MAINTENANCE, read("upgrade.md"));

    StringWriter built = new StringWriter();
    StringWriter builtErr = new StringWriter();
    int build =
        Main.run(
            withSources("build", "--out", dir.resolve("_site").toString(), "--now", NOW),
            new PrintWriter(built),
            new PrintWriter(builtErr),
            Map.of());
    assertEquals(0, build, builtErr.toString());
    String index = Files.readString(dir.resolve("_site/index.html"));
    assertTrue(index.contains("Service Under Maintenance"), index);
    assertEquals(
        0,
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(dir.resolve("_site/api/v2/incidents/unresolved.json").toFile())
            .path("incidents")
            .size());
  }

  @Test
  void withoutAMessageTheFinalUpdateHasNoText() throws IOException {
    assertEquals(0, run("resolve", "--all", "--now", NOW), err.toString());

    assertTrue(
        read("dashboard.md")
            .contains("updates:\n  - at: 2026-11-21T12:00:00Z\n    state: resolved\n---\n"),
        read("dashboard.md"));
  }

  @Test
  void aFileItCannotExtendIsNamedAndNoFileIsChanged() throws IOException {
    String flow =
        """
        ---
        title: Flow style
        components: { api: major_outage }
        started: 2026-11-21T11:00:00Z
        updates: [{ at: 2026-11-21T11:30:00Z, state: identified }]
        ---
        """;
    write("flow.md", flow);

    int code = run("resolve", "--all", "-m", "Fixed.", "--now", NOW);

    assertEquals(1, code);
    assertEquals(
        file("flow.md")
            + ": cannot resolve it here: its `updates` are written in flow style; write them as a"
            + " list, one `- at:` a line\noutpost: 1 problem found\n",
        err.toString());
    assertEquals(API, read("api.md"));
    assertEquals(DASHBOARD, read("dashboard.md"));
    assertEquals(flow, read("flow.md"));
  }

  @Test
  void withNothingOngoingItSaysSo() throws IOException {
    for (String name : List.of("api.md", "dashboard.md", "login.md")) {
      Files.delete(dir.resolve("incidents").resolve(name));
    }

    assertEquals(0, run("resolve", "--all", "--now", NOW), err.toString());
    assertEquals("No ongoing incident in " + dir.resolve("incidents") + ".\n", out.toString());
    assertEquals(OVER, read("old.md"));
  }

  @Test
  void itResolvesOnlyWithAll() throws IOException {
    assertEquals(2, run("resolve", "--now", NOW));
    assertTrue(err.toString().contains("--all"), err.toString());
    assertEquals(API, read("api.md"));
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve("incidents").resolve(name), text);
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve("incidents").resolve(name));
  }

  private String file(String name) {
    return dir.resolve("incidents").resolve(name).toString();
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
}
