package dev.outpost.source.github;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One page from the issues of several repositories ({@code github.repositories}), read from the
 * fake GitHub: each repository with its own ids, default component and trust, and pins in the
 * repository the issue lives in.
 */
class ManyRepositoriesTest {
  private static final String CONFIG =
      """
      site: { title: Acme Status, url: "https://acme.github.io/status/" }
      components: [{ id: api, name: API }, { id: web, name: Website }, { id: ops, name: Ops }]
      """;

  @TempDir Path dir;
  private final FakeGitHub github = new FakeGitHub();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void twoRepositoriesMakeOnePageWithDistinctIds() throws IOException {
    givenConfig(
        """
        github:
          repositories: [acme/api, { repository: acme/web, component: web }]
        """);
    github.serve("acme/api", FakeGitHub.TOKEN, List.of(Issue.outage(12).in("acme/api")));
    github.serve(
        "acme/web", FakeGitHub.TOKEN, List.of(Issue.outage(12).in("acme/web").title("Slow pages")));

    int code = build();

    assertEquals(0, code, err.toString());
    assertTrue(Files.isRegularFile(dir.resolve("_site/incidents/api-gh-12/index.html")));
    assertTrue(Files.isRegularFile(dir.resolve("_site/incidents/web-gh-12/index.html")));
    JsonNode incidents = json(dir.resolve("_site/api/v2/incidents.json")).path("incidents");
    assertEquals(2, incidents.size());
    // acme/web names the component its issues affect when they name none; acme/api names none.
    JsonNode web = incident(incidents, "Slow pages");
    assertEquals("Website", web.path("components").path(0).path("name").asText());
    assertTrue(
        html("_site/incidents/web-gh-12/index.html")
            .contains("https://github.com/acme/web/issues/12"),
        "links its own issue");
    assertEquals(2, github.requests(), "one request a repository");
  }

  @Test
  void trustIsJudgedPerRepository() throws IOException {
    givenConfig(
        """
        github:
          repositories:
            - { repository: acme/api, prefix: api }
            - { repository: acme/web, prefix: www }
            - { repository: other/ops, component: ops }
        """);
    // bob is a member where the API lives: his issue and his comment count there.
    github.serve(
        "acme/api",
        FakeGitHub.TOKEN,
        List.of(
            Issue.outage(5)
                .in("acme/api")
                .labels("outage", "component:api")
                .comment("bob", "MEMBER", "2026-11-20T10:30:00Z", "Rolled back.")));
    // In acme/web he is nobody: his report with the outage label he applied is not an incident,
    // and his comment on a maintainer's issue is no update.
    github.serve(
        "acme/web",
        FakeGitHub.TOKEN,
        List.of(
            Issue.bare(7)
                .in("acme/web")
                .by("bob", "NONE")
                .labelled("outage", "bob", Issue.CREATED)
                .labels("outage", "component:web"),
            Issue.outage(8)
                .in("acme/web")
                .labels("outage", "component:web")
                .comment("bob", "NONE", "2026-11-20T10:30:00Z", "/resolve Fixed, trust me.")));
    // In other/ops a stranger's report vouched for by alice, then edited by bob: bob's edit is
    // no trusted login's there, even though he wrote as a member in acme/api.
    github.serve(
        "other/ops",
        FakeGitHub.TOKEN,
        List.of(
            Issue.bare(3)
                .in("other/ops")
                .by("mallory", "NONE")
                .body("Disk full on ops-1.")
                .labelled("outage", "alice", "2026-11-20T10:05:00Z")
                .labels("outage")
                .comment("alice", "OWNER", "2026-11-20T10:10:00Z", "Looking into it.")
                .edited("2026-11-20T10:20:00Z", "bob")));

    int code = build();

    assertEquals(0, code, err.toString());
    JsonNode incidents = json(dir.resolve("_site/api/v2/incidents.json")).path("incidents");
    List<String> ids = new ArrayList<>();
    incidents.forEach(i -> ids.add(i.path("id").asText()));
    assertEquals(List.of("api-gh-5", "ops-gh-3", "www-gh-8"), ids.stream().sorted().toList());
    assertEquals(2, incident(incidents, "Issue 5").path("incident_updates").size(), "bob's update");
    assertEquals(
        "investigating",
        incident(incidents, "Issue 8").path("status").asText(),
        "bob's /resolve in acme/web is a stranger's");
    assertTrue(
        html("_site/incidents/ops-gh-3/index.html").contains(IssueMapper.NEUTRAL_BODY),
        "the body bob edited in other/ops is not shown");
    assertTrue(!html("_site/incidents/ops-gh-3/index.html").contains("Disk full"));
    assertEquals(
        "Ops", incident(incidents, "Issue 3").path("components").path(0).path("name").asText());
  }

