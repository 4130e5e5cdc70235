package dev.outpost.config.yaml;

/**
 * A place in a file, as people count: line and column are 1-based.
 *
 * @param line 1-based; 0 for the file as a whole
 * @param column 1-based; 0 when unknown
 */
public record Location(int line, int column) {
  /** The file as a whole, for problems that have no better place. */
  public static final Location FILE = new Location(0, 0);
}
