package dev.outpost.source.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.cli.Main;
import dev.outpost.publish.SiteFolder;
import dev.outpost.scenario.SiteTrees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code outpost build} against the fake GitHub, end to end. */
class GitHubBuildTest {
  private static final String CONFIG =
      """
      site: { title: Acme Status, url: "https://acme.github.io/status/" }
      components:
        - { id: api, name: API }
        - { id: web, name: Website }
      """;
  private static final String OLD_SITE = "the site before this build\n";

  @TempDir Path dir;
  private final FakeGitHub github = new FakeGitHub();
  private final Map<String, String> env = new HashMap<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void givenASiteAndAnOldBuild() throws IOException {
    Files.writeString(dir.resolve("outpost.yml"), CONFIG + "github: { repository: acme/status }\n");
    Files.createDirectories(dir.resolve("incidents"));
    SiteTrees.givenEarlierSite(dir.resolve("_site"), Map.of("old.txt", OLD_SITE));
    env.put("GITHUB_GRAPHQL_URL", github.uri().toString());
    env.put("GITHUB_TOKEN", FakeGitHub.TOKEN);
  }

  @AfterEach
  void stop() {
    github.close();
  }

  private int build(String... extra) {
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
    args.addAll(List.of(extra));
    return Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), env);
  }

  private String page(String path) throws IOException {
    return Files.readString(dir.resolve("_site").resolve(path));
  }

  private void thenTheOldSiteIsUntouched() throws IOException {
    try (var files = Files.list(dir.resolve("_site"))) {
      assertEquals(
          List.of(SiteFolder.MARKER, "old.txt"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertEquals(OLD_SITE, page("old.txt"));
  }

  @Test
  void buildRendersAnIssueAsAnIncidentPageWithTheGitHubLink() throws IOException {
    github.serve(
        List.of(
            Issue.outage(12)
                .title("API errors")
                .labels("component:api", "partial-outage")
                .body("Requests fail. <script>alert(1)</script>")
                .comment(
                    "bob", "MEMBER", "2026-11-20T10:30:00Z", "/state identified\nA bad deploy.")
                .closed("2026-11-20T11:00:00Z", "COMPLETED", "bob")));

    int code = build();

    assertEquals("", err.toString());
    assertEquals(0, code);
    String html = page("incidents/gh-12/index.html");
    assertTrue(html.contains("API errors"), html);
    assertTrue(html.contains("A bad deploy."), html);
    assertTrue(html.contains("Requests fail. &lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertTrue(!html.contains("<script>"), html);
    assertTrue(!html.contains("/state identified"), html);
    assertTrue(
        html.contains(
            "<a href=\"https://github.com/acme/status/issues/12\" rel=\"nofollow noopener"
                + " noreferrer\">Follow or discuss on GitHub</a>"),
        html);
    assertEquals(1, github.requests());
    dev.outpost.render.SiteLinks.assertAllResolve(dir.resolve("_site"), "/status/");
  }

  @Test
  void aFileNamingTheIssueCorrectsItsTimesAndAddsAPostmortem() throws IOException {
    github.serve(
        List.of(
            Issue.outage(12)
                .title("API errors")
                .labels("component:api")
                .closed("2026-11-20T11:00:00Z", "COMPLETED", "bob")));
    Files.writeString(
        dir.resolve("incidents/api-errors-postmortem.md"),
        """
        ---
        issue: 12
        started: 2026-11-20T09:50:00Z
        resolved: 2026-11-20T10:55:00Z
        postmortem: true
        ---
        A connection pool was too small.
        """);

    int code = build();

    assertEquals("", err.toString());
    assertEquals(0, code);
    String html = page("incidents/gh-12/index.html");
    assertTrue(html.contains("A connection pool was too small."), html);
    assertTrue(html.contains("2026-11-20T09:50:00Z"), html);
    assertTrue(html.contains("2026-11-20T10:55:00Z"), html);
    assertTrue(html.contains("Postmortem"), html);
    assertTrue(!Files.exists(dir.resolve("_site/incidents/api-errors-postmortem")));
  }

  @Test
  void aFileNamingAnIssueThatIsNoIncidentIsAProblem() throws IOException {
    github.serve(List.of(Issue.outage(12)));
    Files.writeString(dir.resolve("incidents/x.md"), "---\nissue: 99\n---\nText\n");

    int code = build();

    assertEquals(1, code);
    assertTrue(err.toString().contains("x.md: issue #99 is no incident on GitHub"), err.toString());
    thenTheOldSiteIsUntouched();
  }

  @Test
  void aFailedReadExitsNonZeroAndLeavesTheOldSiteUntouched() throws IOException {
    github.serve(List.of(Issue.outage(1)));
    github
        .server()
        .stubFor(
            FakeGitHub.issuesQuery()
                .atPriority(0)
                .willReturn(FakeGitHub.github(502).withBody("{\"message\":\"Server Error\"}")));
    env.put("GITHUB_GRAPHQL_URL", github.uri().toString());

    int code = buildWithoutWaiting();

    assertEquals(4, code);
    assertEquals(
        "outpost: cannot read the issues of acme/status, page 1 from GitHub: GitHub answered HTTP"
            + " 502 (tried 4 times); the site was not changed\n",
        err.toString());
    thenTheOldSiteIsUntouched();
  }

  /** The CLI sleeps for real between attempts; 1 + 2 + 4 s is too long for a test: use Pipeline. */
  private int buildWithoutWaiting() {
    try {
      dev.outpost.Pipeline.build(
          new dev.outpost.Pipeline.Request(
                  dir.resolve("outpost.yml"),
                  dir.resolve("incidents"),
                  dir.resolve("_site"),
                  java.time.Instant.parse("2026-11-21T12:00:00Z"))
              .with(
                  GitHubAccess.of(env, FakeGitHub.TOKEN, false, null)
                      .with(java.time.Duration.ofSeconds(2), d -> {}),
                  n -> err.write("outpost: " + n + "\n")));
      return 0;
    } catch (dev.outpost.OutpostException e) {
      err.write("outpost: " + e.getMessage() + "\n");
      return e.exitCode().code();
    }
  }

  @Test
  void mappingProblemsFailTheBuildTogetherWithFileProblems() throws IOException {
    github.serve(List.of(Issue.outage(7).labels("component:cache")));
    Files.writeString(dir.resolve("incidents/bad.md"), "---\ntitle: Bad\n---\n");

    int code = build();

    assertEquals(1, code);
    String[] lines = err.toString().split("\n");
    assertTrue(lines[0].endsWith("bad.md:2:1: missing required key `components`"), lines[0]);
    assertTrue(lines[1].endsWith("bad.md:2:1: missing required key `started`"), lines[1]);
    assertEquals(
        "https://github.com/acme/status/issues/7: label `component:cache` names unknown"
            + " component `cache`",
        lines[2]);
    assertEquals("outpost: 3 problems found", lines[3]);
    thenTheOldSiteIsUntouched();
  }

  @Test
  void aConfigWithProblemsFailsWithoutAskingGitHub() throws IOException {
    Files.writeString(
        dir.resolve("outpost.yml"), CONFIG + "github: { repository: acme/status }\nlabel: {}\n");
    github.serve(List.of(Issue.outage(1)));

    assertEquals(1, build());

    assertTrue(
        err.toString().contains("unknown key `label`; did you mean `labels`?"), err.toString());
    assertEquals(0, github.requests());
    thenTheOldSiteIsUntouched();
  }

  @Test
  void withoutATokenItBuildsFromFilesAndSaysSoOnce() throws IOException {
    env.remove("GITHUB_TOKEN");

    assertEquals(0, build());

    assertEquals("outpost: no GitHub token: building from files only\n", err.toString());
    assertEquals(0, github.requests());
  }

  @Test
  void offlineItBuildsFromFilesAndSaysSoOnce() {
    assertEquals(0, build("--offline"));

    assertEquals("outpost: offline: building from files only\n", err.toString());
    assertEquals(0, github.requests());
  }

  @Test
  void theRepositoryComesFromTheCommandLineThenTheConfigThenTheEnvironment() throws IOException {
    Files.writeString(dir.resolve("outpost.yml"), CONFIG);
    env.put("GITHUB_REPOSITORY", "acme/status");
    github.serve(List.of(Issue.outage(3)));

    assertEquals(0, build("--token", FakeGitHub.TOKEN));
    assertTrue(Files.exists(dir.resolve("_site/incidents/gh-3/index.html")));
    assertTrue(github.logged().get(0).getBodyAsString().contains("\"owner\":\"acme\""));

    assertEquals(0, build("--repository", "other/repo"));
    assertTrue(github.logged().get(1).getBodyAsString().contains("\"owner\":\"other\""));
  }

  @Test
  void aBadRepositoryOptionIsAUsageError() {
    assertEquals(2, build("--repository", "not a repo"));
    assertEquals(
        "outpost: invalid --repository `not a repo`: write it as owner/name, such as acme/status\n",
        err.toString());
  }
}
