package dev.outpost.source.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.cli.Main;
import java.io.IOException;
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

/** Suspected issues on the page: a calm notice until a trusted person confirms. */
class SuspectedPageTest {
  private static final String CONFIG =
      """
      site: { title: Acme Status, url: "https://acme.github.io/status/" }
      github: { repository: acme/status }
      components:
        - { id: api, name: API }
        - { id: web, name: Website }
      """;
  private static final String FIRST_FAILURE = "2026-11-21T10:55:00Z";
  private static final String BODY =
      "### Affected components\n\napi\n\n### Start\n\n"
          + FIRST_FAILURE
          + "\n\n### What the health checks found\n\nHealth checks of API fail since "
          + FIRST_FAILURE
          + ".\n\n"
          + "<!-- outpost:check failing "
          + FIRST_FAILURE
          + " -->\nTo confirm an outage, add the `outage` label or comment `/confirm`.";
  private static final String NOTICE =
      "We might be having issues with API; we are looking into it.";

  @TempDir Path dir;
  private final FakeGitHub github = new FakeGitHub();
  private final Map<String, String> env = new HashMap<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void givenASite() throws IOException {
    Files.createDirectories(dir.resolve("incidents"));
    env.put("GITHUB_GRAPHQL_URL", github.uri().toString());
    env.put("GITHUB_TOKEN", FakeGitHub.TOKEN);
  }

  @AfterEach
  void stop() {
    github.close();
  }

  private static Issue suspected() {
    return Issue.bare(7)
        .by("github-actions[bot]", "NONE")
        .created("2026-11-21T11:05:00Z")
        .title("API is failing its health checks")
        .body(BODY)
        .labelled("suspected", "github-actions[bot]", "2026-11-21T11:05:00Z")
        .labelled("component:api", "github-actions[bot]", "2026-11-21T11:05:00Z");
  }

  private String build(String extraConfig, Issue issue) throws IOException {
    Files.writeString(dir.resolve("outpost.yml"), CONFIG + extraConfig);
    github.serve(List.of(issue));
    int code =
        Main.run(
            new String[] {
              "build",
              "--config",
              dir.resolve("outpost.yml").toString(),
              "--incidents",
              dir.resolve("incidents").toString(),
              "--out",
              dir.resolve("_site").toString(),
              "--now",
              "2026-11-21T12:00:00Z"
            },
            new PrintWriter(out),
            new PrintWriter(err),
            env);
    assertEquals(0, code, err.toString());
    return Files.readString(dir.resolve("_site/index.html"));
  }

  private String file(String path) throws IOException {
    return Files.readString(dir.resolve("_site").resolve(path));
  }

  @Test
  void anOpenSuspectedIssueIsANoticeThatChangesNothingElse() throws IOException {
    String index = build("", suspected());
    assertTrue(index.contains(NOTICE), index);
    assertTrue(index.contains("All Systems Operational"), index);
    assertFalse(Files.exists(dir.resolve("_site/incidents/gh-7")));
    assertFalse(file("feed.atom").contains("health checks"));
    assertFalse(file("api/v2/incidents.json").contains("health checks"));
  }

  @Test
  void theNoticeCanBeHidden() throws IOException {
    String index = build("suspected: hide\n", suspected());
    assertFalse(index.contains("might be having issues"), index);
  }

  @Test
  void aStrangersConfirmIsIgnored() throws IOException {
    String index =
        build("", suspected().comment("mallory", "NONE", "2026-11-21T11:10:00Z", "/confirm"));
    assertTrue(index.contains(NOTICE), index);
    assertFalse(Files.exists(dir.resolve("_site/incidents/gh-7")));
  }

  @Test
  void aTrustedConfirmAStrangerEditedCountsAsTheRevisionTheOwnerSaved() throws IOException {
    String confirmed =
        build(
            "",
            suspected()
                .editedComment(
                    "alice",
                    "OWNER",
                    "2026-11-21T11:10:00Z",
                    "Nothing to see.",
                    "2026-11-21T11:20:00Z",
                    "mallory")
                .commentRevision("2026-11-21T11:10:00Z", "alice", "/confirm")
                .commentRevision("2026-11-21T11:20:00Z", "mallory", "Nothing to see."));
    assertFalse(confirmed.contains("might be having issues"), confirmed);
    assertTrue(Files.exists(dir.resolve("_site/incidents/gh-7")));

    github.reset();
    String notConfirmed =
        build(
            "",
            suspected()
                .editedComment(
                    "alice",
                    "OWNER",
                    "2026-11-21T11:10:00Z",
                    "/confirm",
                    "2026-11-21T11:20:00Z",
                    "mallory")
                .commentRevision("2026-11-21T11:10:00Z", "alice", "Looking.")
                .commentRevision("2026-11-21T11:20:00Z", "mallory", "/confirm"));
    assertTrue(notConfirmed.contains(NOTICE), notConfirmed);
  }

