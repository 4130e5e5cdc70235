package dev.outpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.source.github.FakeGitHub;
import dev.outpost.source.github.Issue;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outpost import upptime} against the fake GitHub serving issues shaped as Upptime's {@code
 * update.ts} opens, comments on and closes them.
 */
class ImportUpptimeCommandTest {
  private static final String NOW = "2026-12-06T00:00:00Z";
  private static final String BOT = "github-actions[bot]";
  private static final String SHA = "4f5e6d7c8b9a0f1e2d3c4b5a69788796a5b4c3d2";
  private static final String CONFIG =
      """
      site:
        title: Acme Status
        url: https://acme.github.io/status/
        timezone: UTC
      components:
        - { id: web, name: Website }   # ours already
      """;
  private static final String UPPTIMERC =
      """
      owner: acme # the account
      repo: status
      sites:
        - name: Website
          url: https://www.acme.test
        - name: GitHub API
          url: https://api.github.com
          maxResponseTime: 5000
        - name: Login
          slug: sign-in
          url: $SECRET_LOGIN_URL
          tags: [auth]
      status-website:
        cname: status.acme.test
      assignees: [alice]
      """;
  private static final List<String> SITES = List.of("Website", "GitHub API", "Login");
  private static final List<String> SLUGS = List.of("website", "git-hub-api", "sign-in");

  @TempDir Path dir;
  private final FakeGitHub github = new FakeGitHub();
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void givenASiteAndAnUpptimeRepository() throws IOException {
    Files.writeString(dir.resolve("outpost.yml"), CONFIG);
    Files.writeString(dir.resolve(".upptimerc.yml"), UPPTIMERC);
    env.put("GITHUB_GRAPHQL_URL", github.uri().toString());
    env.put("GITHUB_TOKEN", FakeGitHub.TOKEN);
  }

  @AfterEach
  void stop() {
    github.close();
  }

  /**
   * Issue {@code n} as Upptime writes it: opened by its bot for site {@code n % 3}, down when
   * {@code n} is odd, degraded when even, {@code n} hours after 2026-10-01, closed {@code n}
   * minutes later with the bot's resolving comment.
   */
  private static Issue downtime(int n) {
    int site = n % 3;
    boolean down = n % 2 == 1;
    Instant opened = Instant.parse("2026-10-01T00:00:00Z").plusSeconds(3600L * n);
    Instant closed = opened.plusSeconds(60L * n + 7);
    String name = SITES.get(site);
    String slug = SLUGS.get(site);
    Issue issue =
        Issue.bare(n)
            .title(down ? "🛑 " + name + " is down" : "⚠️ " + name + " has degraded performance")
            .body(
                "In [`"
                    + SHA.substring(0, 7)
                    + "`](https://github.com/acme/status/commit/"
                    + SHA
                    + "), "
                    + name
                    + " (https://www.acme.test) "
                    + (down ? "was **down**" : "experienced **degraded performance**")
                    + ":\n- HTTP code: "
                    + (down ? 0 : 200)
                    + "\n- Response time: "
                    + (down ? 0 : 6234)
                    + " ms\n")
            .by(BOT, "NONE")
            .created(opened.toString())
            .labels("status", slug);
    if (site == 2) {
      issue.labels("auth");
    }
    issue.comment(
        BOT,
        "NONE",
        closed.minusSeconds(2).toString(),
        "**Resolved:** "
            + name
            + (down ? " is back up" : " performance has improved")
            + " in [`"
            + SHA.substring(0, 7)
            + "`](https://github.com/acme/status/commit/"
            + SHA
            + ") after "
            + n
            + " minutes.");
    return issue.closed(closed.toString(), "COMPLETED", BOT);
  }

