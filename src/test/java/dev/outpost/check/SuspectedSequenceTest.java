package dev.outpost.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.outpost.config.SiteConfig;
import dev.outpost.source.github.FakeGitHub;
import dev.outpost.source.github.GitHubAccess;
import dev.outpost.source.github.Issue;
import dev.outpost.state.StateFolder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole sequences of {@code outpost check} runs against a local service and the fake GitHub: what
 * each run writes to GitHub's issues, request by request.
 */
class SuspectedSequenceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOT = "github-actions[bot]";
  private static final String LATER = "2030-01-01T00:00:00Z";

  private final Targets targets = new Targets();
  private final FakeGitHub github = new FakeGitHub();
  private final List<String> log = new ArrayList<>();
  @TempDir Path state;
  private Targets.Http api;
  private SiteConfig config;

  @BeforeEach
  void setUp() throws Exception {
    api = targets.http();
    config =
        Configs.with(
            "  - { id: api-health, component: api, http: \""
                + api.url("/healthz")
                + "\", expect: { status: 200 }, timeout: 1s }\n");
  }

  @AfterEach
  void close() throws Exception {
    targets.close();
    github.close();
  }

  private void healthy() {
    api.answer("/healthz", 200, "ok");
  }

  private void failing() {
    api.answer("/healthz", 503, "down");
  }

  /** One run with GitHub holding {@code issues}; returns the writes it made. */
  private List<String> run(Issue... issues) throws Exception {
    github.reset();
    github.serve(List.of(issues)).acceptIssueWrites(100);
    GitHubAccess access =
        GitHubAccess.of(
                Map.of("GITHUB_GRAPHQL_URL", github.uri().toString()),
                FakeGitHub.TOKEN,
                false,
                Issue.REPO)
            .with(Duration.ofSeconds(2), d -> {});
    CheckRun.run(
        config,
        StateFolder.at(state, log::add),
        Prober.of(SSLContext.getDefault(), Map.of(), Clock.systemUTC()),
        CheckRun.Issues.github(
            config, access, Map.of("GITHUB_API_URL", github.restUri()), Issue.REPO),
        true,
        Instant.now(),
        log::add);
    return github.writes();
  }

  /** The issue Outpost opened, as GitHub would serve it back. */
  private static Issue opened(String write) throws Exception {
    JsonNode body = JSON.readTree(write.substring(write.indexOf('{')));
    return Issue.bare(100)
        .by(BOT, "NONE")
        .title(body.path("title").asText())
        .body(body.path("body").asText())
        .labels("suspected", "component:api");
  }

  @Test
  void healthyRunsWriteNothing() throws Exception {
    healthy();
    assertEquals(List.of(), run());
    assertEquals(List.of(), run());
  }

  @Test
  void failingTwiceOpensOneSuspectedIssueAndRecoveryClosesItAsNotPlanned() throws Exception {
    failing();
    assertEquals(List.of(), run(), "one failed run is not enough");
    List<String> second = run();
    assertEquals(1, second.size(), second.toString());
    String write = second.get(0);
    assertTrue(write.startsWith("POST /repos/acme/status/issues {"), write);
    JsonNode request = JSON.readTree(write.substring(write.indexOf('{')));
    assertEquals("API is failing its health checks", request.path("title").asText());
    assertEquals("[\"suspected\",\"component:api\"]", request.path("labels").toString());
    String body = request.path("body").asText();
    History history = History.read(StateFolder.at(state, log::add));
    Instant first = history.of("api-health").get(0).at();
    assertTrue(
        body.startsWith("### Affected components\n\napi\n\n### Start\n\n" + first + "\n\n### What"),
        body);
    assertTrue(body.contains("expected HTTP 200, got HTTP 503"), body);

    Issue issue = opened(write);
    assertEquals(List.of(), run(issue), "never a second issue, nor a comment saying it again");

    healthy();
    List<String> recovered = run(issue);
    assertEquals(2, recovered.size(), recovered.toString());
    assertTrue(recovered.get(0).startsWith("POST /repos/acme/status/issues/100/comments"));
    assertTrue(recovered.get(0).contains("nobody confirmed an outage"), recovered.get(0));
    assertEquals(
        "PATCH /repos/acme/status/issues/100 {\"state\":\"closed\",\"state_reason\":\"not_planned\"}",
        recovered.get(1));
  }

  @Test
  void aConfirmedIssueIsOnlyCommentedOnWhenTheChecksRecover() throws Exception {
    failing();
    run();
    Issue issue = opened(run().get(0)).labelled("outage", "alice", LATER);
    issue.comment("alice", "OWNER", LATER, "We are on it.");
    assertEquals(List.of(), run(issue));
    healthy();
    List<String> recovered = run(issue);
    assertEquals(1, recovered.size(), recovered.toString());
    assertTrue(recovered.get(0).startsWith("POST /repos/acme/status/issues/100/comments"));
    assertTrue(recovered.get(0).contains("Close this issue when the outage is over"));
    String comment =
        JSON.readTree(recovered.get(0).substring(recovered.get(0).indexOf('{')))
            .path("body")
            .asText();
    issue.comment(BOT, "NONE", LATER, comment);
    assertEquals(List.of(), run(issue), "said once");
  }

  @Test
  void withAutoResolveAConfirmedIssueIsClosedAsCompletedWhenTheChecksRecover() throws Exception {
    config =
        Configs.with(
            "auto_resolve: true\n",
            "  - { id: api-health, component: api, http: \""
                + api.url("/healthz")
                + "\", expect: { status: 200 }, timeout: 1s }\n");
    failing();
    run();
    Issue issue = opened(run().get(0)).comment("alice", "MEMBER", LATER, "/confirm");
    assertEquals(List.of(), run(issue), "failing and confirmed: nothing new to say");
    healthy();
    List<String> recovered = run(issue);
    assertEquals(2, recovered.size(), recovered.toString());
    assertTrue(recovered.get(0).startsWith("POST /repos/acme/status/issues/100/comments"));
    assertTrue(recovered.get(0).contains("resolving the incident"), recovered.get(0));
    assertEquals(
        "PATCH /repos/acme/status/issues/100 {\"state\":\"closed\",\"state_reason\":\"completed\"}",
        recovered.get(1));
  }

  @Test
  void aTrustedConfirmCommentConfirmsAndAStrangersIsIgnored() throws Exception {
    failing();
    run();
    Issue issue = opened(run().get(0));
    healthy();
    Issue byStranger = issue.comment("mallory", "NONE", LATER, "/confirm");
    List<String> strangers = run(byStranger);
    assertEquals(2, strangers.size(), "closed as not planned: " + strangers);
    assertTrue(strangers.get(1).contains("not_planned"));
  }

  @Test
  void aMaintainersConfirmKeepsTheIssueOpen() throws Exception {
    failing();
    run();
    Issue issue = opened(run().get(0)).comment("alice", "MEMBER", LATER, "/confirm\nLooking.");
    healthy();
    List<String> recovered = run(issue);
    assertEquals(1, recovered.size(), recovered.toString());
    assertTrue(recovered.get(0).contains("Close this issue when the outage is over"));
  }

  @Test
  void aDismissedIssueIsClosedAndNotOpenedAgainForTheSameFailure() throws Exception {
    failing();
    run();
    Issue issue = opened(run().get(0)).comment("alice", "OWNER", LATER, "/dismiss");
    List<String> dismissed = run(issue);
    assertEquals(2, dismissed.size(), dismissed.toString());
    assertTrue(dismissed.get(1).contains("not_planned"));
    Issue closed = issue.closed(LATER, "NOT_PLANNED", BOT);
    assertEquals(List.of(), run(closed), "still failing, but dismissed");
  }
}
