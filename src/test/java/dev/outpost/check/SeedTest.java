package dev.outpost.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.cli.Main;
import dev.outpost.config.SiteConfig;
import dev.outpost.source.github.FakeGitHub;
import dev.outpost.source.github.Issue;
import dev.outpost.state.StateFolder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history the Actions cache lost is seeded from the site's own {@code api/checks.json}, served
 * here by a local server: what it holds is taken, and whatever goes wrong only starts a new
 * history.
 */
class SeedTest {
  static final String PUBLISHED =
      """
      {"generated_at":"2026-11-21T12:00:00Z","checks":[
       {"id":"api-health","component":"api","kind":"http","target":"http://127.0.0.1/healthz",
        "availability":{"day":0.5,"week":0.5,"days_90":0.5},
        "samples":[{"at":"2026-11-21T11:50:00Z","ok":true,"ms":120},
                   {"at":"2026-11-21T11:55:00Z","ok":false,"ms":2000}]},
       {"id":"gone","component":"web","kind":"tcp","target":"db:5432","availability":{},
        "samples":[{"at":"2026-11-21T11:55:00Z","ok":true,"ms":3}]}]}
      """;

  private final Targets targets = new Targets();
  private final List<String> log = new ArrayList<>();
  @TempDir Path dir;
  private Targets.Http site;

  @BeforeEach
  void start() throws Exception {
    site = targets.http();
  }

  @AfterEach
  void close() throws Exception {
    targets.close();
  }

  private URI root() {
    return URI.create(site.url("/status/"));
  }

  @Test
  void thePublishedSamplesAreReadBack() {
    site.answer("/status/api/checks.json", 200, PUBLISHED);
    Map<String, List<Sample>> seeds =
        Seed.read(root(), Duration.ofSeconds(5), log::add).orElseThrow();
    assertEquals(
        List.of(
            new Sample(Instant.parse("2026-11-21T11:50:00Z"), true, 120, ""),
            new Sample(Instant.parse("2026-11-21T11:55:00Z"), false, 2000, "")),
        seeds.get("api-health"));
    assertEquals(1, seeds.get("gone").size());
    assertEquals(
        List.of("seeded the history with 3 samples from " + site.url("/status/api/checks.json")),
        log);
  }

  @Test
  void aDocumentOverTheLimitIsRefusedWhetherItSaysItsLengthOrNot() throws Exception {
    site.answer("/status/api/checks.json", 200, PUBLISHED);
    long limit = PUBLISHED.length() - 1;
    assertEquals(Optional.empty(), Seed.read(root(), Duration.ofSeconds(5), log::add, limit));
    assertTrue(log.get(0).endsWith(" is larger than 0 MB; starting a new one"), log.toString());
    site.server.createContext(
        "/chunked/api/checks.json",
        exchange -> {
          exchange.sendResponseHeaders(200, 0); // no length: sent in chunks
          try (var out = exchange.getResponseBody()) {
            for (int i = 0; i < 64; i++) {
              out.write(new byte[1024]);
              out.flush();
            }
          }
        });
    URI chunked = URI.create(site.url("/chunked/"));
    assertEquals(Optional.empty(), Seed.read(chunked, Duration.ofSeconds(5), log::add, 4096));
    assertTrue(log.get(1).contains(" is larger than "), log.toString());
    assertTrue(
        Seed.read(root(), Duration.ofSeconds(5), log::add, PUBLISHED.length()).isPresent(),
        "exactly at the limit is read");
  }

  @Test
  void aMissingFileStartsANewHistory() {
    assertEquals(Optional.empty(), Seed.read(root(), Duration.ofSeconds(5), log::add));
    assertEquals(
        List.of(
            "no history to seed from: "
                + site.url("/status/api/checks.json")
                + " answered HTTP 404; starting a new one"),
        log);
  }

  @Test
  void garbageStartsANewHistory() {
    for (String garbage :
        List.of(
            "<html>not json",
            "[]",
            "{\"checks\": 3}",
            "{\"checks\": [{\"id\": \"a\", \"samples\": [{\"at\": \"yesterday\", \"ok\": true,"
                + " \"ms\": 1}]}]}",
            "{\"checks\": [{\"id\": \"a\", \"samples\": [{\"at\": \"2026-11-21T11:50:00Z\","
                + " \"ok\": \"yes\", \"ms\": 1}]}]}")) {
      log.clear();
      site.answer("/status/api/checks.json", 200, garbage);
      assertEquals(Optional.empty(), Seed.read(root(), Duration.ofSeconds(5), log::add), garbage);
      assertEquals(
          List.of(
              "no history to seed from: "
                  + site.url("/status/api/checks.json")
                  + " does not hold the samples Outpost publishes; starting a new one"),
          log,
          garbage);
    }
  }

