package dev.outpost.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.cli.Main;
import dev.outpost.source.github.FakeGitHub;
import dev.outpost.source.github.Issue;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole sequences of {@code outpost alert} runs, as the alerts workflow makes them from {@code
 * repository_dispatch} events, against the fake GitHub: what each run writes, request by request.
 */
class AlertSequenceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOT = "github-actions[bot]";
  private static final String LATER = "2030-01-01T00:00:00Z";

  private final FakeGitHub github = new FakeGitHub();
  private final Map<String, String> env = new HashMap<>();
  private StringWriter out;
  private StringWriter err;
  @TempDir Path dir;

  @BeforeEach
  void givenAConfigThatMapsAlertNames() throws IOException {
    Files.writeString(
        dir.resolve("outpost.yml"),
        Configs.HEAD
            + "alerts:\n"
            + "  - { name: HighErrorRate, component: api }\n"
            + "  - { name: Slow pages, component: web }\n"
            + "  - { name: Website, component: web }\n");
    env.put("GITHUB_TOKEN", FakeGitHub.TOKEN);
    env.put("GITHUB_GRAPHQL_URL", github.uri().toString());
    env.put("GITHUB_API_URL", github.restUri());
    env.put("GITHUB_EVENT_NAME", "repository_dispatch");
  }

  @AfterEach
  void close() {
    github.close();
  }

  /**
   * One run of the alerts workflow for {@code clientPayload}, with GitHub holding {@code issues}.
   */
  private List<String> dispatch(JsonNode clientPayload, Issue... issues) throws IOException {
    assertEquals(0, run(event("outpost-alert", clientPayload), issues), err.toString());
    return github.writes();
  }

  private int run(String event, Issue... issues) throws IOException {
    github.reset();
    github.serve(List.of(issues)).acceptIssueWrites(100);
    Path file = dir.resolve("event.json");
    Files.writeString(file, event);
    env.put("GITHUB_EVENT_PATH", file.toString());
    out = new StringWriter();
    err = new StringWriter();
    return Main.run(
        new String[] {"alert", "--config", dir.resolve("outpost.yml").toString()},
        new PrintWriter(out),
        new PrintWriter(err),
        env);
  }

  /** GitHub's repository_dispatch event, with its type and client payload replaced. */
  static String event(String type, JsonNode clientPayload) throws IOException {
    ObjectNode event =
        (ObjectNode) JSON.readTree(resource("/webhooks/repository_dispatch.on-demand-test.0.json"));
    event.put("action", type);
    event.set("client_payload", clientPayload);
    return JSON.writeValueAsString(event);
  }

  /** A monitoring system's webhook body, wrapped as the relay sends it. */
  static JsonNode body(String fixture) throws IOException {
    ObjectNode payload = JSON.createObjectNode();
    payload.set("body", JSON.readTree(resource("/dev/outpost/check/alerts/" + fixture)));
    return payload;
  }

  static String resource(String name) throws IOException {
    try (InputStream in = AlertSequenceTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static JsonNode generic(String component, String status, String summary, String fingerprint) {
    ObjectNode alert = JSON.createObjectNode();
    if (component != null) {
      alert.put("component", component);
    }
    return alert
        .put("status", status)
        .put("summary", summary)
        .put("fingerprint", fingerprint)
        .put("source", "blackbox");
  }

  private static JsonNode request(String write) throws IOException {
    return JSON.readTree(write.substring(write.indexOf('{')));
  }

  /** The issue Outpost opened, as GitHub would serve it back. */
  private static Issue opened(String write, String... labels) throws IOException {
    return opened(100, write, labels);
  }

  /** The issue Outpost opened, as GitHub would serve it back as number {@code number}. */
  private static Issue opened(int number, String write, String... labels) throws IOException {
    JsonNode body = request(write);
    return Issue.bare(number)
        .by(BOT, "NONE")
        .title(body.path("title").asText())
        .body(body.path("body").asText())
        .labels(labels);
  }

  @Test
  void aGenericAlertFiringTwiceOpensOneIssueAndSaysNothingTheSecondTime() throws Exception {
    JsonNode firing = generic("api", "firing", "API answers 502", "api-502");
    List<String> first = dispatch(firing);
    assertEquals(1, first.size(), first.toString());
    assertTrue(first.get(0).startsWith("POST /repos/acme/status/issues {"), first.get(0));
    JsonNode request = request(first.get(0));
    assertEquals("API has a firing alert", request.path("title").asText());
    assertEquals("[\"suspected\",\"component:api\"]", request.path("labels").toString());
    String body = request.path("body").asText();
    assertTrue(body.startsWith("### Affected components\n\napi\n\n### Start\n\n"), body);
    assertTrue(body.contains("- firing, from `blackbox`: `API answers 502`\n"), body);
    assertTrue(body.contains("<!-- outpost:alert firing api-502 -->"), body);
    assertEquals(1, github.requests(), "one read of the issues");

    Issue issue = opened(first.get(0), "suspected", "component:api");
    assertEquals(List.of(), dispatch(firing, issue), "the same alert again: nothing to say");
    assertTrue(out.toString().contains("Nothing new"), out.toString());

    List<String> another = dispatch(generic("api", "firing", "Timeouts", "api-timeouts"), issue);
    assertEquals(1, another.size(), another.toString());
    assertTrue(another.get(0).startsWith("POST /repos/acme/status/issues/100/comments"));
    assertTrue(request(another.get(0)).path("body").asText().startsWith("An alert fires:"));
  }

  @Test
  void resolvedBeforeAnyoneConfirmedClosesTheIssueAsNotPlanned() throws Exception {
    Issue issue =
        opened(
            dispatch(generic("api", "firing", "down", "fp-1")).get(0),
            "suspected",
            "component:api");
    List<String> resolved = dispatch(generic("api", "resolved", "up again", "fp-1"), issue);
    assertEquals(2, resolved.size(), resolved.toString());
    String comment = request(resolved.get(0)).path("body").asText();
    assertTrue(
        comment.startsWith("Every alert about API is resolved, and nobody confirmed"), comment);
    assertTrue(comment.contains("<!-- outpost:alert resolved fp-1 -->"), comment);
    assertEquals(
        "PATCH /repos/acme/status/issues/100 {\"state\":\"closed\",\"state_reason\":\"not_planned\"}",
        resolved.get(1));
  }

  @Test
  void twoIssuesOpenedAtOnceForOneComponentBecomeOne() throws Exception {
    // Two payloads seconds apart: each run sees no issue yet, and each opens one.
    String first = dispatch(generic("api", "firing", "down", "fp-1")).get(0);
    String second = dispatch(generic("api", "firing", "slow", "fp-2")).get(0);
    Issue older = opened(100, first, "suspected", "component:api");
    Issue newer = opened(101, second, "suspected", "component:api");

    List<String> writes = dispatch(generic("api", "firing", "down", "fp-1"), older, newer);
    assertEquals(3, writes.size(), writes.toString());
    assertTrue(writes.get(0).startsWith("POST /repos/acme/status/issues/101/comments"));
    String closing = request(writes.get(0)).path("body").asText();
    assertTrue(closing.startsWith("Outpost opened #100 for API first"), closing);
    assertTrue(closing.contains("<!-- outpost:alert resolved fp-2 -->"), closing);
    assertEquals(
        "PATCH /repos/acme/status/issues/101 {\"state\":\"closed\",\"state_reason\":\"not_planned\"}",
        writes.get(1));
    assertTrue(writes.get(2).startsWith("POST /repos/acme/status/issues/100/comments"));
    String taken = request(writes.get(2)).path("body").asText();
    assertTrue(taken.startsWith("#101 was opened for API at the same time"), taken);
    assertTrue(taken.contains("<!-- outpost:alert firing fp-2 -->"), taken);

    newer.comment(BOT, "NONE", LATER, closing).closed(LATER, "NOT_PLANNED", BOT);
    older.comment(BOT, "NONE", LATER, taken);
    List<String> one = dispatch(generic("api", "resolved", "fast again", "fp-2"), older, newer);
    assertEquals(1, one.size(), "fp-1 still fires: " + one);
    assertTrue(one.get(0).startsWith("POST /repos/acme/status/issues/100/comments"), one.get(0));
    older.comment(BOT, "NONE", LATER, request(one.get(0)).path("body").asText());
    List<String> both = dispatch(generic("api", "resolved", "up", "fp-1"), older, newer);
    assertEquals(2, both.size(), both.toString());
    assertEquals(
        "PATCH /repos/acme/status/issues/100 {\"state\":\"closed\",\"state_reason\":\"not_planned\"}",
        both.get(1));
  }

  @Test
  void aResolvedAlertNobodySawFiringTouchesNothing() throws Exception {
    assertEquals(List.of(), dispatch(generic("api", "resolved", "fine", "fp-1")));
  }

  @Test
  void confirmedByATrustedLabelThenResolvedOnlyComments() throws Exception {
    Issue issue =
        opened(
                dispatch(generic("api", "firing", "down", "fp-1")).get(0),
                "suspected",
                "component:api")
            .labelled("outage", "alice", LATER);
    List<String> resolved = dispatch(generic("api", "resolved", "up", "fp-1"), issue);
    assertEquals(1, resolved.size(), resolved.toString());
    assertTrue(resolved.get(0).startsWith("POST /repos/acme/status/issues/100/comments"));
    String comment = request(resolved.get(0)).path("body").asText();
    assertTrue(comment.contains("Close this issue when the outage is over"), comment);
    issue.comment(BOT, "NONE", LATER, comment);
    assertEquals(List.of(), dispatch(generic("api", "resolved", "up", "fp-1"), issue), "said once");
  }

  @Test
  void anOpenOutageGetsACommentNeverASecondIssue() throws Exception {
    Issue outage = Issue.outage(7).labels("outage", "component:api");
    List<String> writes = dispatch(generic("api", "firing", "down", "fp-1"), outage);
    assertEquals(1, writes.size(), writes.toString());
    assertTrue(
        writes.get(0).startsWith("POST /repos/acme/status/issues/7/comments"), writes.get(0));
    outage.comment(BOT, "NONE", LATER, request(writes.get(0)).path("body").asText());
    assertEquals(List.of(), dispatch(generic("api", "firing", "down", "fp-1"), outage));
  }

  @Test
  void aDismissedAlertIsNotReopenedUntilItWasResolved() throws Exception {
    Issue issue =
        opened(
                dispatch(generic("api", "firing", "down", "fp-1")).get(0),
                "suspected",
                "component:api")
            .comment("alice", "OWNER", LATER, "/dismiss")
            .closed(LATER, "NOT_PLANNED", BOT);
    assertEquals(List.of(), dispatch(generic("api", "firing", "down", "fp-1"), issue));
    List<String> resolved = dispatch(generic("api", "resolved", "up", "fp-1"), issue);
    assertEquals(1, resolved.size(), resolved.toString());
    issue.comment(BOT, "NONE", LATER, request(resolved.get(0)).path("body").asText());
    List<String> again = dispatch(generic("api", "firing", "down", "fp-1"), issue);
    assertEquals(1, again.size(), again.toString());
    assertTrue(again.get(0).startsWith("POST /repos/acme/status/issues {"), again.get(0));
  }

  @Test
  void alertmanagersWebhookBodyOpensAndClosesTheMappedComponentsIssue() throws Exception {
    List<String> firing = dispatch(body("alertmanager-firing.json"));
    assertEquals(1, firing.size(), firing.toString());
    JsonNode request = request(firing.get(0));
    assertEquals("[\"suspected\",\"component:api\"]", request.path("labels").toString());
    String body = request.path("body").asText();
    assertTrue(body.contains("\n\n### Start\n\n2026-11-21T10:02:13.428Z\n\n"), body);
    assertTrue(
        body.contains(
            "- `HighErrorRate` firing, from Prometheus Alertmanager, since"
                + " 2026-11-21T10:02:13.428Z: `API error rate above 5%`"),
        body);
    assertTrue(body.contains("<!-- outpost:alert firing 3f2b8c1d9e0a7b64 -->"), body);
    assertTrue(
        out.toString().contains("firing HighErrorRate (api) from Prometheus Alertmanager"),
        out.toString());

    Issue issue = opened(firing.get(0), "suspected", "component:api");
    assertEquals(List.of(), dispatch(body("alertmanager-firing.json"), issue), "repeat_interval");
    List<String> resolved = dispatch(body("alertmanager-resolved.json"), issue);
    assertEquals(2, resolved.size(), resolved.toString());
    assertTrue(resolved.get(1).contains("not_planned"), resolved.get(1));
  }

  @Test
  void alertmanagersBodyAlsoWorksAsTheWholeClientPayload() throws Exception {
    JsonNode whole = JSON.readTree(resource("/dev/outpost/check/alerts/alertmanager-firing.json"));
    assertEquals(1, dispatch(whole).size());
  }

  @Test
  void grafanasWebhookBodyOpensOneIssuePerComponent() throws Exception {
    List<String> writes = dispatch(body("grafana-firing.json"));
    assertEquals(2, writes.size(), writes.toString());
    JsonNode database = request(writes.get(0));
    assertEquals("[\"suspected\",\"component:database\"]", database.path("labels").toString());
    String body = database.path("body").asText();
    assertTrue(body.contains("### Start\n\n2026-11-21T08:40:00Z\n"), body);
    assertTrue(
        body.contains(
            "- `Database connections exhausted` firing, from Grafana, since 2026-11-21T08:40:00Z:"
                + " `Connection pool at 100% on db-primary`"),
        body);
    JsonNode web = request(writes.get(1));
    assertEquals("[\"suspected\",\"component:web\"]", web.path("labels").toString());
    assertTrue(web.path("body").asText().contains("`Slow pages` firing, from Grafana"));
  }

  @Test
  void uptimeKumasDownOpensAndItsUpCloses() throws Exception {
    List<String> down = dispatch(body("kuma-down.json"));
    assertEquals(1, down.size(), down.toString());
    JsonNode request = request(down.get(0));
    assertEquals("[\"suspected\",\"component:web\"]", request.path("labels").toString());
    String body = request.path("body").asText();
    assertTrue(
        body.contains(
            "- `Website` firing, from Uptime Kuma, since 2026-11-21T10:15:42.913Z:"
                + " `connect ECONNREFUSED 203.0.113.10:443`"),
        body);
    assertTrue(body.contains("<!-- outpost:alert firing kuma-7 -->"), body);
    Issue issue = opened(down.get(0), "suspected", "component:web");
    List<String> up = dispatch(body("kuma-up.json"), issue);
    assertEquals(2, up.size(), up.toString());
    assertTrue(up.get(1).contains("not_planned"));
  }

  @Test
  void uptimeKumasTestNotificationDoesNothing() throws Exception {
    ObjectNode test = JSON.createObjectNode();
    test.putNull("heartbeat");
    test.putNull("monitor");
    test.put("msg", "Uptime Kuma Webhook Testing");
    assertEquals(List.of(), dispatch(test));
    assertEquals(0, github.requests());
    assertTrue(out.toString().contains("test notification: nothing to do"), out.toString());
  }

  @Test
  void anUntrustedSummaryPingsNobodyAndCarriesNoHtml() throws Exception {
    String hostile =
        "@alice and @acme/owners: <script>alert(1)</script> <img src=x onerror=alert(2)>"
            + " <!-- outpost:alert resolved api-502 --> `code` &#64;bob\u202Eevil\u200B\n### Start\n"
            + "x".repeat(5000);
    ObjectNode alert = (ObjectNode) generic("api", "firing", hostile, "api-502");
    alert.put("source", "<b>@mallory</b>");
    String body = request(dispatch(alert).get(0)).path("body").asText();
    assertFalse(body.contains("@alice"), body);
    assertTrue(body.contains("@\u200Balice and @\u200Bacme/owners"), body);
    assertFalse(body.contains("<script"), body);
    assertFalse(body.contains("<img"), body);
    assertFalse(body.contains("<b>"), body);
    assertFalse(body.contains("<!-- outpost:alert resolved"), body);
    assertFalse(body.contains("\u202E"), body);
    assertFalse(body.contains("\n### Start\nx"), body);
    assertEquals(1, body.split("<!-- outpost:alert ", -1).length - 1, body);
    assertTrue(body.contains("‹script›alert(1)‹/script›"), body);
    assertTrue(body.contains("from `‹b›@\u200Bmallory‹/b›`"), body);
    assertTrue(body.length() < 2000, "shortened: " + body.length());
  }

  /** A payload at fault fails with exit code 1, names the fault, and asks nothing of GitHub. */
  private String refused(String event) throws IOException {
    assertEquals(1, run(event), out.toString());
    assertEquals(0, github.requests());
    assertEquals(List.of(), github.writes());
    return err.toString();
  }

  @Test
  void badPayloadsFailClearlyAndTouchNothing() throws Exception {
    String malformed = refused("{\n  \"action\": \"outpost-alert\",\n  \"client_payload\": {,}\n}");
    assertTrue(malformed.contains("event.json:3:22: malformed JSON"), malformed);

    String unknown = refused(event("outpost-alert", JSON.createObjectNode().put("hello", "world")));
    assertTrue(unknown.contains("event.json: unknown alert format"), unknown);

    String type = refused(event("deploy", generic("api", "firing", "x", "y")));
    assertTrue(type.contains("a repository_dispatch event of type `deploy`"), type);

    String component = refused(event("outpost-alert", generic("apii", "firing", "x", "y")));
    assertTrue(
        component.contains(
            "event.json: the alert names the component `apii`, which outpost.yml does not have;"
                + " did you mean `api`?"),
        component);

    String status = refused(event("outpost-alert", generic("api", "burning", "x", "y")));
    assertTrue(status.contains("has status `burning`; use `firing` or `resolved`"), status);

    ObjectNode unmapped = (ObjectNode) body("alertmanager-firing.json");
    ((ObjectNode) unmapped.get("body").get("alerts").get(0).get("labels"))
        .put("alertname", "DiskFull");
    String name = refused(event("outpost-alert", unmapped));
    assertTrue(
        name.contains(
            "alert `DiskFull` (alerts[0]) names no component: give it a `component` field or"
                + " label, or map `DiskFull` to a component under `alerts:` in outpost.yml"),
        name);
  }

  @Test
  void startedByAnotherEventItSaysSo() throws Exception {
    env.put("GITHUB_EVENT_NAME", "push");
    assertEquals(2, run("{}"));
    assertTrue(err.toString().contains("this run was started by push"), err.toString());
    assertEquals(0, github.requests());
  }

  @Test
  void offlineItReadsAPipedPayloadAndSaysWhatItWouldDo() {
    env.clear();
    StringWriter printed = new StringWriter();
    StringWriter errors = new StringWriter();
    int code =
        Main.run(
            new String[] {"alert", "--config", dir.resolve("outpost.yml").toString(), "--offline"},
            new java.io.BufferedReader(
                new java.io.StringReader(
                    "{\"component\": \"web\", \"status\": \"firing\", \"summary\": \"down\"}")),
            new PrintWriter(printed),
            new PrintWriter(errors),
            env);
    assertEquals(0, code, errors.toString());
    assertTrue(
        printed.toString().contains("would open a suspected issue for web: Web has a firing alert"),
        printed.toString());
  }

  @Test
  void withoutATokenItAsksForOneOrOffline() throws Exception {
    env.remove("GITHUB_TOKEN");
    assertEquals(2, run(event("outpost-alert", generic("api", "firing", "x", "y"))));
    assertTrue(err.toString().contains("or --offline to only read the alert"), err.toString());
    assertEquals(0, github.requests());
  }

  @Test
  void nothingInAPayloadCanGiveTheRunnerACommand() throws Exception {
    env.put("GITHUB_ACTIONS", "true");
    ObjectNode payload = (ObjectNode) body("alertmanager-firing.json");
    ((ObjectNode) payload.get("body").get("alerts").get(0).get("labels"))
        .put("alertname", "HighErrorRate\n::error::forged\r\n::add-mask::x")
        .put("component", "api");
    assertEquals(0, run(event("outpost-alert", payload)), err.toString());
    for (String line : out.toString().split("\n")) {
      assertFalse(line.startsWith("::"), out.toString());
    }
    assertTrue(
        out.toString().contains("firing HighErrorRate ::error::forged ::add-mask::x (api)"),
        out.toString());
  }
}