  /** 60 downtime issues, a few with people's comments, one still open, one a false alarm. */
  private static List<Issue> history() {
    List<Issue> issues = new ArrayList<>();
    for (int n = 1; n <= 60; n++) {
      issues.add(downtime(n));
    }
    issues.set(
        3, // #4: the team explained it
        downtime(4).comment("alice", "OWNER", "2026-10-01T04:02:00Z", "A bad <b>deploy</b>."));
    issues.set(
        4, // #5: a stranger commented
        downtime(5).comment("mallory", "NONE", "2026-10-01T05:01:00Z", "[win](javascript:x)"));
    issues.set(
        5, // #6: closed by a person as not planned
        Issue.bare(6)
            .title("🛑 Website is down")
            .by(BOT, "NONE")
            .created("2026-10-01T06:00:00Z")
            .labels("status", "website")
            .closed("2026-10-01T06:05:00Z", "NOT_PLANNED", "alice"));
    return issues;
  }

  private static Issue ongoing() {
    return Issue.bare(61)
        .title("🛑 GitHub API is down")
        .body("In abc, GitHub API was **down**:\n- HTTP code: 503\n- Response time: 0 ms\n")
        .by(BOT, "NONE")
        .created("2026-12-05T22:00:00Z")
        .labels("status", "git-hub-api");
  }

  @Test
  void importsTheRepositorysIssuesIntoFilesThatValidateAndBuild() throws Exception {
    List<Issue> issues = new ArrayList<>(history());
    issues.add(ongoing());
    github.serve(issues);

    assertEquals(0, run("import", "upptime"), err.toString());

    assertEquals(2, github.requests(), "61 issues, 50 a page");
    Map<String, String> files = snapshot();
    assertEquals(60, files.size(), files.keySet().toString());
    assertEquals(
        """
        ---
        # Imported from Upptime: acme/status#1 (%s)
        title: "GitHub API is down"
        components:
          github-api: major_outage
        started: 2026-10-01T01:00:00Z
        resolved: 2026-10-01T01:01:07Z
        updates:
          - at: 2026-10-01T01:00:00Z
            state: investigating
            body: "In [`4f5e6d7`](https://github.com/acme/status/commit/4f5e6d7c8b9a0f1e2d3c4b5a69788796a5b4c3d2), GitHub API (https://www.acme.test) was **down**:\\n- HTTP code: 0\\n- Response time: 0 ms\\n\\n*— github-actions[bot], automated*"
          - at: 2026-10-01T01:01:07Z
            state: resolved
            body: "**Resolved:** GitHub API is back up in [`4f5e6d7`](https://github.com/acme/status/commit/4f5e6d7c8b9a0f1e2d3c4b5a69788796a5b4c3d2) after 1 minutes.\\n\\n*— github-actions[bot], automated*"
        ---
        """
            .formatted(digest(files.get("2026-10-01-github-api-is-down.md"))),
        files.get("2026-10-01-github-api-is-down.md"));
    assertTrue(files.get("2026-10-01-website-is-down.md").contains("  web: major_outage\n"));
    String four = files.get("2026-10-01-github-api-has-degraded-performance.md");
    assertTrue(four.contains("  github-api: degraded_performance\n"), four);
    assertTrue(
        four.contains(
            "  - at: 2026-10-01T04:02:00Z\n    state: investigating\n    body: \"A bad <b>deploy</b>."
                + "\\n\\n*— @alice*\"\n"),
        four);
    String five = files.get("2026-10-01-login-is-down.md");
    assertTrue(five.contains("  sign-in: major_outage\n"), five);
    assertTrue(!five.contains("mallory") && !five.contains("javascript"), five);
    String open = files.get("2026-12-05-github-api-is-down.md");
    assertTrue(open.contains("started: 2026-12-05T22:00:00Z\nupdates:\n"), open);
    assertTrue(files.values().stream().noneMatch(f -> f.contains("#6 ")));

    String printed = out.toString();
    String issueUrl = "https://github.com/acme/status/issues/";
    assertTrue(
        printed.contains(
            issueUrl
                + "5: the comment at 2026-10-01T05:01:00Z by @mallory, who is not a member of the"
                + " repository, is left out\n"),
        printed);
    assertTrue(
        printed.contains(
            issueUrl
                + "6: closed as not planned: a false alarm, which Outpost shows nowhere; not"
                + " imported\n"),
        printed);
    assertTrue(
        printed.contains(
            ".upptimerc.yml:6:5: site GitHub API: `url`, `maxResponseTime` not carried over"),
        printed);
    assertTrue(
        printed.contains(".upptimerc.yml:15:1: `assignees` has no place in Outpost's import"),
        printed);
    assertTrue(
        printed.contains(
            "  https://status.acme.test/incident/1 -> /status/incidents/2026-10-01-github-api-is-down/\n"),
        printed);
    assertTrue(
        printed.contains(
            "  https://status.acme.test/history/sign-in -> /status/components/sign-in/\n"),
        printed);
    assertTrue(
        printed.contains(
            "61 Upptime issues: 60 incidents and 0 maintenance windows, 60 new, 0 unchanged; 0 not"
                + " imported.\n"),
        printed);
    assertEquals(
        CONFIG
            + """
              # Added by outpost import upptime
              - { id: github-api, name: "GitHub API" }
              - { id: sign-in, name: "Login" }
            """,
        Files.readString(dir.resolve("outpost.yml")));
    assertValidAndBuilds();
  }

