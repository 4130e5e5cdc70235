package dev.outpost.source.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
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

/**
 * An incident template, end to end: {@code outpost init --update-forms} writes its form, a person
 * submits it as GitHub would (the prefilled answers kept, or changed), and the build reads the
 * issue through the fake GitHub into the incident the template describes, for trusted authors only.
 */
class TemplateIssueTest {
  private static final String CONFIG =
      """
      site: { title: Acme Status, url: "https://acme.github.io/status/" }
      github: { repository: acme/status }
      components:
        - { id: api, name: API }
        - { id: web, name: Website }
        - { id: db, name: Database }
      templates:
        - id: db-failover
          title: Database failover
          components: { db: major_outage, api: degraded_performance }
          impact: major
          message: The primary database failed; we are moving to the replica.
      """;

  @TempDir Path dir;
  private final FakeGitHub github = new FakeGitHub();
  private final Map<String, String> env = new HashMap<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private String form;

  @BeforeEach
  void givenASiteWithItsTemplateForm() throws IOException {
    Files.createDirectories(dir.resolve("incidents"));
    Files.writeString(dir.resolve("outpost.yml"), CONFIG);
    env.put("GITHUB_GRAPHQL_URL", github.uri().toString());
    env.put("GITHUB_TOKEN", FakeGitHub.TOKEN);
    assertEquals(0, run("init", dir.toString(), "--update-forms"), err.toString());
    form = Files.readString(dir.resolve(".github/ISSUE_TEMPLATE/template-db-failover.yml"));
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void aMaintainersIssueFromTheFormAsItComesIsTheTemplatesIncident() throws IOException {
    build(fromForm("alice", "OWNER", Map.of()));

    JsonNode incident = incident();
    assertEquals("Database failover", incident.path("name").asText());
    assertEquals("major", incident.path("impact").asText());
    assertEquals("major_outage", component("Database").path("status").asText());
    assertEquals("degraded_performance", component("API").path("status").asText());
    assertEquals("operational", component("Website").path("status").asText());
    String page = file("incidents/gh-31/index.html");
    assertTrue(page.contains("we are moving to the replica."), page);
    assertFalse(page.contains("api=degraded_performance"), page);
  }

  @Test
  void whatTheMaintainerChangedInTheFormWins() throws IOException {
    build(
        fromForm(
            "bob",
            "MEMBER",
            Map.of("components", "Website=partial_outage\ndb", "impact", "Minor")));

    assertEquals("minor", incident().path("impact").asText());
    assertEquals("partial_outage", component("Website").path("status").asText());
    assertEquals("major_outage", component("Database").path("status").asText());
    assertEquals("operational", component("API").path("status").asText());
  }

  @Test
  void aStrangersIssueFromTheFormIsNotOnThePage() throws IOException {
    build(fromForm("mallory", "NONE", Map.of()));

    assertEquals(0, incidents().size());
    assertEquals("operational", component("Database").path("status").asText());
  }

  @Test
  void aStrangersIssueVouchedForByAMaintainerCountsAsTheyVouchedForItEscaped() throws IOException {
    build(
        fromForm(
                "mallory",
                "NONE",
                Map.of("summary", "<script>alert(1)</script> the replica is down too"))
            .labelled("outage", "bob", "2026-11-21T10:05:00Z"));

    assertEquals("major", incident().path("impact").asText());
    assertEquals("major_outage", component("Database").path("status").asText());
    String page = file("incidents/gh-31/index.html");
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; the replica is down"), page);
    assertFalse(page.contains("<script>alert"), page);
  }

  @Test
  void whatAStrangerEditsAfterAMaintainerVouchedNeverReachesThePage() throws IOException {
    build(
        fromForm("mallory", "NONE", Map.of())
            .labelled("component:db", "bob", "2026-11-21T10:05:00Z")
            .labelled("outage", "bob", "2026-11-21T10:05:00Z")
            .body(
                "### Affected components\n\n-=major_outage\n\n### Impact\n\nCritical\n\n"
                    + "### What is happening\n\nEverything is gone, call 555-0100.")
            .edited("2026-11-21T10:30:00Z", "mallory"));

    JsonNode incident = incident();
    assertEquals("critical", incident.path("impact").asText());
    assertEquals("major_outage", component("Database").path("status").asText());
    assertEquals("operational", component("API").path("status").asText());
    assertEquals("operational", component("Website").path("status").asText());
    String page = file("incidents/gh-31/index.html");
    assertFalse(page.contains("555-0100"), page);
    assertTrue(page.contains("Reported on GitHub."), page);
  }

  @Test
  void aMaintainersUnknownStatusInTheFormFailsTheBuildNamingTheIssue() throws IOException {
    github.serve(List.of(fromForm("alice", "OWNER", Map.of("components", "db=on_fire"))));

    assertEquals(1, build());
    assertTrue(
        err.toString()
            .contains(
                "https://github.com/acme/status/issues/31: `### Affected components` gives `db`"
                    + " unknown status `on_fire`"),
        err.toString());
  }

  /**
   * The issue GitHub makes when {@code login} submits the template's form: its title and label, and
   * a body with each field's answer, the prefilled one unless {@code answers} changes it.
   */
  private Issue fromForm(String login, String association, Map<String, String> answers)
      throws IOException {
    JsonNode tree = new YAMLMapper().readTree(form);
    StringBuilder body = new StringBuilder();
    for (JsonNode field : tree.path("body")) {
      if (field.path("type").asText().equals("markdown")) {
        continue;
      }
      JsonNode attributes = field.path("attributes");
      String answer = attributes.path("value").asText("").strip();
      if (attributes.has("default")) {
        answer = attributes.path("options").get(attributes.path("default").asInt()).asText();
      }
      answer = answers.getOrDefault(field.path("id").asText(), answer);
      body.append("### ")
          .append(attributes.path("label").asText())
          .append("\n\n")
          .append(answer.isEmpty() ? "_No response_" : answer)
          .append("\n\n");
    }
    Issue issue =
        Issue.bare(31)
            .by(login, association)
            .title(tree.path("title").asText())
            .body(body.toString().strip());
    for (JsonNode label : tree.path("labels")) {
      issue.labelled(label.asText(), login, Issue.CREATED);
    }
    return issue;
  }

  private void build(Issue issue) throws IOException {
    github.serve(List.of(issue));
    assertEquals(0, build(), err.toString());
  }

  private int build() {
    return run(
        "build",
        "--config",
        dir.resolve("outpost.yml").toString(),
        "--incidents",
        dir.resolve("incidents").toString(),
        "--out",
        dir.resolve("_site").toString(),
        "--now",
        "2026-11-21T12:00:00Z");
  }

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
  }

  private String file(String path) throws IOException {
    return Files.readString(dir.resolve("_site").resolve(path));
  }

  private JsonNode incidents() throws IOException {
    return Issue.JSON.readTree(file("api/v2/incidents.json")).path("incidents");
  }

  private JsonNode incident() throws IOException {
    JsonNode incidents = incidents();
    assertEquals(1, incidents.size(), incidents.toString());
    return incidents.get(0);
  }

  private JsonNode component(String name) throws IOException {
    for (JsonNode c : Issue.JSON.readTree(file("api/v2/components.json")).path("components")) {
      if (c.path("name").asText().equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no component " + name);
  }
}
