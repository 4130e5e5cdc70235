package dev.outpost.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.outpost.config.ConfigReader;
import dev.outpost.config.Problems;
import dev.outpost.init.Scaffold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The status workflow (as {@code outpost init} writes it, and this repository's) uploads and
 * deploys only a site that differs from the one deployed last, records what it deployed, and
 * notifies after a deployment or after a build with nothing to deploy.
 */
class UnchangedSiteWorkflowTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anUnchangedSiteIsNeitherUploadedNorDeployed() throws IOException {
    for (JsonNode workflow : workflows()) {
      String deploy = workflow.at("/jobs/deploy/if").asText(null);
      assertFalse(Expression.jobRuns(deploy, needs("success", "false", "skipped"), true));
      assertTrue(Expression.jobRuns(deploy, needs("success", "true", "skipped"), true));
      // An Action without the output (an older release) deploys as before.
      assertTrue(Expression.jobRuns(deploy, needs("success", "", "skipped"), true));
      assertFalse(Expression.jobRuns(deploy, needs("failure", "", "skipped"), false));
      for (JsonNode step : workflow.at("/jobs/build/steps")) {
        String uses = step.path("uses").asText("");
        if (uses.startsWith("actions/configure-pages") || uses.startsWith("actions/upload-pages")) {
          assertEquals("steps.outpost.outputs.changed != 'false'", step.path("if").asText(), uses);
        }
      }
    }
  }

  @Test
  void notifyFollowsADeploymentOrABuildWithNothingToDeploy() throws IOException {
    for (JsonNode workflow : workflows()) {
      JsonNode notify = workflow.at("/jobs/notify");
      assertEquals(List.of("build", "deploy"), JSON.convertValue(notify.get("needs"), List.class));
      String condition = notify.path("if").asText(null);
      assertTrue(Expression.jobRuns(condition, needs("success", "true", "success"), true));
      assertTrue(Expression.jobRuns(condition, needs("success", "false", "skipped"), false));
      assertFalse(Expression.jobRuns(condition, needs("success", "true", "failure"), false));
      assertFalse(Expression.jobRuns(condition, needs("failure", "", "skipped"), false));
      assertFalse(Expression.jobRuns(condition, needs("skipped", "", "skipped"), false));
    }
  }

  @Test
  void theDeployJobRecordsWhatItDeployedWhereTheActionRestoresIt() throws IOException {
    String action = Files.readString(Path.of("action.yml"));
    assertTrue(action.contains("path: ${{ runner.temp }}/outpost-deployed\n"), action);
    assertTrue(action.contains("restore-keys: outpost-deployed-${{ runner.os }}-\n"), action);
    assertTrue(
        action.contains("format('{0}/outpost-deployed/site.sha256', runner.temp)"),
        "INPUT_DEPLOYED");
    for (JsonNode workflow : workflows()) {
      JsonNode steps = workflow.at("/jobs/deploy/steps");
      assertTrue(steps.get(0).path("uses").asText().startsWith("actions/deploy-pages@"));
      assertEquals("${{ needs.build.outputs.digest }}", steps.get(1).at("/env/DIGEST").asText());
      assertTrue(
          steps
              .get(1)
              .path("run")
              .asText()
              .contains("> \"$RUNNER_TEMP/outpost-deployed/site.sha256\""));
      JsonNode save = steps.get(2);
      assertTrue(save.path("uses").asText().startsWith("actions/cache/save@"));
      assertEquals("${{ runner.temp }}/outpost-deployed", save.at("/with/path").asText());
      assertTrue(save.at("/with/key").asText().startsWith("outpost-deployed-${{ runner.os }}-"));
      assertEquals(
          "${{ steps.outpost.outputs.digest }}",
          workflow.at("/jobs/build/outputs/digest").asText());
    }
  }

  /** The context of a job after build and deploy: their results and the build's output. */
  private static JsonNode needs(String build, String changed, String deploy) {
    ObjectNode context = JSON.createObjectNode();
    ObjectNode needs = context.putObject("needs");
    ObjectNode b = needs.putObject("build").put("result", build);
    b.putObject("outputs").put("changed", changed);
    needs.putObject("deploy").put("result", deploy).putObject("outputs");
    return context;
  }

  private static List<JsonNode> workflows() throws IOException {
    Problems problems = new Problems();
    String scaffolded =
        Scaffold.statusWorkflow(
            ConfigReader.read(Path.of("outpost.yml"), problems).orElseThrow(), "acme/outpost@v1");
    return List.of(
        new YAMLMapper().readTree(scaffolded),
        new YAMLMapper().readTree(Files.readString(Path.of(".github/workflows/status.yml"))));
  }
}
