package dev.outpost.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.config.ConfigReader;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.init.Scaffold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every workflow that {@code outpost init} writes, pinned or not, and every workflow of this
 * repository, passes {@link WorkflowAudit}: each job names its permissions and is given no more
 * than its steps need, nothing runs on {@code pull_request_target}, and no script gets text an
 * outsider wrote through {@code ${{ }}}. The action's own scripts get none of its inputs that way.
 */
class LeastPrivilegeTest {
  @Test
  void theWorkflowsThatInitWritesGiveNoMoreThanTheyNeed() throws IOException {
    SiteConfig config = config();
    List<String> problems = new ArrayList<>();
    for (boolean pinned : List.of(true, false)) {
      for (boolean app : List.of(true, false)) {
        String status = Scaffold.statusWorkflow(config, "outpost-status/outpost@v1", pinned, app);
        problems.addAll(WorkflowAudit.workflow("status.yml", status));
      }
      for (String name : List.of("validate.yml", "checks.yml", "alerts.yml")) {
        String text = Scaffold.workflow(name, "outpost-status/outpost@v1", pinned);
        problems.addAll(WorkflowAudit.workflow(name, text));
      }
      problems.addAll(
          WorkflowAudit.workflow(
              "outpost-relay.yml",
              Scaffold.relayWorkflow(config.github().labels(), "acme/status", pinned)));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theRepositorysWorkflowsGiveNoMoreThanTheyNeed() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of(".github/workflows"))) {
      files = list.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
    }
    assertTrue(files.size() >= 4, files.toString());
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      problems.addAll(WorkflowAudit.workflow(file.toString(), Files.readString(file)));
    }
    problems.addAll(WorkflowAudit.action("action.yml", Files.readString(Path.of("action.yml"))));
    assertEquals(List.of(), problems);
  }

  @Test
  void theStatusWorkflowFailsWhenItKeepsAPermissionItNoLongerUses() throws IOException {
    String status = Files.readString(Path.of(".github/workflows/status.yml"));
    assertEquals(
        List.of(
            "status.yml: job build grants issues: write, where step 2 (Build the status page)"
                + " needs only read"),
        WorkflowAudit.workflow("status.yml", status.replace("          pin: true\n", "")));
    assertEquals(
        List.of(
            "status.yml: job notify step 2 (Send notifications) puts ${{"
                + " github.event.comment.body }} in its script; pass it through env: instead",
            "status.yml: job notify has no permissions: of its own"),
        WorkflowAudit.workflow(
            "status.yml",
            status
                .replace("    permissions:\n      contents: read\n      issues: read\n", "")
                .replace(
                    "        with:\n          command: notify\n",
                    "        run: echo \"${{ github.event.comment.body }}\"\n")
                .replace("        uses: ./\n        run:", "        run:")));
  }

  @Test
  void theReleaseJobGetsWhatItsAttestationNeedsAndNothingMore() throws IOException {
    String release = Files.readString(Path.of(".github/workflows/release.yml"));
    String attestations =
        "      attestations: write # the attestation, stored with the repository\n";
    assertTrue(release.contains(attestations), release);
    assertEquals(
        List.of(
            "release.yml: job release step 6 (Attest the jar's provenance) needs attestations:"
                + " write, which the job does not grant"),
        WorkflowAudit.workflow("release.yml", release.replace(attestations, "")));
    assertEquals(
        List.of("release.yml: job release grants packages: write, which no step needs"),
        WorkflowAudit.workflow(
            "release.yml",
            release.replace(attestations, attestations + "      packages: write\n")));
  }

  private static SiteConfig config() {
    Problems problems = new Problems();
    return ConfigReader.read(Path.of("outpost.yml"), problems)
        .orElseThrow(() -> new AssertionError(problems.toString()));
  }
}