  @Test
  void importingAgainChangesNothingAndALaterImportAddsOnlyWhatIsNew() throws IOException {
    List<Issue> issues = new ArrayList<>(history());
    issues.add(ongoing());
    github.serve(issues);
    assertEquals(0, run("import", "upptime"), err.toString());
    Map<String, String> first = snapshot();
    String config = Files.readString(dir.resolve("outpost.yml"));

    out = new StringWriter();
    assertEquals(0, run("import", "upptime"), err.toString());
    assertEquals(first, snapshot());
    assertEquals(config, Files.readString(dir.resolve("outpost.yml")));
    assertTrue(out.toString().contains("0 new, 60 unchanged"), out.toString());

    // Later: the ongoing outage was resolved, and a new one came and went.
    github.reset();
    List<Issue> later = new ArrayList<>(history());
    later.add(
        ongoing()
            .comment(BOT, "NONE", "2026-12-05T23:00:00Z", "**Resolved:** GitHub API is back up.")
            .closed("2026-12-05T23:00:02Z", "COMPLETED", BOT));
    later.add(downtime(62).created("2026-12-06T01:00:00Z"));
    github.serve(later);
    out = new StringWriter();
    assertEquals(0, run("import", "upptime", "--now", "2026-12-07T00:00:00Z"), err.toString());

    Map<String, String> second = snapshot();
    assertEquals(61, second.size());
    assertTrue(out.toString().contains("1 new, 1 updated, 59 unchanged"), out.toString());
    assertTrue(
        second
            .get("2026-12-05-github-api-is-down.md")
            .contains("resolved: 2026-12-05T23:00:02Z\n"));
    first.remove("2026-12-05-github-api-is-down.md");
    first.forEach((name, text) -> assertEquals(text, second.get(name), name));
  }

  @Test
  void anEditedFileIsAConflictAndNothingIsWritten() throws IOException {
    github.serve(history());
    assertEquals(0, run("import", "upptime"), err.toString());
    Path edited = dir.resolve("incidents/2026-10-01-login-is-down.md");
    Files.writeString(edited, Files.readString(edited).replace("Login is down", "Login was down"));
    github.reset();
    List<Issue> later = new ArrayList<>(history());
    later.add(ongoing());
    github.serve(later);
    Map<String, String> before = snapshot();

    assertEquals(3, run("import", "upptime"));

    assertEquals(before, snapshot());
    assertTrue(
        err.toString().contains(edited + ": exists with different content; not overwritten"),
        err.toString());
  }

  @Test
  void aDryRunWritesNothing() throws IOException {
    github.serve(List.of(downtime(1)));

    assertEquals(0, run("import", "upptime", "--dry-run"), err.toString());

    assertEquals(Map.of(), snapshot());
    assertEquals(CONFIG, Files.readString(dir.resolve("outpost.yml")));
    assertTrue(
        out.toString()
            .contains("Would write " + dir.resolve("incidents/2026-10-01-github-api-is-down.md")),
        out.toString());
  }

