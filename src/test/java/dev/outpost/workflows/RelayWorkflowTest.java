package dev.outpost.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.outpost.config.GitHubSettings;
import dev.outpost.init.Scaffold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The relay that {@code outpost init --relay} writes into a service repository: its job runs for
 * the issue and comment events that can change the page and no other, judged from GitHub's own
 * payloads; it starts the status workflow by {@code workflow_dispatch}, which that workflow (the
 * scaffolded one and this repository's own) accepts without inputs; and nothing an issue's author
 * wrote reaches its script but through {@code env:}.
 */
class RelayWorkflowTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path WEBHOOKS = Path.of("src/test/resources/webhooks");

  private static String relay(GitHubSettings.Labels labels) {
    return Scaffold.relayWorkflow(labels, "acme/status", true);
  }

  @Test
  void theRelayRunsForIssuesAndCommentsThatConcernThePageAndNoOther() throws IOException {
    String condition =
        Workflow.parse(relay(GitHubSettings.Labels.DEFAULT)).jobs().get("relay").condition();
    Map<String, Boolean> expected = new LinkedHashMap<>();
    expected.put("labeled outage on [outage]", true);
    expected.put("labeled component:api on [OUTAGE, component:api]", true);
    expected.put("labeled maintenance on [maintenance]", true);
    expected.put("labeled notice on [notice]", true);
    expected.put("unlabeled Outage on [bug]", true);
    expected.put("unlabeled notice on []", true);
    expected.put("comment on [outage]", true);
    expected.put("comment on [Maintenance, bug]", true);
    expected.put("labeled bug on [bug]", false);
    expected.put("unlabeled bug on [outage-review]", false);
    expected.put("comment on [bug]", false);
    expected.put("comment on []", false);
    expected.put("comment on [outages]", false);
    // The status repository's own checks open suspected issues there, never here.
    expected.put("labeled suspected on [suspected]", false);
    Map<String, Boolean> seen = new LinkedHashMap<>();
    expected.keySet().forEach(e -> seen.put(e, Expression.jobRuns(condition, context(e), true)));
    assertEquals(expected, seen);
  }

  @Test
  void theLabelsAreTheStatusPagesQuotedForTheExpression() throws IOException {
    GitHubSettings.Labels d = GitHubSettings.Labels.DEFAULT;
    GitHubSettings.Labels custom =
        new GitHubSettings.Labels(
            "it's down",
            "planned work",
            d.componentPrefix(),
            d.majorOutage(),
            d.partialOutage(),
            d.degraded(),
            d.identified(),
            d.monitoring(),
            "read this");
    String text = relay(custom);
    assertTrue(text.contains("contains(github.event.issue.labels.*.name, 'it''s down')"), text);
    String condition = Workflow.parse(text).jobs().get("relay").condition();
    assertTrue(Expression.jobRuns(condition, context("labeled it's down on [it's down]"), true));
    assertTrue(Expression.jobRuns(condition, context("comment on [planned work]"), true));
    assertTrue(Expression.jobRuns(condition, context("unlabeled read this on []"), true));
    assertFalse(Expression.jobRuns(condition, context("labeled outage on [outage]"), true));
  }

  @Test
  void itStartsTheStatusWorkflowOfTheStatusRepositoryWithATokenForThatRepositoryAlone()
      throws IOException {
    for (boolean pinned : List.of(true, false)) {
      JsonNode steps =
          steps(Scaffold.relayWorkflow(GitHubSettings.Labels.DEFAULT, "acme/status", pinned));
      JsonNode app = steps.get(0);
      assertEquals(
          pinned
              ? "actions/create-github-app-token@1b10c78c7865c340bc4f6099eb2f838309f1e8c3"
              : "actions/create-github-app-token@v3",
          app.path("uses").asText());
      assertEquals("vars.OUTPOST_APP_ID != ''", app.path("if").asText());
      assertEquals("acme", app.path("with").path("owner").asText());
      assertEquals("status", app.path("with").path("repositories").asText());
      assertEquals("write", app.path("with").path("permission-actions").asText());
      assertEquals("${{ vars.OUTPOST_APP_ID }}", app.path("with").path("app-id").asText());
      assertEquals(
          "${{ secrets.OUTPOST_APP_PRIVATE_KEY }}", app.path("with").path("private-key").asText());
      JsonNode start = steps.get(1);
      assertEquals(
          "${{ steps.app.outputs.token || secrets.OUTPOST_RELAY_TOKEN }}",
          start.path("env").path("GH_TOKEN").asText());
      assertEquals("acme/status", start.path("env").path("STATUS_REPOSITORY").asText());
      assertTrue(
          start
              .path("run")
              .asText()
              .contains("gh workflow run status.yml --repo \"$STATUS_REPOSITORY\"\n"),
          start.toString());
    }
  }

  @Test
  void noEventTextReachesTheScriptButThroughEnv() throws IOException {
    String text = relay(GitHubSettings.Labels.DEFAULT);
    for (JsonNode step : steps(text)) {
      assertFalse(step.path("run").asText("").contains("${{"), step.toString());
    }
    assertEquals(List.of(), WorkflowAudit.workflow("outpost-relay.yml", text));
    String leaky =
        text.replace(
            "$GITHUB_REPOSITORY#$ISSUE.\"",
            "$GITHUB_REPOSITORY#$ISSUE ${{ github.event.issue.title }}.\"");
    assertEquals(
        List.of(
            "outpost-relay.yml: job relay step 2 (Start the status page's build) puts ${{"
                + " github.event.issue.title }} in its script; pass it through env: instead"),
        WorkflowAudit.workflow("outpost-relay.yml", leaky));
  }

  @Test
  void theStatusWorkflowsAcceptTheDispatchWithoutInputs() throws IOException {
    String scaffolded =
        Scaffold.statusWorkflow(
            dev.outpost.config.ConfigReader.read(
                    Path.of("outpost.yml"), new dev.outpost.config.Problems())
                .orElseThrow(),
            "acme/outpost@v1");
    String own = Files.readString(Path.of(".github/workflows/status.yml"));
    for (String status : List.of(scaffolded, own)) {
      JsonNode root = new YAMLMapper().readTree(status);
      JsonNode on = root.has("on") ? root.get("on") : root.path("true");
      assertTrue(on.has("workflow_dispatch"), status);
      assertTrue(
          on.path("workflow_dispatch").path("inputs").isMissingNode()
              || on.path("workflow_dispatch").path("inputs").isEmpty(),
          status);
      String build = Workflow.parse(status).jobs().get("build").condition();
      ObjectNode context = JSON.createObjectNode();
      context
          .putObject("github")
          .put("event_name", "workflow_dispatch")
          .set("event", read("workflow_dispatch.event.0.json"));
      assertTrue(Expression.jobRuns(build, context, true), status);
    }
  }

  private static JsonNode steps(String workflow) throws IOException {
    return new YAMLMapper().readTree(workflow).path("jobs").path("relay").path("steps");
  }

  /**
   * The context of an event described as {@code labeled NAME on [LABELS]}, {@code unlabeled NAME on
   * [LABELS]} or {@code comment on [LABELS]}, LABELS being those the issue has afterwards.
   */
  private static JsonNode context(String description) {
    String kind = description.substring(0, description.indexOf(' '));
    String inside = description.substring(description.indexOf('[') + 1, description.length() - 1);
    List<String> labels = inside.isEmpty() ? List.of() : List.of(inside.split(", "));
    ObjectNode payload =
        read(
            switch (kind) {
              case "labeled" -> "issues.labeled.10.json";
              case "unlabeled" -> "issues.unlabeled.24.json";
              default -> "issue_comment.created.0.json";
            });
    if (!kind.equals("comment")) {
      String label = description.substring(kind.length() + 1, description.indexOf(" on ["));
      ((ObjectNode) payload.get("label")).put("name", label);
    }
    ObjectNode issue = (ObjectNode) payload.get("issue");
    JsonNode shape = issue.path("labels").path(0);
    ArrayNode list = issue.putArray("labels");
    for (String label : labels) {
      ObjectNode copy = shape.isObject() ? shape.deepCopy() : JSON.createObjectNode();
      copy.put("name", label);
      list.add(copy);
    }
    ObjectNode context = JSON.createObjectNode();
    ObjectNode github = context.putObject("github");
    github.put("event_name", kind.equals("comment") ? "issue_comment" : "issues");
    github.set("event", payload);
    return context;
  }

  private static ObjectNode read(String file) {
    try {
      return (ObjectNode) JSON.readTree(WEBHOOKS.resolve(file).toFile());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
