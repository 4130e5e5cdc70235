package dev.outpost.source.github;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.cli.Main;
import dev.outpost.publish.IssuePinner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code outpost build --pin} and {@code outpost pin} against the fake GitHub. */
class PinningTest {
  @TempDir Path dir;
  private final FakeGitHub github = new FakeGitHub();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void givenASite() throws IOException {
    Files.writeString(
        dir.resolve("outpost.yml"),
        """
        site: { title: Acme Status, url: "https://acme.github.io/status/" }
        components: [{ id: api, name: API }]
        github: { repository: acme/status }
        """);
    Files.createDirectories(dir.resolve("incidents"));
    github.serve(List.of(Issue.outage(12).labels("outage", "component:api")));
    github.server().stubFor(mutation("PinIssue", "pinIssue"));
    github.server().stubFor(mutation("UnpinIssue", "unpinIssue"));
    github.server().stubFor(mutation("AddComment", "addComment"));
    github.server().stubFor(mutation("LockIssue", "lockLockable"));
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void aBuildPinsTheOutageUnpinsAClosedOneAndLinksThePageOnce() {
    givenPins(pinned(7, "CLOSED", "outage"), pinned(3, "OPEN", "question"));
    givenOpenOutages(open(12, false, false, "Looking into it."));

    int code = run("build", "--pin", "--comment", "--out", dir.resolve("_site").toString());

    assertEquals(0, code, err.toString());
    assertTrue(
        out.toString().endsWith("Pinned #12, unpinned closed #7, linked the page on #12.\n"),
        out.toString());
    assertEquals(List.of("Issues", "Pins", "UnpinIssue", "PinIssue", "AddComment"), operations());
    JsonNode comment = variables("AddComment");
    assertEquals("I_12", comment.path("id").asText());
    assertTrue(
        comment
            .path("body")
            .asText()
            .startsWith(
                IssuePinner.MARKER
                    + "\nThis outage is on the status page:"
                    + " https://acme.github.io/status/incidents/gh-12/\n"),
        comment.toString());
    assertEquals("I_7", variables("UnpinIssue").path("id").asText());
    assertTrue(Files.isRegularFile(dir.resolve("_site/incidents/gh-12/index.html")));
  }

  @Test
  void aTrustedResolveClosesTheIssueAsCompletedAndUnpinsIt() {
    github.server().resetAll();
    github.serve(
        List.of(
            Issue.outage(12)
                .labels("component:api")
                .comment("alice", "OWNER", "2026-11-21T11:00:00Z", "/resolve All clear.")));
    github.server().stubFor(mutation("UnpinIssue", "unpinIssue"));
    github.server().stubFor(mutation("CloseIssue", "closeIssue"));
    givenPins(pinned(12, "OPEN", "outage"));
    givenOpenOutages(open(12, true, false));

    int code = run("build", "--pin", "--out", dir.resolve("_site").toString());

    assertEquals(0, code, err.toString());
    assertEquals(List.of("Issues", "Pins", "CloseIssue", "UnpinIssue"), operations());
    assertEquals("I_12", variables("CloseIssue").path("id").asText());
    assertEquals("I_12", variables("UnpinIssue").path("id").asText());
    assertTrue(
        out.toString().endsWith("Closed resolved #12, unpinned closed #12.\n"), out.toString());
  }

  @Test
  void aStrangersResolveClosesNothing() {
    github.server().resetAll();
    github.serve(
        List.of(
            Issue.outage(12)
                .labels("component:api")
                .comment("mallory", "NONE", "2026-11-21T11:00:00Z", "/resolve All clear.")));
    givenPins(pinned(12, "OPEN", "outage"));
    givenOpenOutages(open(12, true, false));

    int code = run("build", "--pin", "--out", dir.resolve("_site").toString());

    assertEquals(0, code, err.toString());
    assertEquals(List.of("Issues", "Pins"), operations());
  }

  @Test
  void aSecondRunWithNothingChangedSendsNoMutation() {
    givenPins(pinned(12, "OPEN", "outage"));
    givenOpenOutages(open(12, true, false, IssuePinner.MARKER + "\nThis outage is on the page"));

    int code = run("pin", "--comment");

    assertEquals(0, code, err.toString());
    assertEquals("Pins are up to date.\n", out.toString());
    assertEquals(List.of("Issues", "Pins"), operations());
  }

  @Test
  void anIncidentFileNamedLikeAnIssuesIsAProblemAndThatIssueIsLeftAlone() throws IOException {
    // Issue #13 is a stranger's report with the outage label, which is not on the page; a pull
    // request adding incidents/gh-13.md must not get it pinned, commented on and locked.
    Files.writeString(
        dir.resolve("incidents/gh-13.md"),
        """
        ---
        title: Posing as issue 13
        components: { api: major_outage }
        started: 2026-11-21T10:00:00Z
        ---
        """);
    givenPins();
    givenOpenOutages(open(12, true, true, IssuePinner.MARKER), open(13, false, false));

    int code =
        run("build", "--pin", "--comment", "--lock", "--out", dir.resolve("_site").toString());

    assertEquals(1, code, out.toString());
    assertEquals(
        dir.resolve("incidents/gh-13.md")
            + ": the name `gh-13.md` is kept for the incident of GitHub issue #13; name the file"
            + " otherwise (a file that corrects that issue's incident says `issue: 13`)\n"
            + "outpost: 1 problem found\n",
        err.toString());
    assertEquals(List.of("Issues"), operations(), "read, but nothing pinned, said or locked");
  }

  @Test
  void aClosedOutageIsUnpinnedWhateverTheCaseOfItsLabel() {
    givenPins(pinned(7, "CLOSED", "Outage"), pinned(8, "CLOSED", "question"));
    givenOpenOutages(open(12, false, false));

    int code = run("pin");

    assertEquals(0, code, err.toString());
    assertEquals(List.of("Issues", "Pins", "UnpinIssue", "PinIssue"), operations());
    assertEquals("I_7", variables("UnpinIssue").path("id").asText());
  }

  @Test
  void anyoneElseWritingTheMarkerDoesNotStopTheLinkComment() {
    givenPins(pinned(12, "OPEN", "outage"));
    givenOpenOutages(
        comment(
            open(12, true, false),
            IssuePinner.MARKER + "\nNothing to see here, the status page is elsewhere.",
            false));

    int code = run("pin", "--comment");

    assertEquals(0, code, err.toString());
    assertEquals(List.of("Issues", "Pins", "AddComment"), operations());
    assertEquals("Linked the page on #12.\n", out.toString());
  }

  @Test
  void threePinsHeldByOtherIssuesAreLeftWithAWarning() {
    givenPins(pinned(1, "OPEN", "bug"), pinned(2, "CLOSED", "bug"), pinned(3, "OPEN", "docs"));
    givenOpenOutages(open(12, false, false));

    int code = run("pin");

    assertEquals(0, code, err.toString());
    assertEquals(
        "outpost: cannot pin outage #12: GitHub pins at most 3 issues and #1, #2, #3 hold the"
            + " places; unpin one of them\n",
        err.toString());
    assertEquals(List.of("Issues", "Pins"), operations());
  }

  @Test
  void aGraphQlErrorFailsClearly() {
    givenPins();
    givenOpenOutages(open(12, false, false));
    github
        .server()
        .stubFor(
            post(urlEqualTo(FakeGitHub.PATH))
                .atPriority(1)
                .withRequestBody(containing("mutation PinIssue"))
                .willReturn(
                    FakeGitHub.github(200)
                        .withBody(
                            "{\"data\":{\"pinIssue\":null},\"errors\":[{\"type\":\"FORBIDDEN\","
                                + "\"path\":[\"pinIssue\"],\"message\":\"Resource not accessible"
                                + " by integration\"}]}")));

    int code = run("pin");

    assertEquals(4, code);
    assertTrue(
        err.toString().contains("pin outage #12")
            && err.toString().contains("Resource not accessible by integration"),
        err.toString());
  }

  @Test
  void pinningWithoutATokenSaysWhatItNeeds() {
    int code =
        Main.run(
            withSources("pin"),
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of("GITHUB_GRAPHQL_URL", github.uri().toString()));

    assertEquals(2, code);
    assertTrue(
        err.toString()
            .endsWith(
                "outpost: pinning needs GitHub: a token (GITHUB_TOKEN or --token) with issues:"
                    + " write, and no --offline\n"),
        err.toString());
    assertEquals(0, github.requests());
  }

  /**
   * The action's run step, as a runner executes it: inputs as INPUT_* variables, the event of a
   * real webhook payload (an issue labelled "bug", the outage label of this site), step outputs and
   * the job summary in files.
   */
  @Test
  void theActionRunsAsARunnerWould() throws IOException {
    Files.writeString(
        dir.resolve("outpost.yml"),
        Files.readString(dir.resolve("outpost.yml")) + "labels: { outage: bug }\n");
    github.server().resetAll();
    github.serve(
        List.of(
            Issue.bare(1).labelled("bug", "alice", Issue.CREATED).labels("bug", "component:api")));
    github.server().stubFor(mutation("PinIssue", "pinIssue"));
    givenPins();
    givenOpenOutages(open(1, false, false));
    Path runner = Files.createDirectories(dir.resolve("runner"));
    Map<String, String> env = new java.util.HashMap<>();
    env.put("GITHUB_ACTIONS", "true");
    env.put("GITHUB_EVENT_NAME", "issues");
    env.put("GITHUB_EVENT_PATH", "src/test/resources/webhooks/issues.labeled.10.json");
    env.put("GITHUB_OUTPUT", runner.resolve("output").toString());
    env.put("GITHUB_STEP_SUMMARY", runner.resolve("summary").toString());
    env.put("GITHUB_GRAPHQL_URL", github.uri().toString());
    env.put("GITHUB_TOKEN", FakeGitHub.TOKEN);
    env.put("INPUT_CONFIG", dir.resolve("outpost.yml").toString());
    env.put("INPUT_INCIDENTS", dir.resolve("incidents").toString());
    env.put("INPUT_OUT", dir.resolve("_site").toString());
    env.put("INPUT_NOW", "2026-11-21T12:00:00Z");
    env.put("INPUT_PIN", "true");
    env.put("INPUT_COMMENT", "false");
    env.put("INPUT_LOCK", "");

    int code = Main.run(new String[] {"build"}, new PrintWriter(out), new PrintWriter(err), env);

    assertEquals(0, code, err.toString());
    assertEquals(List.of("Issues", "Pins", "PinIssue"), operations());
    assertEquals("I_1", variables("PinIssue").path("id").asText());
    String output = Files.readString(runner.resolve("output"));
    assertTrue(
        output.matches(
            "indicator=critical\ndescription=Major System Outage\nopen-incidents=1\nsite-dir="
                + java.util.regex.Pattern.quote(dir.resolve("_site").toAbsolutePath().toString())
                + "\ndigest=[0-9a-f]{64}\nchanged=true\n"),
        output);
    String summary = Files.readString(runner.resolve("summary"));
    assertTrue(summary.startsWith("## Acme Status: Major System Outage\n"), summary);
    assertTrue(summary.contains("| API |  | 🔴 Major Outage |"), summary);
  }

  private void givenPins(ObjectNode... pinned) {
    pinsData().putObject("pinnedIssues").putArray("nodes").addAll(List.of(pinned));
  }

  private void givenOpenOutages(ObjectNode... issues) {
    pinsData().putObject("issues").putArray("nodes").addAll(List.of(issues));
    ObjectNode data = Issue.JSON.createObjectNode();
    data.set("repository", pinsData());
    github
        .server()
        .stubFor(
            post(urlEqualTo(FakeGitHub.PATH))
                .withRequestBody(containing("query Pins"))
                .willReturn(FakeGitHub.ok(data)));
  }

  private ObjectNode pins;

  private ObjectNode pinsData() {
    if (pins == null) {
      pins = Issue.JSON.createObjectNode();
    }
    return pins;
  }

  private static ObjectNode pinned(int number, String state, String label) {
    ObjectNode node = Issue.JSON.createObjectNode();
    ObjectNode issue = node.putObject("issue");
    issue.put("id", "I_" + number).put("number", number).put("state", state);
    issue.putObject("labels").putArray("nodes").addObject().put("name", label);
    return node;
  }

  /** An open outage issue with comments written with the token Outpost runs with. */
  private static ObjectNode open(int number, boolean pinned, boolean locked, String... comments) {
    ObjectNode issue = Issue.JSON.createObjectNode();
    issue.put("id", "I_" + number).put("number", number).put("createdAt", Issue.CREATED);
    issue.put("isPinned", pinned).put("locked", locked);
    issue.putObject("comments").putArray("nodes");
    for (String body : comments) {
      comment(issue, body, true);
    }
    return issue;
  }

  /** {@code issue} with one more comment, written with Outpost's token or by someone else. */
  private static ObjectNode comment(ObjectNode issue, String body, boolean viewerDidAuthor) {
    ((ArrayNode) issue.path("comments").path("nodes"))
        .addObject()
        .put("body", body)
        .put("viewerDidAuthor", viewerDidAuthor);
    return issue;
  }

  private static com.github.tomakehurst.wiremock.client.MappingBuilder mutation(
      String operation, String field) {
    ObjectNode data = Issue.JSON.createObjectNode();
    data.putObject(field).put("clientMutationId", (String) null);
    return post(urlEqualTo(FakeGitHub.PATH))
        .withRequestBody(containing("mutation " + operation))
        .willReturn(FakeGitHub.ok(data));
  }

  /** The operation names of the requests sent, in order. */
  private List<String> operations() {
    List<String> names = new ArrayList<>();
    for (var request : github.logged()) {
      String query = json(request.getBodyAsString()).path("query").asText();
      names.add(query.replaceAll("(?s).*?\\b(query|mutation) (\\w+).*", "$2"));
    }
    return names;
  }

  private JsonNode variables(String operation) {
    for (var request : github.logged()) {
      JsonNode body = json(request.getBodyAsString());
      if (body.path("query").asText().contains("mutation " + operation)) {
        return body.path("variables");
      }
    }
    throw new AssertionError("no " + operation + " was sent");
  }

  private static JsonNode json(String text) {
    try {
      return Issue.JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private int run(String... args) {
    return Main.run(
        withSources(args),
        new PrintWriter(out),
        new PrintWriter(err),
        Map.of("GITHUB_GRAPHQL_URL", github.uri().toString(), "GITHUB_TOKEN", FakeGitHub.TOKEN));
  }

  private String[] withSources(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--config", dir.resolve("outpost.yml").toString(),
            "--incidents", dir.resolve("incidents").toString(),
            "--now", "2026-11-21T12:00:00Z"));
    return all.toArray(String[]::new);
  }
}