  @Test
  void idsStayTheSameWhenAnotherRepositoryIsAdded() throws IOException {
    givenConfig("github:\n  repositories: [acme/api]\n");
    github.serve("acme/api", FakeGitHub.TOKEN, List.of(Issue.outage(12).in("acme/api")));
    assertEquals(0, build(), err.toString());
    String before = html("_site/incidents/api-gh-12/index.html");

    givenConfig("github:\n  repositories: [acme/web, acme/api]\n");
    github.serve("acme/web", FakeGitHub.TOKEN, List.of(Issue.outage(12).in("acme/web")));
    assertEquals(0, build(), err.toString());

    assertEquals(before, html("_site/incidents/api-gh-12/index.html"));
    assertTrue(Files.isRegularFile(dir.resolve("_site/incidents/web-gh-12/index.html")));
  }

  @Test
  void aProblemNamesTheRepositoryAndTheIssue() throws IOException {
    givenConfig("github:\n  repositories: [acme/api, acme/web]\n");
    github.serve("acme/api", FakeGitHub.TOKEN, List.of(Issue.outage(4).in("acme/api")));
    github.serve(
        "acme/web",
        FakeGitHub.TOKEN,
        List.of(Issue.outage(9).in("acme/web").labels("outage", "component:cache")));

    int code = build();

    assertEquals(1, code, out.toString());
    assertTrue(
        err.toString()
            .startsWith(
                "https://github.com/acme/web/issues/9: label `component:cache` names unknown"
                    + " component `cache`"),
        err.toString());
  }

  @Test
  void eachOutageIsPinnedInItsOwnRepository() throws IOException {
    givenConfig("github:\n  repositories: [acme/api, acme/web]\n");
    github.serve(
        "acme/api",
        FakeGitHub.TOKEN,
        List.of(Issue.outage(12).in("acme/api").created("2026-11-20T09:00:00Z")));
    github.serve("acme/web", FakeGitHub.TOKEN, List.of(Issue.outage(3).in("acme/web")));
    // Both repositories have an open issue #12 and #3 with the outage label; only the issue
    // each page's incident came from is pinned, in its own repository.
    givenPins("acme/api", open(12), open(3));
    givenPins("acme/web", open(12), open(3));
    github.server().stubFor(pinMutation());

    int code = build("--pin", "--comment");

    assertEquals(0, code, err.toString());
    assertEquals(
        List.of(
            "acme/api Pins",
            "PinIssue I_acme/api_12",
            "AddComment I_acme/api_12",
            "acme/web Pins",
            "PinIssue I_acme/web_3",
            "AddComment I_acme/web_3"),
        mutations());
    assertTrue(
        out.toString()
            .endsWith(
                "acme/api: Pinned #12, linked the page on #12.\n"
                    + "acme/web: Pinned #3, linked the page on #3.\n"),
        out.toString());
    assertTrue(
        commentBody("I_acme/web_3").contains("https://acme.github.io/status/incidents/web-gh-3/"),
        commentBody("I_acme/web_3"));
  }

