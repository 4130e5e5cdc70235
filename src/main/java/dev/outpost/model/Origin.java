package dev.outpost.model;

/**
 * Where an incident or maintenance window came from.
 *
 * @param path the file it was read from, relative to the working directory, or {@code null}
 * @param url a page to follow or discuss it (such as a GitHub issue), or {@code null}
 * @param issue the number of the GitHub issue it was read from, or 0 when it was not read from one
 *     (a file that corrects an issue's incident keeps the issue's number)
 */
public record Origin(String path, String url, int issue) {
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

  /** Whether it was read from a GitHub issue (and perhaps corrected by a file). */
  public boolean fromIssue() {
    return issue > 0;
  }
}
