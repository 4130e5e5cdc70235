package dev.outpost.config;

import dev.outpost.model.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem found while reading, so that all of them are reported together. */
public final class Problems {
  private final List<Problem> problems = new ArrayList<>();
  private boolean unreadable;

  public void add(Problem problem) {
    problems.add(problem);
  }

  /** A file or folder that could not be read at all (missing, or an I/O error). */
  public void unreadable(String path, String message) {
    problems.add(new Problem(path, 0, 0, message));
    unreadable = true;
  }

  /** Whether any problem is a file or folder that could not be read. */
  public boolean anyUnreadable() {
    return unreadable;
  }

  /** Adds every problem of {@code other}, in its order, and whether any was unreadable. */
  public void addAll(Problems other) {
    other.sorted().forEach(problems::add);
    unreadable |= other.unreadable;
  }

  public void add(String path, int line, int column, String message) {
    problems.add(new Problem(path, line, column, message));
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Every problem so far, sorted by path, line and column. */
  public List<Problem> sorted() {
    List<Problem> sorted = new ArrayList<>(problems);
    Collections.sort(sorted);
    return List.copyOf(sorted);
  }
}