  @Test
  void aFileCorrectsTheIssueOfTheRepositoryItNames() throws IOException {
    givenConfig("github:\n  repositories: [acme/api, acme/web]\n");
    github.serve(
        "acme/api",
        FakeGitHub.TOKEN,
        List.of(
            Issue.outage(12)
                .in("acme/api")
                .title("API errors")
                .closed("2026-11-20T11:00:00Z", "COMPLETED", "bob")));
    github.serve(
        "acme/web",
        FakeGitHub.TOKEN,
        List.of(
            Issue.outage(12)
                .in("acme/web")
                .title("Slow pages")
                .closed("2026-11-20T11:00:00Z", "COMPLETED", "bob")));
    Files.writeString(
        dir.resolve("incidents/web-postmortem.md"),
        """
        ---
        issue: Acme/Web#12
        started: 2026-11-20T09:50:00Z
        postmortem: true
        ---
        A cache node ran out of memory.
        """);

    int code = build();

    assertEquals(0, code, err.toString());
    String web = html("_site/incidents/web-gh-12/index.html");
    assertTrue(web.contains("A cache node ran out of memory."), web);
    assertTrue(web.contains("2026-11-20T09:50:00Z"), web);
    String api = html("_site/incidents/api-gh-12/index.html");
    assertFalse(api.contains("A cache node ran out of memory."), api);
    assertFalse(api.contains("2026-11-20T09:50:00Z"), api);
    assertFalse(Files.exists(dir.resolve("_site/incidents/web-postmortem")));
  }

  @Test
  void aBareNumberOrAnUnknownRepositoryIsAProblemAtItsLine() throws IOException {
    givenConfig("github:\n  repositories: [acme/api, acme/web]\n");
    github.serve("acme/api", FakeGitHub.TOKEN, List.of(Issue.outage(12).in("acme/api")));
    github.serve("acme/web", FakeGitHub.TOKEN, List.of(Issue.outage(3).in("acme/web")));
    Files.writeString(dir.resolve("incidents/a.md"), "---\nissue: 12\n---\nText\n");
    Files.writeString(dir.resolve("incidents/b.md"), "---\nissue: acme/ops#12\n---\nText\n");
    Files.writeString(dir.resolve("incidents/c.md"), "---\nissue: acme/web#12\n---\nText\n");

    int code = build();

    assertEquals(1, code, out.toString());
    String incidents = dir.resolve("incidents") + "/";
    assertEquals(
        List.of(
            incidents
                + "a.md:2:8: `issue: 12` names no repository, and the page reads several: say"
                + " which, as acme/api#12 or acme/web#12",
            incidents
                + "b.md:2:8: `issue` names the repository `acme/ops`, which the page does not"
                + " read; it reads acme/api, acme/web (github.repositories)",
            // acme/web has an issue #3 and acme/api an issue #12, but acme/web no #12.
            incidents
                + "c.md: issue acme/web#12 is no incident on GitHub (it has no outage label, was"
                + " closed as not planned, is not trusted, is a maintenance window, or does not"
                + " exist); remove `issue` or the file"),
        err.toString().lines().filter(l -> l.contains(".md:")).toList());
  }

  @Test
  void aBareNumberNamesTheRepositoryWithTheEmptyPrefix() throws IOException {
    givenConfig(
        """
        github:
          repositories: [acme/api, { repository: acme/status, prefix: "" }]
        """);
    github.serve("acme/api", FakeGitHub.TOKEN, List.of(Issue.outage(12).in("acme/api")));
    github.serve(
        "acme/status",
        FakeGitHub.TOKEN,
        List.of(Issue.outage(12).in("acme/status").title("Status issue")));
    Files.writeString(dir.resolve("incidents/fix.md"), "---\nissue: 12\ntitle: Corrected\n---\n");
    Files.writeString(
        dir.resolve("incidents/fix-api.md"),
        "---\nissue: acme/api#12\ntitle: API corrected\n---\n");

    int code = build();

    assertEquals(0, code, err.toString());
    assertTrue(html("_site/incidents/gh-12/index.html").contains("Corrected"));
    assertTrue(html("_site/incidents/api-gh-12/index.html").contains("API corrected"));
  }