  @Test
  void aSlowSiteIsLeftAtTheDeadline() {
    site.answer("/status/api/checks.json", 200, PUBLISHED, 5_000);
    long started = System.nanoTime();
    assertEquals(Optional.empty(), Seed.read(root(), Duration.ofMillis(300), log::add));
    long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
    assertTrue(took < 3_000, "gave up after " + took + " ms");
    assertEquals(
        List.of(
            "no history to seed from: "
                + site.url("/status/api/checks.json")
                + " did not answer within 300ms; starting a new one"),
        log);
  }

  @Test
  void noServerStartsANewHistory() throws Exception {
    URI nowhere = URI.create("http://127.0.0.1:" + Targets.closedPort() + "/");
    assertEquals(Optional.empty(), Seed.read(nowhere, Duration.ofSeconds(2), log::add));
    assertEquals(1, log.size());
    assertTrue(log.get(0).startsWith("no history to seed from: cannot read http://127.0.0.1:"));
  }

  @Test
  void theSiteAddressIsShownWithoutCredentials() {
    URI secret = URI.create(site.url("/status/").replace("http://", "http://user:pw@"));
    Seed.read(secret, Duration.ofSeconds(5), log::add);
    assertEquals(1, log.size());
    assertTrue(!log.get(0).contains("pw"), log.get(0));
  }

  @Test
  void aRunSeedsOnlyAnEmptyHistoryAndKeepsOnlyConfiguredChecks() throws Exception {
    Targets.Http api = targets.http().answer("/healthz", 200, "ok");
    SiteConfig config =
        Configs.with(
            "  - { id: api-health, component: api, http: \"" + api.url("/healthz") + "\" }\n");
    AtomicInteger asked = new AtomicInteger();
    CheckRun.Seeds seeds =
        () -> {
          asked.incrementAndGet();
          return Seed.parse(PUBLISHED.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        };
    StateFolder state = StateFolder.at(dir.resolve("state"), log::add);
    Prober prober = Prober.of(SSLContext.getDefault(), Map.of(), Clock.systemUTC());
    Instant now = Instant.parse("2026-11-21T12:00:00Z");
    CheckRun.run(config, state, prober, null, false, now, log::add, seeds);
    assertEquals(1, asked.get());
    History history = History.read(state);
    assertEquals(
        List.of(true, false, true), history.of("api-health").stream().map(Sample::ok).toList());
    assertEquals(List.of(), history.of("gone"));
    CheckRun.run(config, state, prober, null, false, now.plusSeconds(300), log::add, seeds);
    assertEquals(1, asked.get(), "a history with samples is not seeded again");
    assertEquals(4, History.read(state).of("api-health").size());
  }

  /** {@code outpost check} with a token seeds from {@code site.url}; {@code --offline} never. */
  @Test
  void theCommandSeedsFromTheSiteOnlineAndNeverOffline() throws Exception {
    site.answer("/status/api/checks.json", 200, PUBLISHED);
    Targets.Http api = targets.http().answer("/healthz", 200, "ok");
    Path config = dir.resolve("outpost.yml");
    Files.writeString(
        config,
        Configs.HEAD.replace("https://status.acme.example/", root().toString())
            + "checks:\n  - { id: api-health, component: api, http: \""
            + api.url("/healthz")
            + "\" }\n");
    Path offlineState = dir.resolve("offline");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> env = new HashMap<>();
    int code =
        Main.run(
            new String[] {
              "check",
              "--config",
              config.toString(),
              "--state",
              offlineState.toString(),
              "--offline"
            },
            new PrintWriter(out),
            new PrintWriter(err),
            env);
    assertEquals(0, code, err.toString());
    assertTrue(site.lastHeaders.isEmpty(), "offline, the site was not asked: " + out);
    assertEquals(1, History.read(StateFolder.at(offlineState, log::add)).of("api-health").size());

    try (FakeGitHub github = new FakeGitHub()) {
      github.serve(List.of()).acceptIssueWrites(100);
      env.put("GITHUB_TOKEN", FakeGitHub.TOKEN);
      env.put("GITHUB_GRAPHQL_URL", github.uri().toString());
      env.put("GITHUB_API_URL", github.restUri());
      env.put("GITHUB_REPOSITORY", Issue.REPO);
      Path onlineState = dir.resolve("online");
      code =
          Main.run(
              new String[] {
                "check", "--config", config.toString(), "--state", onlineState.toString()
              },
              new PrintWriter(out),
              new PrintWriter(err),
              env);
      assertEquals(0, code, err.toString());
      assertTrue(
          out.toString().contains("seeded the history with 3 samples from "), out.toString());
      assertEquals(3, History.read(StateFolder.at(onlineState, log::add)).of("api-health").size());
    }
  }
}
