package dev.outpost.source.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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

/** The all-clear from GitHub: {@code /resolve}, and {@code -} for every affected component. */
class AllClearTest {
  private static final String CONFIG =
      """
      site: { title: Acme Status, url: "https://acme.github.io/status/" }
      github: { repository: acme/status }
      components:
        - { id: api, name: API }
        - { id: web, name: Website }
        - { id: db, name: Database }
      """;
  private static final String RESOLVED_AT = "2026-11-21T11:30:00Z";

  @TempDir Path dir;
  private final FakeGitHub github = new FakeGitHub();
  private final Map<String, String> env = new HashMap<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void givenASite() throws IOException {
    Files.createDirectories(dir.resolve("incidents"));
    Files.writeString(dir.resolve("outpost.yml"), CONFIG);
    env.put("GITHUB_GRAPHQL_URL", github.uri().toString());
    env.put("GITHUB_TOKEN", FakeGitHub.TOKEN);
  }

  @AfterEach
  void stop() {
    github.close();
  }

  /** An outage of the API and the website, opened by a maintainer. */
  private static Issue outage() {
    return Issue.outage(12)
        .by("alice", "OWNER")
        .title("Errors on the API")
        .labels("component:api", "component:web", "partial-outage");
  }

  private void build(Issue issue) throws IOException {
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
  }

  private String file(String path) throws IOException {
    return Files.readString(dir.resolve("_site").resolve(path));
  }

  private JsonNode incident() throws IOException {
    JsonNode incidents = Issue.JSON.readTree(file("api/v2/incidents.json")).path("incidents");
    assertEquals(1, incidents.size(), incidents.toString());
    return incidents.get(0);
  }

  private JsonNode component(String id) throws IOException {
    for (JsonNode c : Issue.JSON.readTree(file("api/v2/components.json")).path("components")) {
      if (c.path("name").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no component " + id);
  }

  @Test
  void aTrustedResolveResolvesAtTheCommentWithItsTextWhileTheIssueIsStillOpen() throws IOException {
    build(outage().comment("bob", "MEMBER", RESOLVED_AT, "/resolve The deploy is rolled back."));

    JsonNode incident = incident();
    assertEquals("resolved", incident.path("status").asText());
    assertEquals(RESOLVED_AT, incident.path("resolved_at").asText().replace(".000", ""));
    JsonNode last = incident.path("incident_updates").get(0);
    assertEquals("resolved", last.path("status").asText());
    assertEquals("The deploy is rolled back.", last.path("body").asText());
    assertTrue(file("index.html").contains("All Systems Operational"));
    String page = file("incidents/gh-12/index.html");
    assertTrue(page.contains("The deploy is rolled back."), page);
    assertFalse(page.contains("/resolve"), page);
  }

  @Test
  void theTextMayFollowOnTheNextLinesAndTheBotsLaterCloseKeepsTheCommentsTime() throws IOException {
    build(
        outage()
            .comment("bob", "MEMBER", RESOLVED_AT, "/resolve\nAll clear: errors are gone.")
            .closed("2026-11-21T11:32:00Z", "COMPLETED", "github-actions[bot]"));

    JsonNode incident = incident();
    assertEquals(RESOLVED_AT, incident.path("resolved_at").asText().replace(".000", ""));
    assertEquals(
        "All clear: errors are gone.",
        incident.path("incident_updates").get(0).path("body").asText());
  }

  @Test
  void aStrangersResolveDoesNothing() throws IOException {
    build(outage().comment("mallory", "NONE", RESOLVED_AT, "/resolve All fine, trust me."));

    JsonNode incident = incident();
    assertEquals("investigating", incident.path("status").asText());
    assertTrue(incident.path("resolved_at").isNull(), incident.toString());
    assertFalse(file("incidents/gh-12/index.html").contains("trust me"));
    assertEquals("partial_outage", component("API").path("status").asText());
  }

  @Test
  void reopeningAfterTheResolveMakesItOngoingAgain() throws IOException {
    build(
        outage()
            .comment("bob", "MEMBER", RESOLVED_AT, "/resolve Fixed.")
            .closed("2026-11-21T11:31:00Z", "COMPLETED", "github-actions[bot]")
            .reopened("2026-11-21T11:40:00Z", "bob"));

    assertEquals("investigating", incident().path("status").asText());
    assertEquals("partial_outage", component("API").path("status").asText());
  }

  @Test
  void aDashSetsEveryComponentTheIncidentAffectsAndNoOther() throws IOException {
    build(
        outage()
            .comment(
                "bob",
                "MEMBER",
                "2026-11-21T11:00:00Z",
                "/component -=degraded_performance\nErrors are rarer."));

    assertEquals("degraded_performance", component("API").path("status").asText());
    assertEquals("degraded_performance", component("Website").path("status").asText());
    assertEquals("operational", component("Database").path("status").asText());
  }

  @Test
  void aDashCountsTheComponentsNamedInEarlierComments() throws IOException {
    build(
        outage()
            .comment("bob", "MEMBER", "2026-11-21T10:50:00Z", "/component db=major_outage")
            .comment("bob", "MEMBER", "2026-11-21T11:00:00Z", "/component -=degraded_performance")
            .comment("bob", "MEMBER", "2026-11-21T11:10:00Z", "/component api=operational"));

    assertEquals("operational", component("API").path("status").asText());
    assertEquals("degraded_performance", component("Website").path("status").asText());
    assertEquals("degraded_performance", component("Database").path("status").asText());
  }

  @Test
  void aDashInTheFormsAffectedComponentsIsEveryComponent() throws IOException {
    build(
        Issue.outage(12)
            .by("alice", "OWNER")
            .body("### Affected components\n\n-\n\n### Impact\n\nPartial outage\n"));

    for (String name : List.of("API", "Website", "Database")) {
      assertEquals("partial_outage", component(name).path("status").asText(), name);
    }
  }

  @Test
  void aStrangersDashCommentChangesNothing() throws IOException {
    build(outage().comment("mallory", "NONE", "2026-11-21T11:00:00Z", "/component -=operational"));

    assertEquals("partial_outage", component("API").path("status").asText());
    assertEquals("partial_outage", component("Website").path("status").asText());
  }
}
