package dev.outpost.model;

/**
 * Where an incident or maintenance window came from.
 *
 * @param path the file it was read from, relative to the working directory, or {@code null}
 * @param url a page to follow or discuss it (such as a GitHub issue), or {@code null}
 * @param issue the number of the GitHub issue it was read from, or 0 when it was not read from one
 *     (a file that corrects an issue's incident keeps the issue's number)
 * @param repository the repository ({@code owner/name}) of that issue, or {@code null}
 */
public record Origin(String path, String url, int issue, String repository) {
  /** An origin with no repository named. */
  public Origin(String path, String url, int issue) {
    this(path, url, issue, null);
  }

  /** An origin that is no GitHub issue. */
  public Origin(String path, String url) {
    this(path, url, 0);
  }

  public static Origin file(String path) {
    return new Origin(path, null, 0);
  }

  /** GitHub issue {@code number}, at {@code url}. */
  public static Origin issue(int number, String url) {
    return new Origin(null, url, number);
  }

  /** GitHub issue {@code number} of {@code repository} ({@code owner/name}), at {@code url}. */
  public static Origin issue(String repository, int number, String url) {
    return new Origin(null, url, number, repository);
  }

  /** The same origin, corrected by the file at {@code path}. */
  public Origin correctedBy(String path) {
    return new Origin(path, url, issue, repository);
  }

  /** Whether it was read from issue {@code number} of {@code repository} (names ignore case). */
  public boolean isIssueOf(String repository) {
    return fromIssue() && this.repository != null && this.repository.equalsIgnoreCase(repository);
  }

  /** Whether it was read from a GitHub issue (and perhaps corrected by a file). */
  public boolean fromIssue() {
    return issue > 0;
  }
}
