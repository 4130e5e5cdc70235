package dev.outpost.model;

import java.util.Comparator;

/**
 * Something wrong with the input, at a place a person can find.
 *
 * @param path the file, as the user named it
 * @param line 1-based; 0 when the problem concerns the whole file
 * @param column 1-based; 0 when unknown
 * @param message what is wrong, and where possible how to fix it
 */
public record Problem(String path, int line, int column, String message)
    implements Comparable<Problem> {
  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::path)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::message);

  /** {@code path:line:col: message}, the form compilers use. */
  public String format() {
    if (line <= 0) {
      return path + ": " + message;
    }
    return path + ":" + line + ":" + Math.max(column, 1) + ": " + message;
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }
}
