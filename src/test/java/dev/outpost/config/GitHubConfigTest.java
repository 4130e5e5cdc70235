package dev.outpost.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code github}, {@code labels} and {@code trusted} sections of {@code outpost.yml}. */
class GitHubConfigTest {
  private static final String MINIMAL =
      """
      site: { title: Acme Status, url: "https://acme.github.io/status/" }
      components: [{ id: api, name: API }]
      """;

  @TempDir Path dir;
  private final Problems problems = new Problems();

  private Optional<SiteConfig> read(String yaml) throws IOException {
    Path file = dir.resolve("outpost.yml");
    Files.writeString(file, MINIMAL + yaml);
    return ConfigReader.read(file, problems);
  }

  private void thenProblemsAre(String... expected) {
    assertEquals(List.of(expected), ProblemLines.of(problems, dir));
  }

  @Test
  void everythingIsOptionalWithDefaults() throws IOException {
    SiteConfig config = read("").orElseThrow();

    thenProblemsAre();
    assertEquals(GitHubSettings.DEFAULT, config.github());
    assertEquals("component:", config.github().labels().componentPrefix());
  }

  @Test
  void everyKeyIsRead() throws IOException {
    SiteConfig config =
        read("""
                github: { repository: acme/status }
                labels:
                  outage: incident
                  maintenance: planned
                  component_prefix: "svc/"
                  major_outage: sev1
                  partial_outage: sev2
                  degraded: sev3
                  identified: cause-found
                  monitoring: watching
                  notice: read-me
                trusted:
                  users: [carol, "renovate[bot]"]
                """)
            .orElseThrow();

    thenProblemsAre();
    assertEquals(
        new GitHubSettings(
            "acme/status",
            new GitHubSettings.Labels(
                "incident",
                "planned",
                "svc/",
                "sev1",
                "sev2",
                "sev3",
                "cause-found",
                "watching",
                "read-me"),
            List.of("carol", "renovate[bot]")),
        config.github());
    assertEquals(true, config.github().listed("CAROL"));
  }

  @Test
  void theNoticeLabelMustDifferFromTheOutageAndMaintenanceLabels() throws IOException {
    read(
        """
        labels: { notice: Outage }
        """);
    thenProblemsAre(
        "outpost.yml:3:19: `labels.notice` must differ from `labels.outage` and"
            + " `labels.maintenance`");
  }

  @Test
  void badValuesAndUnknownKeysAreProblems() throws IOException {
    read(
        """
        github: { repository: acme, branch: main }
        labels: { outage: same, maintenance: same, severe: x }
        trusted: { users: [ok, "not ok"], teams: [ops] }
        """);

    thenProblemsAre(
        "outpost.yml:3:23: invalid repository `acme`: write it as owner/name, such as acme/status",
        "outpost.yml:3:29: unknown key `branch`; valid keys here: `repository`, `repositories`",
        "outpost.yml:4:38: `labels.outage` and `labels.maintenance` must differ",
        "outpost.yml:4:44: unknown key `severe`; valid keys here: `outage`, `maintenance`,"
            + " `component_prefix`, `major_outage`, `partial_outage`, `degraded`, `identified`,"
            + " `monitoring`, `notice`",
        "outpost.yml:5:24: invalid GitHub login `not ok`",
        "outpost.yml:5:35: unknown key `teams`; valid keys here: `users`");
  }

  @Test
  void severalRepositoriesAreReadWithTheirComponentsAndPrefixes() throws IOException {
    SiteConfig config =
        read("""
                github:
                  repositories:
                    - acme/API.v2
                    - { repository: acme/web, component: api, prefix: www }
                    - { repository: other/status, prefix: "" }
                """)
            .orElseThrow();

    thenProblemsAre();
    assertEquals(
        List.of(
            new GitHubSettings.Repository("acme/API.v2", null, "api-v2"),
            new GitHubSettings.Repository("acme/web", "api", "www"),
            new GitHubSettings.Repository("other/status", null, "")),
        config.github().repositories());
    assertEquals("api-v2-gh-12", config.github().repositories().get(0).id(12));
    assertEquals("gh-12", config.github().repositories().get(2).id(12));
  }

  @Test
  void badRepositoryListsAreProblemsAtTheirLineAndColumn() throws IOException {
    read(
        """
        github:
          repository: acme/status
          repositories:
            - acme/api
            - acme
            - { repository: ACME/api }
            - { repository: other/api }
            - { repository: acme/web, component: dashbord, prefix: "Web!" }
            - { repository: acme/ops, branch: main }
            - [acme/db]
        """);

    thenProblemsAre(
        "outpost.yml:5:3: `github.repository` and `github.repositories` cannot both be set; list"
            + " every repository under `repositories`",
        "outpost.yml:7:7: invalid repository `acme`: write it as owner/name, such as acme/status",
        "outpost.yml:8:7: repository `ACME/api` is listed twice; it is already on line 6",
        "outpost.yml:9:21: prefix `api` is already used on line 6; give `other/api` a prefix of"
            + " its own, such as `prefix: other-api`",
        "outpost.yml:10:42: unknown component `dashbord`; use one of `api`",
        "outpost.yml:10:60: invalid prefix `Web!`: " + Names.idRule() + ", or \"\" for gh-N ids",
        "outpost.yml:11:31: unknown key `branch`; valid keys here: `repository`, `component`,"
            + " `prefix`",
        "outpost.yml:12:7: expected text for each repository, found a list");
  }

  @Test
  void anEmptyRepositoryListIsAProblem() throws IOException {
    read("github: { repositories: [] }\n");

    thenProblemsAre(
        "outpost.yml:3:25: `github.repositories` is empty; name at least one repository");
  }

  @Test
  void repositoryNamesAreCheckedAsGitHubAllowsThem() {
    assertEquals(true, GitHubSettings.isRepository("acme/status"));
    assertEquals(true, GitHubSettings.isRepository("a-b/c.d_e"));
    assertEquals(false, GitHubSettings.isRepository("acme"));
    assertEquals(false, GitHubSettings.isRepository("-acme/status"));
    assertEquals(false, GitHubSettings.isRepository("acme/status/x"));
    assertEquals(false, GitHubSettings.isRepository("acme/.."));
  }
}