  @Test
  void aMaintenanceIssueIsAWindow() throws IOException {
    github.serve(
        List.of(
            Issue.bare(70)
                .title("Database upgrade")
                .body(
                    "<!--\nstart: 2026-11-10T02:00:00Z\nend: 2026-11-10T04:00:00Z\n"
                        + "expectedDown: website, nowhere\nexpectedDegraded: sign-in\n-->\n"
                        + "We upgrade the database.")
                .by("alice", "OWNER")
                .created("2026-11-01T09:00:00Z")
                .labels("maintenance")
                .closed("2026-11-10T04:00:30Z", "COMPLETED", BOT)));

    assertEquals(0, run("import", "upptime"), err.toString());

    assertEquals(
        """
        title: "Database upgrade"
        components: [web, sign-in]
        maintenance:
          start: 2026-11-10T02:00:00Z
          end: 2026-11-10T04:00:00Z
        updates:
          - at: 2026-11-01T09:00:00Z
            body: "We upgrade the database.\\n\\n*— @alice*"
        ---
        """,
        afterMark(snapshot().get("2026-11-10-database-upgrade.md")));
    assertTrue(
        out.toString().contains("issues/70: `nowhere` is no site's slug; left out"),
        out.toString());
  }

  @Test
  void withoutATokenItSaysHowToGiveOne() throws IOException {
    env.remove("GITHUB_TOKEN");

    assertEquals(2, run("import", "upptime"));

    assertTrue(
        err.toString().contains("no token to read acme/status's issues with"), err.toString());
    assertEquals(0, github.requests());
  }

  private void assertValidAndBuilds() {
    StringWriter validated = new StringWriter();
    StringWriter problems = new StringWriter();
    int code =
        Main.run(
            withSources("validate", "--now", NOW),
            new PrintWriter(validated),
            new PrintWriter(problems),
            Map.of());
    assertEquals("", problems.toString());
    assertEquals(0, code, validated.toString());
    List<String> build = new ArrayList<>(List.of(withSources("build", "--now", NOW)));
    build.addAll(List.of("--out", dir.resolve("_site").toString(), "--offline"));
    StringWriter built = new StringWriter();
    assertEquals(
        0,
        Main.run(
            build.toArray(String[]::new), new PrintWriter(built), new PrintWriter(built), Map.of()),
        built.toString());
    assertTrue(
        Files.isRegularFile(
            dir.resolve("_site/incidents/2026-10-01-github-api-is-down/index.html")));
    assertTrue(Files.isRegularFile(dir.resolve("_site/components/sign-in/index.html")));
  }

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of(withSources(args)));
    all.addAll(List.of("--upptimerc", dir.resolve(".upptimerc.yml").toString()));
    if (!all.contains("--now")) {
      all.addAll(List.of("--now", NOW));
    }
    return Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), env);
  }

  private String[] withSources(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--config", dir.resolve("outpost.yml").toString(),
            "--incidents", dir.resolve("incidents").toString()));
    return all.toArray(String[]::new);
  }

  private static String afterMark(String text) {
    return text.substring(text.indexOf('\n', text.indexOf('\n') + 1) + 1);
  }

  /** The first 12 hex digits of the SHA-256 of what follows the mark. */
  private static String digest(String text) throws java.security.NoSuchAlgorithmException {
    byte[] hash =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(afterMark(text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return java.util.HexFormat.of().formatHex(hash, 0, 6);
  }

  private Map<String, String> snapshot() throws IOException {
    Map<String, String> files = new TreeMap<>();
    Path incidents = dir.resolve("incidents");
    if (!Files.isDirectory(incidents)) {
      return files;
    }
    try (Stream<Path> list = Files.list(incidents)) {
      for (Path file : list.toList()) {
        files.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    return files;
  }
}
