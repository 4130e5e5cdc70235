package dev.outpost.config;

import dev.outpost.model.Problem;
import java.nio.file.Path;
import java.util.List;

/** Problems as {@code path:line:col: message} lines, with paths relative to a test's folder. */
final class ProblemLines {
  private ProblemLines() {}

  static List<String> of(Problems problems, Path dir) {
    return problems.sorted().stream()
        .map(p -> new Problem(relative(p.path(), dir), p.line(), p.column(), p.message()).format())
        .toList();
  }

  private static String relative(String path, Path dir) {
    return dir.relativize(Path.of(path)).toString().replace('\\', '/');
  }
}
