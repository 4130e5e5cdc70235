package dev.outpost.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.cli.Main;
import dev.outpost.source.github.FakeGitHub;
import dev.outpost.source.github.Issue;
import dev.outpost.state.StateFolder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code outpost build --checks DIR}: the samples a check run kept, charted and published. */
class BuildChecksTest {
  static final Path SCENARIO = Path.of("src/test/scenarios/health-checks");
  private final Targets targets = new Targets();
  private final Map<String, String> env = new HashMap<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir Path dir;
  private Targets.Http site;
  private Path config;

  @BeforeEach
  void givenTheScenarioServedAsThePublishedSite() throws Exception {
    site = targets.http();
    site.answer(
        "/status/api/checks.json",
        200,
        Files.readString(SCENARIO.resolve("expected/site/api/checks.json")));
    config = dir.resolve("outpost.yml");
    Files.writeString(
        config,
        Files.readString(SCENARIO.resolve("outpost.yml"))
            .replace("https://acme.github.io/status/", site.url("/status/")));
    Files.createDirectories(dir.resolve("incidents"));
  }

  @AfterEach
  void close() throws Exception {
    targets.close();
  }

  private int build(Path checks, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "build",
                "--now",
                "2026-11-21T12:00:00Z",
                "--config",
                config.toString(),
                "--incidents",
                dir.resolve("incidents").toString(),
                "--out",
                dir.resolve("site").toString(),
                "--checks",
                checks.toString()));
    args.addAll(List.of(more));
    return Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), env);
  }

  @Test
  void thePublishedSamplesReadBackAsTheyWereKept() throws Exception {
    History kept = History.read(StateFolder.at(SCENARIO.resolve("checks"), err::write));
    Map<String, List<Sample>> published =
        Seed.parse(Files.readAllBytes(SCENARIO.resolve("expected/site/api/checks.json")))
            .orElseThrow();
    for (String id : List.of("api-health", "db-port")) {
      List<Sample> withoutDetail =
          kept.of(id).stream().map(s -> new Sample(s.at(), s.ok(), s.latencyMillis(), "")).toList();
      assertEquals(withoutDetail, published.get(id), id);
    }
  }

  @Test
  void theDeclaredUptimeBesideTheChartsCoversTheConfiguredDays() throws Exception {
    Files.writeString(config, Files.readString(config) + "uptime: { days: 30 }\n");
    assertEquals(0, build(SCENARIO.resolve("checks"), "--offline"), err.toString());
    String api = Files.readString(dir.resolve("site/components/api/index.html"));
    assertTrue(api.contains("Declared uptime, last 30 days (from incidents): "), api);
    assertTrue(api.contains("Measured availability, last 90 days: "), api);
  }

  @Test
  void anEmptyFolderOfflineChartsNothingAndSaysSo() throws Exception {
    assertEquals(0, build(dir.resolve("empty"), "--offline"), err.toString());
    assertTrue(
        err.toString().contains("no check samples in " + dir.resolve("empty")), err.toString());
    assertFalse(Files.exists(dir.resolve("site/api/checks.json")));
    assertFalse(
        Files.readString(dir.resolve("site/components/api/index.html"))
            .contains("Measured by health checks"));
    assertTrue(site.lastHeaders.isEmpty(), "offline, the site was not asked");
  }

  @Test
  void anEmptyFolderIsSeededFromThePublishedSiteWhenTheBuildReadsGitHub() throws Exception {
    try (FakeGitHub github = new FakeGitHub()) {
      github.serve(List.of());
      env.put("GITHUB_TOKEN", FakeGitHub.TOKEN);
      env.put("GITHUB_GRAPHQL_URL", github.uri().toString());
      env.put("GITHUB_REPOSITORY", Issue.REPO);
      assertEquals(0, build(dir.resolve("evicted")), err.toString());
    }
    assertTrue(
        err.toString().contains("seeded the history with 2870 samples from "), err.toString());
    assertEquals(
        Files.readString(SCENARIO.resolve("expected/site/api/checks.json")),
        Files.readString(dir.resolve("site/api/checks.json")),
        "the published samples are published again, not replaced by nothing");
    assertFalse(Files.exists(dir.resolve("evicted")), "the build only reads the state folder");
  }
}