  @Test
  void aTrustedConfirmMakesItAnIncidentFromTheFirstFailedCheck() throws IOException {
    String index =
        build("", suspected().comment("alice", "OWNER", "2026-11-21T11:10:00Z", "/confirm"));
    assertFalse(index.contains("might be having issues"), index);
    assertFalse(index.contains("All Systems Operational"), index);
    String incident = file("incidents/gh-7/index.html");
    assertTrue(incident.contains("datetime=\"" + FIRST_FAILURE + "\""), incident);
    assertFalse(incident.contains("outpost:check"), incident);
    assertFalse(incident.contains("To confirm an outage"), incident);
  }

  @Test
  void theOutageLabelFromATrustedPersonConfirmsToo() throws IOException {
    String index = build("", suspected().labelled("outage", "alice", "2026-11-21T11:10:00Z"));
    assertFalse(index.contains("might be having issues"), index);
    assertTrue(file("incidents/gh-7/index.html").contains("datetime=\"" + FIRST_FAILURE + "\""));
  }

  @Test
  void aDismissedOrClosedSuspicionLeavesNoTrace() throws IOException {
    String dismissed =
        build("", suspected().comment("alice", "OWNER", "2026-11-21T11:10:00Z", "/dismiss"));
    assertFalse(dismissed.contains("might be having issues"), dismissed);
    String closed =
        build("", suspected().closed("2026-11-21T11:30:00Z", "NOT_PLANNED", "github-actions[bot]"));
    assertFalse(closed.contains("might be having issues"), closed);
    assertFalse(Files.exists(dir.resolve("_site/incidents/gh-7")));
  }

  @Test
  void aConfirmedIssueTheCheckClosedAsCompletedIsAResolvedIncident() throws IOException {
    String recovered =
        "Every health check of API passes again since 2026-11-21T11:40:00Z: resolving the"
            + " incident (`auto_resolve: true` in outpost.yml).\n\n"
            + "<!-- outpost:check passing 2026-11-21T11:40:00Z -->";
    String index =
        build(
            "auto_resolve: true\n",
            suspected()
                .comment("alice", "OWNER", "2026-11-21T11:10:00Z", "/confirm")
                .comment("github-actions[bot]", "NONE", "2026-11-21T11:45:00Z", recovered)
                .closed("2026-11-21T11:45:00Z", "COMPLETED", "github-actions[bot]"));
    assertTrue(index.contains("All Systems Operational"), index);
    String incident = file("incidents/gh-7/index.html");
    assertTrue(incident.contains("datetime=\"2026-11-21T11:45:00Z\""), incident);
    assertFalse(incident.contains("passes again"), "Outpost's comment is not an update");
    String api = file("api/v2/incidents.json");
    assertTrue(api.contains("\"resolved_at\": \"2026-11-21T11:45:00Z\""), api);
  }

  /** An issue as {@code outpost alert} opens it, and its comment when a second alert fires. */
  private static Issue alerted() {
    return Issue.bare(8)
        .by("github-actions[bot]", "NONE")
        .created("2026-11-21T11:05:00Z")
        .title("API has a firing alert")
        .body(
            "### Affected components\n\napi\n\n### Start\n\n"
                + FIRST_FAILURE
                + "\n\n### What the alerts said\n\n- `HighErrorRate` firing, from Prometheus"
                + " Alertmanager, since "
                + FIRST_FAILURE
                + ": `API error rate above 5%`\n\n<!-- outpost:alert firing 3f2b8c1d9e0a7b64 -->\n"
                + "The status page shows only a notice. To confirm an outage, add the `outage`"
                + " label.\n")
        .labelled("suspected", "github-actions[bot]", "2026-11-21T11:05:00Z")
        .labelled("component:api", "github-actions[bot]", "2026-11-21T11:05:00Z")
        .comment(
            "github-actions[bot]",
            "NONE",
            "2026-11-21T11:07:00Z",
            "An alert fires:\n\n- `Timeouts` firing, from `blackbox`\n\n"
                + "<!-- outpost:alert firing api-timeouts -->\n");
  }

  @Test
  void anAlertsIssueIsANoticeAndOnceConfirmedAnIncidentWithoutOutpostsNotes() throws IOException {
    String notice = build("", alerted());
    assertTrue(notice.contains(NOTICE), notice);
    assertFalse(Files.exists(dir.resolve("_site/incidents/gh-8")));

    build("", alerted().labelled("outage", "alice", "2026-11-21T11:10:00Z"));
    String incident = file("incidents/gh-8/index.html");
    assertTrue(incident.contains("datetime=\"" + FIRST_FAILURE + "\""), incident);
    assertTrue(incident.contains("API error rate above 5%"), incident);
    assertFalse(incident.contains("outpost:alert"), incident);
    assertFalse(incident.contains("To confirm an outage"), incident);
    assertFalse(incident.contains("An alert fires"), "Outpost's comments are no updates");
  }
}
