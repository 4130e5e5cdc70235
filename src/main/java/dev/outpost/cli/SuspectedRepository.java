package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.config.GitHubSettings;
import dev.outpost.source.github.GitHubAccess;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one repository where {@code check} and {@code alert} open, comment on and close suspected
 * issues. With {@code github.repositories}, it must be one the page reads, or its issues would
 * never reach the page: {@code --repository} when given, else the repository the workflow runs in
 * ({@code GITHUB_REPOSITORY}) when the page reads it; otherwise the command names the choices.
 */
final class SuspectedRepository {
  private SuspectedRepository() {}

  /**
   * The repository, or empty when neither the command line, the config nor the environment names
   * one.
   *
   * @param command {@code check} or {@code alert}, for messages
   * @throws OutpostException with {@link ExitCode#USAGE} when several repositories make the page
   *     and the one chosen is not among them
   */
  static Optional<String> of(GitHubAccess access, GitHubSettings github, String command) {
    List<GitHubSettings.Repository> listed = github.repositories();
    if (listed.isEmpty()) {
      return access.repositoryFor(github.repositoryName());
    }
    String names = String.join(", ", listed.stream().map(GitHubSettings.Repository::name).toList());
    String wanted = access.repository();
    Optional<String> match =
        wanted == null
            ? Optional.empty()
            : listed.stream()
                .map(GitHubSettings.Repository::name)
                .filter(n -> n.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))
                .findFirst();
    if (match.isPresent()) {
      return match;
    }
    String example = listed.get(0).name();
    if (access.fromCommandLine()) {
      throw new OutpostException(
          ExitCode.USAGE,
          "--repository "
              + wanted
              + ": "
              + command
              + " opens suspected issues where the page reads them, and it reads "
              + names
              + " (github.repositories); name one of them");
    }
    throw new OutpostException(
        ExitCode.USAGE,
        command
            + " opens suspected issues in one repository the page reads, and it reads "
            + names
            + " (github.repositories)"
            + (wanted == null ? "" : ", not " + wanted + " (GITHUB_REPOSITORY)")
            + ": name one with --repository "
            + example
            + ", or add "
            + (wanted == null ? "the status repository" : wanted)
            + " to github.repositories (prefix: \"\" keeps its ids gh-N)");
  }
}
