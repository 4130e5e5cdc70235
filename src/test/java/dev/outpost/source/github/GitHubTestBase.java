package dev.outpost.source.github;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.config.GitHubSettings;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Component;
import dev.outpost.model.Incident;
import dev.outpost.model.Maintenance;
import dev.outpost.model.Problem;
import dev.outpost.model.Site;
import dev.outpost.model.UptimePolicy;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** Given issues on a fake GitHub, when read, then these incidents, problems and warnings. */
abstract class GitHubTestBase {
  static final SiteConfig CONFIG =
      new SiteConfig(
          new Site(
              "Acme Status",
              "",
              URI.create("https://acme.github.io/status/"),
              ZoneId.of("UTC"),
              "",
              List.of()),
          List.of(),
          List.of(
              new Component("api", "API", "", null, null),
              new Component("web", "Website", "", null, null),
              new Component("db", "Database", "", null, null)),
          UptimePolicy.DEFAULT,
          new GitHubSettings(null, GitHubSettings.Labels.DEFAULT, List.of("carol")));

  final FakeGitHub github = new FakeGitHub();
  final List<Duration> waits = new ArrayList<>();
  final Problems problems = new Problems();
  final List<String> warnings = new ArrayList<>();
  GitHubIssues.Contents contents;

  @AfterEach
  void stop() {
    github.close();
  }

  void givenIssues(Issue... issues) {
    github.serve(List.of(issues));
  }

  GitHubIssues.Contents whenRead() {
    return whenRead(CONFIG);
  }

  GitHubIssues.Contents whenRead(SiteConfig config) {
    contents =
        GitHubIssues.read(config, github.access(waits::add), Issue.REPO, problems, warnings::add);
    return contents;
  }

  Incident incident(int number) {
    return contents.incidents().stream()
        .filter(i -> i.id().equals("gh-" + number))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no incident gh-" + number + " in " + ids()));
  }

  Maintenance maintenance(int number) {
    return contents.maintenance().stream()
        .filter(i -> i.id().equals("gh-" + number))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no maintenance gh-" + number));
  }

  List<String> ids() {
    List<String> ids = new ArrayList<>();
    contents.incidents().forEach(i -> ids.add(i.id()));
    contents.maintenance().forEach(m -> ids.add(m.id()));
    return ids;
  }

  void thenIds(String... ids) {
    assertEquals(List.of(ids), ids());
  }

  void thenProblems(String... expected) {
    assertEquals(List.of(expected), problems.sorted().stream().map(Problem::format).toList());
  }

  void thenRequests(int count) {
    assertEquals(count, github.requests(), "requests to GitHub");
  }

  static Instant at(String time) {
    return Instant.parse(time);
  }
}
