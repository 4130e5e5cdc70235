package dev.outpost.source.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.config.GitHubSettings;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Endpoints and the repository, from the environment (GitHub Enterprise Server too). */
class GitHubAccessTest {
  @Test
  void gitHubComByDefault() {
    assertEquals(URI.create("https://api.github.com/graphql"), GitHubAccess.endpoint(Map.of()));
  }

  @Test
  void theGraphQlUrlWins() {
    assertEquals(
        URI.create("https://ghe.acme.example/api/graphql"),
        GitHubAccess.endpoint(
            Map.of(
                "GITHUB_GRAPHQL_URL", "https://ghe.acme.example/api/graphql",
                "GITHUB_API_URL", "https://elsewhere.example/api/v3")));
  }

  @Test
  void anEnterpriseApiUrlGivesItsGraphQlEndpoint() {
    assertEquals(
        URI.create("https://ghe.acme.example/api/graphql"),
        GitHubAccess.endpoint(Map.of("GITHUB_API_URL", "https://ghe.acme.example/api/v3/")));
    assertEquals(
        URI.create("https://api.github.com/graphql"),
        GitHubAccess.endpoint(Map.of("GITHUB_API_URL", "https://api.github.com")));
  }

  @Test
  void readsOnlyWithATokenAndNotOffline() {
    assertFalse(GitHubAccess.of(Map.of(), null, false, null).reads());
    assertFalse(GitHubAccess.of(Map.of(), " ", false, null).reads());
    assertFalse(GitHubAccess.of(Map.of(), "t", true, null).reads());
    assertTrue(GitHubAccess.of(Map.of(), "t", false, null).reads());
  }

  @Test
  void theRepositoryComesFromTheCommandLineThenTheConfigThenTheEnvironment() {
    Map<String, String> env = Map.of("GITHUB_REPOSITORY", "env/repo");
    assertEquals(
        Optional.of("cli/repo"),
        GitHubAccess.of(env, "t", false, "cli/repo").repositoryFor(Optional.of("config/repo")));
    assertEquals(
        Optional.of("config/repo"),
        GitHubAccess.of(env, "t", false, null).repositoryFor(Optional.of("config/repo")));
    assertEquals(
        Optional.of("env/repo"),
        GitHubAccess.of(env, "t", false, null).repositoryFor(Optional.empty()));
  }

  @Test
  void theRepositoriesComeFromTheCommandLineThenTheListThenTheOneRepository() {
    GitHubSettings.Repository api = new GitHubSettings.Repository("acme/api", "api", "api");
    GitHubSettings list =
        new GitHubSettings(null, GitHubSettings.Labels.DEFAULT, List.of(), List.of(api));
    GitHubSettings one = new GitHubSettings("acme/one", GitHubSettings.Labels.DEFAULT, List.of());
    Map<String, String> env = Map.of("GITHUB_REPOSITORY", "acme/status");

    assertEquals(
        List.of(GitHubSettings.Repository.single("acme/cli")),
        GitHubAccess.of(env, "t", false, "acme/cli").repositoriesFor(list),
        "the command line reads that one alone, with gh-N ids");
    assertEquals(List.of(api), GitHubAccess.of(env, "t", false, null).repositoriesFor(list));
    assertEquals(
        List.of(GitHubSettings.Repository.single("acme/one")),
        GitHubAccess.of(env, "t", false, null).repositoriesFor(one));
    assertEquals(
        List.of(GitHubSettings.Repository.single("acme/status")),
        GitHubAccess.of(env, "t", false, null).repositoriesFor(GitHubSettings.DEFAULT));
    assertEquals(
        List.of(),
        GitHubAccess.of(Map.of(), "t", false, null).repositoriesFor(GitHubSettings.DEFAULT));
  }

  @Test
  void withoutAnAppEveryRepositoryIsReadWithTheOneToken() {
    GitHubAccess access = GitHubAccess.of(Map.of(), "t", false, null);

    assertEquals("t", access.forRepository("other/ops").token());
    assertFalse(GitHubAccess.of(Map.of(), null, false, null).hasCredentials());
  }

  @Test
  void theTokenIsNeverPrinted() {
    assertFalse(GitHubAccess.of(Map.of(), "ghs_secret", false, null).toString().contains("secret"));
  }
}
