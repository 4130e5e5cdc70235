package dev.outpost.source.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
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
  void theTokenIsNeverPrinted() {
    assertFalse(GitHubAccess.of(Map.of(), "ghs_secret", false, null).toString().contains("secret"));
  }
}
