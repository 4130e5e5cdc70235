package dev.outpost.config.yaml;

import dev.outpost.config.Problems;

/** Where problems about one file go: the file's path as the user named it, and the collection. */
public record Report(String path, Problems problems) {
  public void at(Location location, String message) {
    problems.add(path, location.line(), location.column(), message);
  }

  /** The file could not be read at all. */
  public void unreadable(String message) {
    problems.unreadable(path, message);
  }
}
