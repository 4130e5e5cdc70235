package dev.outpost.model;

/**
 * Where an incident or maintenance window came from.
 *
 * @param path the file it was read from, relative to the working directory, or {@code null}
 * @param url a page to follow or discuss it (such as a GitHub issue), or {@code null}
 */
public record Origin(String path, String url) {
  public static Origin file(String path) {
    return new Origin(path, null);
  }
}
