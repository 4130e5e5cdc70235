package dev.outpost.cli;

import dev.outpost.model.Problem;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Where a command writes, and how problems are shown there (GitHub annotations in Actions). */
record Terminal(PrintWriter out, PrintWriter err, Map<String, String> env) {
  boolean inGitHubActions() {
    return "true".equals(env.get("GITHUB_ACTIONS"));
  }

  void printProblems(List<Problem> problems) {
    for (Problem problem : problems) {
      err.println(inGitHubActions() ? problem.formatForGitHub() : problem.format());
    }
  }
}
