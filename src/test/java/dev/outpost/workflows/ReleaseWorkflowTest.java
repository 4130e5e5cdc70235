package dev.outpost.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release workflow's own scripts, run with bash in a folder laid out as its checkout: the
 * SHA-256 it publishes is in the form the action reads, and it publishes nothing when the jar it
 * built differs from the SHA-256 the tag records. The jar it attests and attaches is the one it
 * checked.
 */
class ReleaseWorkflowTest {
  private static final String SUMS = ".github/action/outpost.jar.sha256";
  private static JsonNode steps;

  @TempDir Path checkout;

  @BeforeAll
  static void read() throws IOException {
    steps =
        new YAMLMapper()
            .readTree(Files.readString(Path.of(".github/workflows/release.yml")))
            .path("jobs")
            .path("release")
            .path("steps");
  }

  @Test
  void itPublishesTheJarsSha256InTheFormTheActionReads() throws Exception {
    jar("the jar's bytes");
    Run run = run("SHA-256 of the jar");
    assertEquals(0, run.code(), run.out());
    String sums = Files.readString(checkout.resolve("target/outpost.jar.sha256"));
    assertTrue(sums.matches("[0-9a-f]{64}  outpost\\.jar\n"), sums);
    JsonNode publish = step("Publish the release with its jar and SHA-256");
    assertTrue(
        publish.path("run").asText().contains("target/outpost.jar target/outpost.jar.sha256"),
        publish.toString());
    assertEquals(
        "target/outpost.jar",
        step("Attest the jar's provenance").path("with").path("subject-path").asText());
  }

  @Test
  void aJarWithTheSha256TheTagRecordsPasses() throws Exception {
    jar("the jar's bytes");
    assertEquals(0, run("SHA-256 of the jar").code());
    Files.createDirectories(checkout.resolve(SUMS).getParent());
    Files.copy(checkout.resolve("target/outpost.jar.sha256"), checkout.resolve(SUMS));
    Run run = run("The SHA-256 the tag records");
    assertEquals(0, run.code(), run.out());
    assertTrue(run.out().contains("outpost.jar: OK"), run.out());
  }

  @Test
  void aJarWithAnotherSha256IsNotPublished() throws Exception {
    jar("the jar's bytes");
    assertEquals(0, run("SHA-256 of the jar").code());
    Files.createDirectories(checkout.resolve(SUMS).getParent());
    Files.copy(checkout.resolve("target/outpost.jar.sha256"), checkout.resolve(SUMS));
    jar("the bytes of a jar built on another JDK");
    Run run = run("The SHA-256 the tag records");
    assertEquals(1, run.code(), run.out());
    assertTrue(
        run.out()
            .contains(
                "::error file=.github/action/outpost.jar.sha256::The jar built from this tag has"
                    + " another SHA-256 than .github/action/outpost.jar.sha256 records"),
        run.out());
  }

  @Test
  void withoutARecordedSha256TheReleaseRestsOnItsAttestation() throws Exception {
    jar("the jar's bytes");
    Run run = run("The SHA-256 the tag records");
    assertEquals(0, run.code(), run.out());
    assertTrue(
        run.out().contains("the action at this tag verifies the jar by its attestation"),
        run.out());
  }

  private record Run(int code, String out) {}

  private void jar(String bytes) throws IOException {
    Files.createDirectories(checkout.resolve("target"));
    Files.writeString(checkout.resolve("target/outpost.jar"), bytes);
  }

  private static JsonNode step(String name) {
    for (JsonNode step : steps) {
      if (step.path("name").asText().equals(name)) {
        return step;
      }
    }
    throw new AssertionError("the release workflow has no step " + name);
  }

  /** Runs the step's script as GitHub does: {@code bash -e}, in its working directory. */
  private Run run(String name) throws IOException, InterruptedException {
    JsonNode step = step(name);
    Path dir = checkout.resolve(step.path("working-directory").asText("."));
    Process process =
        new ProcessBuilder(
                "bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step.path("run").asText())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), out);
  }
}
