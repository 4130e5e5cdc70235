package dev.outpost.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.outpost.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outpost notify} run after run, as the status workflow runs it, with the sources edited in
 * between: exactly which messages arrive where, and how many.
 */
class NotifyScenarioTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String TOKEN = "T0SECRET/B0SECRET/xoxSECRETtoken";
  static final String SIGNING_KEY = "whsec-signing-key-3141";

  @TempDir Path dir;
  Receiver slack;
  Receiver discord;
  Receiver teams;
  Receiver webhook;
  Map<String, String> env = new HashMap<>();
  String out;
  String err;

  @BeforeEach
  void receivers() throws IOException {
    slack = new Receiver(200);
    discord = new Receiver(204);
    teams = new Receiver(202);
    webhook = new Receiver(200);
    env.put("SLACK_WEBHOOK_URL", slack.url("/services/" + TOKEN));
    env.put("DISCORD_WEBHOOK_URL", discord.url("/api/webhooks/1/" + TOKEN));
    env.put("TEAMS_WEBHOOK_URL", teams.url("/workflows/" + TOKEN));
    env.put("STATUS_WEBHOOK_URL", webhook.url("/status"));
    env.put("STATUS_WEBHOOK_SECRET", SIGNING_KEY);
    Files.writeString(
        dir.resolve("outpost.yml"),
        """
        site: { title: Acme Status, url: "https://status.acme.example/" }
        components:
          - { id: api, name: API }
          - { id: web, name: Website }
        notifications:
          - type: slack
            url: env:SLACK_WEBHOOK_URL
          - type: discord
            url: env:DISCORD_WEBHOOK_URL
            components: [web]
          - type: teams
            url: env:TEAMS_WEBHOOK_URL
          - type: webhook
            url: env:STATUS_WEBHOOK_URL
            secret: env:STATUS_WEBHOOK_SECRET
        """);
    Files.createDirectories(dir.resolve("incidents"));
    // Settled history: a week old, never news.
    write(
        "old.md",
        """
        ---
        title: Old outage
        components: { api: major_outage }
        started: 2026-11-24T10:00:00Z
        resolved: 2026-11-24T11:00:00Z
        ---
        """);
  }

  @AfterEach
  void close() {
    Stream.of(slack, discord, teams, webhook).forEach(Receiver::close);
  }

  void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve("incidents").resolve(name), text);
  }

  int notify(String now, String... more) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "notify",
                "--config",
                dir.resolve("outpost.yml").toString(),
                "--incidents",
                dir.resolve("incidents").toString(),
                "--state",
                dir.resolve("state").toString(),
                "--offline",
                "--now",
                now));
    args.addAll(List.of(more));
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e), env);
    out = o.toString();
    err = e.toString();
    return code;
  }

  static List<String> slackHeaders(List<Receiver.Request> requests) {
    return requests.stream().map(r -> json(r).at("/blocks/0/text/text").asText()).toList();
  }

  static JsonNode json(Receiver.Request request) {
    try {
      return JSON.readTree(request.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void eachChangeGoesOutOnceFoldedPerIncidentAndOnlyWhereItsComponentsAreWanted()
      throws IOException {
    write(
        "api-errors.md",
        """
        ---
        title: API errors
        components: { api: partial_outage }
        started: 2026-12-01T09:50:00Z
        ---
        """);
    // Run 1, no record: the new incident, not last week's.
    assertEquals(0, notify("2026-12-01T10:00:00Z"), err);
    assertEquals(List.of("New incident: API errors"), slackHeaders(slack.take()));
    assertEquals(0, discord.take().size(), "discord wants the website only");
    assertEquals(1, teams.take().size());
    assertEquals(1, webhook.take().size());
    assertTrue(out.contains("Notifications: 3 sent, 0 failed."), out);

    // The same page again: nothing.
    assertEquals(0, notify("2026-12-01T10:01:00Z"), err);
    assertEquals(0, slack.take().size() + teams.take().size() + webhook.take().size());
    assertTrue(out.contains("nothing new to tell"), out);

    // Two updates and a new maintenance window; Teams fails once.
    write(
        "api-errors.md",
        """
        ---
        title: API errors
        components: { api: partial_outage }
        started: 2026-12-01T09:50:00Z
        updates:
          - at: 2026-12-01T10:05:00Z
            state: identified
            body: A faulty deploy is being rolled back.
          - at: 2026-12-01T10:10:00Z
            state: monitoring
            components: { api: degraded_performance }
            body: Error rates are falling.
        ---
        """);
    write(
        "upgrade.md",
        """
        ---
        title: Database upgrade
        components: [web]
        maintenance: { start: 2026-12-01T11:30:00Z, end: 2026-12-01T12:00:00Z }
        ---
        The website is read-only for a minute.
        """);
    teams.then(new Receiver.Answer(500, null, 0, "upstream failed for " + TOKEN));
    assertEquals(6, notify("2026-12-01T10:15:00Z"), err);
    List<Receiver.Request> run2 = slack.take();
    assertEquals(
        List.of("Update: API errors", "Maintenance scheduled: Database upgrade"),
        slackHeaders(run2));
    JsonNode folded = json(run2.get(0));
    String text = folded.path("blocks").toString();
    assertTrue(text.contains("A faulty deploy is being rolled back."), text);
    assertTrue(text.contains("Error rates are falling."), text);
    assertTrue(text.contains("API: Degraded Performance"), text);
    assertEquals(
        List.of("Maintenance scheduled: Database upgrade"),
        discord.take().stream().map(r -> json(r).at("/embeds/0/title").asText()).toList());
    assertEquals(0, teams.take().size());
    assertEquals(2, webhook.take().size());
    assertTrue(err.contains("not sent to teams (TEAMS_WEBHOOK_URL): Update: API errors"), err);
    assertTrue(err.contains("answered HTTP 500"), err);
    assertTrue(out.contains("Notifications: 5 sent, 2 failed."), out);

    // Resolved, and the reminder is due; Teams gets what it missed, folded.
    write(
        "api-errors.md",
        Files.readString(dir.resolve("incidents/api-errors.md"))
            .replace(
                "started: 2026-12-01T09:50:00Z",
                "started: 2026-12-01T09:50:00Z\nresolved: 2026-12-01T10:40:00Z"));
    assertEquals(0, notify("2026-12-01T10:45:00Z"), err);
    assertEquals(
        List.of("Maintenance starts soon: Database upgrade", "Resolved: API errors"),
        slackHeaders(slack.take()));
    List<Receiver.Request> teams3 = teams.take();
    assertEquals(2, teams3.size());
    String card = json(teams3.get(0)).toString();
    assertTrue(card.contains("A faulty deploy is being rolled back"), card);
    assertTrue(card.contains("Resolved"), card);

    // Started, then completed.
    assertEquals(0, notify("2026-12-01T11:35:00Z"), err);
    assertEquals(List.of("Maintenance in progress: Database upgrade"), slackHeaders(slack.take()));
    assertEquals(0, notify("2026-12-01T12:05:00Z"), err);
    assertEquals(List.of("Maintenance completed: Database upgrade"), slackHeaders(slack.take()));
    List<Receiver.Request> discordAll = discord.take();
    assertEquals(3, discordAll.size(), "reminder, start and end of the website's window");
    assertEquals(DiscordMessage.GREEN, json(discordAll.get(2)).at("/embeds/0/color").asInt());
    assertEquals(DiscordMessage.BLUE, json(discordAll.get(1)).at("/embeds/0/color").asInt());

    assertEquals(2, teams.take().size());
    assertEquals(2, webhook.take().size() - 2, "two for run 3, two for runs 4 and 5");

    // And once more: nothing.
    assertEquals(0, notify("2026-12-01T12:10:00Z"), err);
    assertEquals(
        0,
        slack.take().size() + discord.take().size() + teams.take().size() + webhook.take().size());
  }

  @Test
  void aLostRecordSendsNothingOlderThanTheHorizon() throws IOException {
    write(
        "api-errors.md",
        """
        ---
        title: API errors
        components: { api: partial_outage }
        started: 2026-12-01T09:50:00Z
        resolved: 2026-12-01T10:40:00Z
        ---
        """);
    write(
        "upgrade.md",
        """
        ---
        title: Database upgrade
        components: [web]
        maintenance: { start: 2026-12-02T11:30:00Z, end: 2026-12-02T12:00:00Z }
        ---
        """);
    // Three hours after the incident ended, with no record: no history, no announcement.
    assertEquals(0, notify("2026-12-01T13:41:00Z"), err);
    assertEquals(0, slack.take().size() + teams.take().size() + webhook.take().size());
    assertTrue(Files.exists(dir.resolve("state/notify.json")));
    // The record is lost (an evicted cache); the reminder is due the next day: only it goes out.
    deleteState();
    assertEquals(0, notify("2026-12-02T10:31:00Z"), err);
    assertEquals(List.of("Maintenance starts soon: Database upgrade"), slackHeaders(slack.take()));
  }

  void deleteState() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("state"))) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
  }

  @Test
  void theWebhookIsStatuspagesIncidentPayloadSignedWithHmacSha256() throws IOException {
    write(
        "api-errors.md",
        """
        ---
        title: API errors
        components: { api: major_outage }
        started: 2026-12-01T09:50:00Z
        ---
        We are looking into it.
        """);
    assertEquals(0, notify("2026-12-01T10:00:00Z"), err);
    Receiver.Request request = webhook.take().get(0);
    assertEquals(
        WebhookSender.sign(SIGNING_KEY, request.body()), request.header(WebhookSender.SIGNATURE));
    assertTrue(request.header(WebhookSender.SIGNATURE).matches("sha256=[0-9a-f]{64}"));
    JsonNode body = json(request);
    assertEquals("critical", body.at("/page/status_indicator").asText());
    assertTrue(body.at("/meta").has("documentation"), body.toString());
    assertEquals("API errors", body.at("/incident/name").asText());
    assertEquals("investigating", body.at("/incident/status").asText());
    assertEquals(
        "https://status.acme.example/incidents/api-errors/",
        body.at("/incident/shortlink").asText());
    assertEquals(1, body.at("/incident/incident_updates").size());
  }

  @Test
  void aSecretAppearsInNoOutputNorTheRecord() throws IOException {
    write(
        "api-errors.md",
        """
        ---
        title: API errors
        components: { api: major_outage }
        started: 2026-12-01T09:50:00Z
        ---
        """);
    Path summary = dir.resolve("summary.md");
    Path outputs = dir.resolve("outputs.txt");
    env.put("GITHUB_STEP_SUMMARY", summary.toString());
    env.put("GITHUB_OUTPUT", outputs.toString());
    // The receiver's error page repeats the address it was called at, token and all.
    slack.then(new Receiver.Answer(500, null, 0, "no such hook: /services/" + TOKEN));
    assertEquals(6, notify("2026-12-01T10:00:00Z"), err);
    String everything =
        out
            + err
            + Files.readString(summary)
            + Files.readString(outputs)
            + Files.readString(dir.resolve("state/notify.json"));
    assertTrue(everything.contains("no such hook: ***;"), everything);
    for (String secret : List.of(TOKEN, "T0SECRET", SIGNING_KEY, env.get("SLACK_WEBHOOK_URL"))) {
      assertFalse(everything.contains(secret), secret + " in " + everything);
    }
    assertTrue(Files.readString(outputs).contains("sent=2"), Files.readString(outputs));
    assertTrue(Files.readString(outputs).contains("failed=1"), Files.readString(outputs));
    assertTrue(
        Files.readString(summary)
            .contains(
                "| slack \\(SLACK\\_WEBHOOK\\_URL\\) | New incident: API errors | ❌ answered HTTP 500"));
  }

  @Test
  void inActionsEverySecretIsMaskedBeforeAnythingElseIsPrinted() throws IOException {
    env.put("GITHUB_ACTIONS", "true");
    assertEquals(0, notify("2026-12-01T10:00:00Z"), err);
    String first = out.lines().findFirst().orElse("");
    assertTrue(first.startsWith("::add-mask::"), out);
    for (String variable :
        List.of("SLACK_WEBHOOK_URL", "TEAMS_WEBHOOK_URL", "STATUS_WEBHOOK_SECRET")) {
      assertTrue(out.contains("::add-mask::" + env.get(variable) + "\n"), variable + ": " + out);
    }
  }

  @Test
  void aMissingVariableIsAProblemAtTheKeyThatNamesItAndNothingIsSent() throws IOException {
    env.remove("TEAMS_WEBHOOK_URL");
    write(
        "api-errors.md",
        """
        ---
        title: API errors
        components: { api: major_outage }
        started: 2026-12-01T09:50:00Z
        ---
        """);
    assertEquals(1, notify("2026-12-01T10:00:00Z"), err);
    assertTrue(
        err.contains("outpost.yml:12:10: the environment variable TEAMS_WEBHOOK_URL is not set"),
        err);
    assertEquals(0, slack.attempts() + webhook.attempts());
  }

  @Test
  void aDryRunSaysWhatWouldGoWhereAndSendsAndRecordsNothing() throws IOException {
    write(
        "api-errors.md",
        """
        ---
        title: API errors
        components: { api: major_outage }
        started: 2026-12-01T09:50:00Z
        ---
        """);
    assertEquals(0, notify("2026-12-01T10:00:00Z", "--dry-run"), err);
    assertTrue(
        out.contains("would send to slack (SLACK_WEBHOOK_URL): New incident: API errors"), out);
    assertEquals(0, slack.attempts() + teams.attempts() + webhook.attempts());
    assertFalse(Files.exists(dir.resolve("state/notify.json")));
  }
}
