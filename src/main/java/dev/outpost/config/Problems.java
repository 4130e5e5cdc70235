package dev.outpost.config;

import dev.outpost.model.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem found while reading, so that all of them are reported together. */
public final class Problems {
  private final List<Problem> problems = new ArrayList<>();

  public void add(Problem problem) {
    problems.add(problem);
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
