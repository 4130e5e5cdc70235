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
 * @param repositories {@code github.repositories}: the repositories whose issues make one page,
 *     each with its own id prefix; empty when {@code github.repository} (or the environment) names
 *     the one repository
 */
public record GitHubSettings(
    String repository, Labels labels, List<String> trustedUsers, List<Repository> repositories) {
  public static final GitHubSettings DEFAULT = new GitHubSettings(null, Labels.DEFAULT, List.of());

  public GitHubSettings {
    trustedUsers = List.copyOf(trustedUsers);
    repositories = List.copyOf(repositories);
  }

  /** Settings for one repository (or none), as {@code github.repository} gives it. */
  public GitHubSettings(String repository, Labels labels, List<String> trustedUsers) {
    this(repository, labels, trustedUsers, List.of());
  }

  /**
   * One repository whose issues are read.
   *
   * @param name {@code owner/name}
   * @param component the component an issue affects when it names none, or {@code null}
   * @param prefix what its incidents' ids start with: {@code api} gives {@code api-gh-12}; the
   *     empty prefix gives {@code gh-12}, the ids of a single repository
   */
  public record Repository(String name, String component, String prefix) {
    /** The one repository of {@code github.repository}: ids {@code gh-12}, no default component. */
    public static Repository single(String name) {
      return new Repository(name, null, "");
    }

    /** The prefix a repository gets when none is configured: its name, lower case. */
    public static String defaultPrefix(String name) {
      String repo = name.substring(name.indexOf('/') + 1).toLowerCase(Locale.ROOT);
      String id = repo.replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
      return id.isEmpty() ? "repo" : id;
    }

    /** The id of the incident or maintenance window read from issue {@code number}. */
    public String id(int number) {
      return prefix.isEmpty() ? "gh-" + number : prefix + "-gh-" + number;
    }

    /** The owner, {@code acme} in {@code acme/api}. */
    public String owner() {
      return name.substring(0, name.indexOf('/'));
    }
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
