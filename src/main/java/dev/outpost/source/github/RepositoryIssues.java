package dev.outpost.source.github;

import dev.outpost.config.GitHubSettings;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Incident;
import dev.outpost.model.Maintenance;
import dev.outpost.model.Suspicion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The issues of every repository a page is made of ({@code github.repositories}), read one
 * repository after the other, each with the token that reaches it, and merged into one page. Each
 * repository is read and judged as if alone: who is trusted follows that repository's author
 * associations, and its ids carry its prefix ({@code api-gh-12}), so they stay distinct.
 */
public final class RepositoryIssues {
  private RepositoryIssues() {}

  /**
   * Reads {@code repositories} in order, each through what earlier builds kept of it in {@code
   * kept} (one file per repository; {@code null} reads every issue). Problems and warnings name the
   * issue's URL, which names its repository and number.
   *
   * @throws dev.outpost.OutpostException with {@link dev.outpost.ExitCode#REMOTE_ERROR} when any
   *     request fails: nothing is returned from a partial read
   */
  public static GitHubIssues.Contents read(
      SiteConfig config,
      GitHubAccess access,
      List<GitHubSettings.Repository> repositories,
      KeptIssues kept,
      Problems problems,
      Consumer<String> warnings) {
    List<Incident> incidents = new ArrayList<>();
    List<Maintenance> maintenance = new ArrayList<>();
    List<Suspicion> suspicions = new ArrayList<>();
    List<String> notices = new ArrayList<>();
    for (GitHubSettings.Repository repository : repositories) {
      GitHubIssues.Contents read =
          GitHubIssues.read(
              config,
              access.forRepository(repository.name()),
              repository,
              kept,
              problems,
              warnings);
      incidents.addAll(read.incidents());
      maintenance.addAll(read.maintenance());
      suspicions.addAll(read.suspicions());
      read.notice().ifPresent(notices::add);
    }
    return new GitHubIssues.Contents(
        incidents,
        maintenance,
        suspicions,
        notices.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", notices)));
  }
}
