package dev.outpost.source.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outpost build --state DIR --deployed FILE}, as the Action runs it: a build that changed
 * nothing asks GitHub once, keeps nothing new and says the site need not be deployed.
 */
class UnchangedSiteTest {
  @TempDir Path dir;
  private final FakeGitHub github = new FakeGitHub();
  private final Map<String, String> env = new HashMap<>();
  private StringWriter out;
  private StringWriter err;

  @BeforeEach
  void givenASite() throws IOException {
    Files.writeString(
        dir.resolve("outpost.yml"),
        """
        site: { title: Acme Status, url: "https://acme.github.io/status/" }
        components:
          - { id: api, name: API }
        github: { repository: acme/status }
        """);
    Files.createDirectories(dir.resolve("incidents"));
    env.put("GITHUB_GRAPHQL_URL", github.uri().toString());
    env.put("GITHUB_TOKEN", FakeGitHub.TOKEN);
    env.put("GITHUB_OUTPUT", dir.resolve("output").toString());
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void aBuildThatChangedNothingPublishesNothing() throws IOException {
    Issue outage =
        Issue.outage(1).comment("alice", "OWNER", "2026-11-20T10:05:00Z", "Looking into it.");
    github.serve(
        List.of(outage, Issue.outage(2).closed("2026-11-20T11:00:00Z", "COMPLETED", "alice")));
    Map<String, String> cold = build("2026-11-21T12:00:00Z");
    assertEquals("true", cold.get("changed"));
    assertEquals("true", cold.get("state-kept"));
    assertTrue(cold.get("digest").matches("[0-9a-f]{64}"), cold.toString());
    Files.writeString(dir.resolve("deployed.sha256"), cold.get("digest") + "  site\n");

    // A quarter of an hour later, nothing changed: the home page's "Updated" time alone differs.
    github.reset();
    github.serveUpdatedSince(null, List.of());
    Map<String, String> quiet = build("2026-11-21T12:15:00Z");
    assertEquals(1, github.requests());
    assertEquals("false", quiet.get("changed"), err.toString());
    assertEquals("false", quiet.get("state-kept"));
    assertEquals(cold.get("digest"), quiet.get("digest"));
    assertTrue(
        out.toString()
            .contains("The site is the same as the one deployed last: nothing to publish."),
        out.toString());
    assertTrue(err.toString().contains("outpost: acme/status: no change since "), err.toString());

    // Then a trusted comment: one request, and a site to deploy.
    github.reset();
    github.serveUpdatedSince(
        null, List.of(outage.comment("alice", "OWNER", "2026-11-21T12:20:00Z", "Fixed.")));
    Map<String, String> changed = build("2026-11-21T12:30:00Z");
    assertEquals(1, github.requests());
    assertEquals("true", changed.get("changed"));
    assertEquals("true", changed.get("state-kept"));
    assertTrue(Files.readString(dir.resolve("_site/incidents/gh-1/index.html")).contains("Fixed."));
  }

  @Test
  void notifyReadsTheIssuesThroughThoseTheBuildKept() throws IOException {
    Files.writeString(
        dir.resolve("outpost.yml"),
        Files.readString(dir.resolve("outpost.yml"))
            + "notifications:\n  - { type: slack, url: env:SLACK_WEBHOOK_URL }\n");
    env.put("SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T0/B0/x");
    github.serve(List.of(Issue.outage(1)));
    build("2026-11-21T12:00:00Z");
    github.reset();
    github.serveUpdatedSince(null, List.of());
    out = new StringWriter();
    err = new StringWriter();
    int code =
        Main.run(
            new String[] {
              "notify",
              "--config",
              dir.resolve("outpost.yml").toString(),
              "--incidents",
              dir.resolve("incidents").toString(),
              "--state",
              dir.resolve("notify-state").toString(),
              "--issues-state",
              dir.resolve("state").toString(),
              "--now",
              "2026-11-21T12:15:00Z",
              "--dry-run"
            },
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            env);
    assertEquals(0, code, err.toString());
    assertEquals(1, github.requests(), err.toString());
    assertTrue(err.toString().contains("outpost: acme/status: no change since "), err.toString());
    assertTrue(out.toString().startsWith("Dry run: "), out.toString());
  }

  @Test
  void aDeployedDigestThatIsNoDigestMeansChanged() throws IOException {
    github.serve(List.of(Issue.outage(1)));
    Files.writeString(dir.resolve("deployed.sha256"), "::error::not a digest\n");
    assertEquals("true", build("2026-11-21T12:00:00Z").get("changed"));
  }

  /** Builds at {@code now}; the step outputs it wrote. */
  private Map<String, String> build(String now) throws IOException {
    out = new StringWriter();
    err = new StringWriter();
    Files.deleteIfExists(dir.resolve("output"));
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
              "--state",
              dir.resolve("state").toString(),
              "--deployed",
              dir.resolve("deployed.sha256").toString(),
              "--now",
              now
            },
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            env);
    assertEquals(0, code, err.toString());
    Map<String, String> outputs = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("output"))) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        outputs.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return outputs;
  }
}
