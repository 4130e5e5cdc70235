package dev.outpost.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code github}, {@code labels} and {@code trusted} sections of {@code outpost.yml}.
 *
 * @param repository {@code owner/name}, or {@code null} to take it from {@code GITHUB_REPOSITORY}
 * @param labels the label names issues are read by
 * @param trustedUsers logins trusted in addition to owners, members and collaborators
 */
public record GitHubSettings(String repository, Labels labels, List<String> trustedUsers) {
  public static final GitHubSettings DEFAULT = new GitHubSettings(null, Labels.DEFAULT, List.of());

  public GitHubSettings {
    trustedUsers = List.copyOf(trustedUsers);
  }

  /** Whether {@code text} is a repository name as GitHub allows them: {@code owner/name}. */
  public static boolean isRepository(String text) {
    return text.matches("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}")
        && !text.endsWith("/.")
        && !text.endsWith("/..");
  }

  public Optional<String> repositoryName() {
    return Optional.ofNullable(repository);
  }

  /** Whether {@code login} is listed under {@code trusted.users} (logins ignore case). */
  public boolean listed(String login) {
    return login != null
        && trustedUsers.stream().anyMatch(u -> u.toLowerCase(Locale.ROOT).equals(lower(login)));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * Label names, each configurable under {@code labels}.
   *
   * @param componentPrefix {@code component:} in {@code component:api}
   * @param notice the label of an issue whose title and body are the site-wide notice
   */
  public record Labels(
      String outage,
      String maintenance,
      String componentPrefix,
      String majorOutage,
      String partialOutage,
      String degraded,
      String identified,
      String monitoring,
      String notice) {
    public static final Labels DEFAULT =
        new Labels(
            "outage",
            "maintenance",
            "component:",
            "major-outage",
            "partial-outage",
            "degraded",
            "identified",
            "monitoring",
            "notice");
  }
}
