package dev.outpost.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.Pipeline;
import dev.outpost.config.ConfigReader;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.StatusPage;
import dev.outpost.state.StateFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A receiver that hangs or asks to wait cannot hold a run past its deadline. */
class NotifyDeadlineTest {
  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  @TempDir Path dir;
  Receiver slack;
  Receiver teams;

  @BeforeEach
  void receivers() throws Exception {
    slack = new Receiver(200);
    teams = new Receiver(202);
    Files.writeString(
        dir.resolve("outpost.yml"),
        """
        site: { title: Acme Status, url: "https://status.acme.example/" }
        components:
          - { id: api, name: API }
        notifications:
          - { type: slack, url: env:SLACK_WEBHOOK_URL }
          - { type: teams, url: env:TEAMS_WEBHOOK_URL }
        """);
    Files.createDirectories(dir.resolve("incidents"));
    Files.writeString(
        dir.resolve("incidents/down.md"),
        """
        ---
        title: API down
        components: { api: major_outage }
        started: 2026-12-01T09:50:00Z
        ---
        """);
  }

  @AfterEach
  void close() {
    slack.close();
    teams.close();
  }

  Notifier.Outcome run(Duration deadline) throws Exception {
    Problems problems = new Problems();
    SiteConfig config = ConfigReader.read(dir.resolve("outpost.yml"), problems).orElseThrow();
    Secrets secrets =
        Secrets.read(
            config.notifications(),
            Map.of(
                "SLACK_WEBHOOK_URL", slack.url("/hook"), "TEAMS_WEBHOOK_URL", teams.url("/hook")),
            problems);
    StatusPage page =
        Pipeline.read(
            new Pipeline.Request(dir.resolve("outpost.yml"), dir.resolve("incidents"), null, NOW));
    return Notifier.of(
            config.notifications(), secrets, StateFolder.at(dir.resolve("state"), w -> {}))
        .withDeadline(deadline)
        .run(page, NOW, false);
  }

  @Test
  void aHangingReceiverFailsAtTheDeadlineAndTheOthersStillGetTheirs() throws Exception {
    slack.then(new Receiver.Answer(200, null, 20_000, "late"));
    long started = System.nanoTime();
    Notifier.Outcome outcome = run(Duration.ofSeconds(1));
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertTrue(took.compareTo(Duration.ofSeconds(4)) < 0, "took " + took);
    assertEquals(1, outcome.failed());
    assertTrue(outcome.deliveries().get(0).error().contains("no complete answer within 1.0 s"));
    assertEquals(1, teams.take().size());
    // Not recorded: sent on the next run, once.
    assertEquals(1, run(Duration.ofSeconds(1)).sent());
    assertEquals(1, slack.take().size());
    assertEquals(0, run(Duration.ofSeconds(1)).deliveries().size());
  }

  @Test
  void a429IsRetriedOnceAfterItsRetryAfter() throws Exception {
    slack.then(new Receiver.Answer(429, "1", 0, "slow down"));
    Notifier.Outcome outcome = run(Duration.ofSeconds(5));
    assertEquals(0, outcome.failed(), outcome.toString());
    assertEquals(2, slack.attempts());
    assertEquals(1, slack.take().size());
  }

  @Test
  void a429WhoseWaitDoesNotFitTheDeadlineFailsAtOnce() throws Exception {
    slack.then(new Receiver.Answer(429, "120", 0, "slow down"));
    Notifier.Outcome outcome = run(Duration.ofSeconds(5));
    assertEquals(1, outcome.failed());
    assertTrue(outcome.deliveries().get(0).error().contains("HTTP 429"), outcome.toString());
    assertEquals(1, slack.attempts());
  }
}
