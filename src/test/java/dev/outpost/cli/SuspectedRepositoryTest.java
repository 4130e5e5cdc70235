package dev.outpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.config.GitHubSettings;
import dev.outpost.source.github.GitHubAccess;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where {@code check} and {@code alert} open suspected issues, with one or several repositories.
 */
class SuspectedRepositoryTest {
  private static final GitHubSettings SEVERAL =
      new GitHubSettings(
          null,
          GitHubSettings.Labels.DEFAULT,
          List.of(),
          List.of(
              new GitHubSettings.Repository("acme/api", null, "api"),
              new GitHubSettings.Repository("acme/Status", null, "")));

  private static GitHubAccess access(String fromEnv, String fromCommandLine) {
    Map<String, String> env = fromEnv == null ? Map.of() : Map.of("GITHUB_REPOSITORY", fromEnv);
    return GitHubAccess.of(env, "t0ken", false, fromCommandLine);
  }

  @Test
  void withOneRepositoryItIsThatOneAsBefore() {
    GitHubSettings one =
        new GitHubSettings("acme/status", GitHubSettings.Labels.DEFAULT, List.of());
    assertEquals(
        Optional.of("acme/status"), SuspectedRepository.of(access("acme/x", null), one, "check"));
    assertEquals(
        Optional.of("acme/y"), SuspectedRepository.of(access("acme/x", "acme/y"), one, "check"));
    assertEquals(
        Optional.empty(),
        SuspectedRepository.of(
            access(null, null),
            new GitHubSettings(null, GitHubSettings.Labels.DEFAULT, List.of()),
            "check"));
  }

  @Test
  void withSeveralItIsTheWorkflowsOwnWhenThePageReadsIt() {
    assertEquals(
        Optional.of("acme/Status"),
        SuspectedRepository.of(access("acme/status", null), SEVERAL, "check"));
    assertEquals(
        Optional.of("acme/api"),
        SuspectedRepository.of(access("acme/status", "ACME/api"), SEVERAL, "alert"));
  }

  @Test
  void withSeveralAnyOtherIsAnErrorThatNamesTheChoices() {
    OutpostException e =
        assertThrows(
            OutpostException.class,
            () -> SuspectedRepository.of(access("acme/ops", null), SEVERAL, "check"));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertEquals(
        "check opens suspected issues in one repository the page reads, and it reads acme/api,"
            + " acme/Status (github.repositories), not acme/ops (GITHUB_REPOSITORY): name one with"
            + " --repository acme/api, or add acme/ops to github.repositories (prefix: \"\" keeps"
            + " its ids gh-N)",
        e.getMessage());
    e =
        assertThrows(
            OutpostException.class,
            () -> SuspectedRepository.of(access("acme/status", "acme/web"), SEVERAL, "alert"));
    assertEquals(
        "--repository acme/web: alert opens suspected issues where the page reads them, and it"
            + " reads acme/api, acme/Status (github.repositories); name one of them",
        e.getMessage());
  }
}