  private void givenConfig(String github) throws IOException {
    Files.writeString(dir.resolve("outpost.yml"), CONFIG + github);
    Files.createDirectories(dir.resolve("incidents"));
  }

  private int build(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "build",
                "--config",
                dir.resolve("outpost.yml").toString(),
                "--incidents",
                dir.resolve("incidents").toString(),
                "--out",
                dir.resolve("_site").toString(),
                "--now",
                "2026-11-21T12:00:00Z"));
    args.addAll(List.of(more));
    return Main.run(
        args.toArray(String[]::new),
        new PrintWriter(out),
        new PrintWriter(err),
        Map.of("GITHUB_GRAPHQL_URL", github.uri().toString(), "GITHUB_TOKEN", FakeGitHub.TOKEN));
  }

  private void givenPins(String repository, ObjectNode... open) {
    ObjectNode data = Issue.JSON.createObjectNode();
    ObjectNode repo = data.putObject("repository");
    repo.putObject("pinnedIssues").putArray("nodes");
    for (ObjectNode issue : open) {
      issue.put("id", "I_" + repository + "_" + issue.path("number").asInt());
    }
    repo.putObject("issues").putArray("nodes").addAll(List.of(open));
    int slash = repository.indexOf('/');
    github
        .server()
        .stubFor(
            post(urlEqualTo(FakeGitHub.PATH))
                .withRequestBody(containing("query Pins"))
                .withRequestBody(
                    matchingJsonPath("$.variables.owner", equalTo(repository.substring(0, slash))))
                .withRequestBody(
                    matchingJsonPath("$.variables.name", equalTo(repository.substring(slash + 1))))
                .willReturn(FakeGitHub.ok(data)));
  }

  private static ObjectNode open(int number) {
    ObjectNode issue = Issue.JSON.createObjectNode();
    issue.put("number", number).put("createdAt", Issue.CREATED);
    issue.put("isPinned", false).put("locked", false);
    issue.putObject("comments").putArray("nodes");
    return issue;
  }

  private static com.github.tomakehurst.wiremock.client.MappingBuilder pinMutation() {
    ObjectNode data = Issue.JSON.createObjectNode();
    data.putObject("pinIssue").put("clientMutationId", (String) null);
    data.putObject("addComment").put("clientMutationId", (String) null);
    return post(urlEqualTo(FakeGitHub.PATH))
        .withRequestBody(containing("mutation "))
        .willReturn(FakeGitHub.ok(data));
  }

  /** The pin queries (with their repository) and mutations (with their issue), in order. */
  private List<String> mutations() {
    List<String> sent = new ArrayList<>();
    for (var request : github.logged()) {
      JsonNode body = json(request.getBodyAsString());
      String query = body.path("query").asText();
      JsonNode variables = body.path("variables");
      if (query.contains("query Pins")) {
        sent.add(
            variables.path("owner").asText() + "/" + variables.path("name").asText() + " Pins");
      } else if (query.contains("mutation ")) {
        sent.add(
            query.replaceAll("(?s).*?\\bmutation (\\w+).*", "$1")
                + " "
                + variables.path("id").asText());
      }
    }
    return sent;
  }

  private String commentBody(String id) {
    for (var request : github.logged()) {
      JsonNode body = json(request.getBodyAsString());
      if (body.path("query").asText().contains("mutation AddComment")
          && body.path("variables").path("id").asText().equals(id)) {
        return body.path("variables").path("body").asText();
      }
    }
    throw new AssertionError("no comment on " + id);
  }

  private static JsonNode incident(JsonNode incidents, String name) {
    for (JsonNode incident : incidents) {
      if (incident.path("name").asText().equals(name)) {
        return incident;
      }
    }
    throw new AssertionError("no incident " + name + " in " + incidents);
  }

  private String html(String path) throws IOException {
    return Files.readString(dir.resolve(path));
  }

  private static JsonNode json(Path file) throws IOException {
    return Issue.JSON.readTree(file.toFile());
  }

  private static JsonNode json(String text) {
    try {
      return Issue.JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
