package dev.outpost.cli;

import dev.outpost.model.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Where a command writes, and how problems are shown there (GitHub annotations in Actions). */
record Terminal(BufferedReader in, PrintWriter out, PrintWriter err, Map<String, String> env) {
  boolean inGitHubActions() {
    return "true".equals(env.get("GITHUB_ACTIONS"));
  }

  void printProblems(List<Problem> problems) {
    for (Problem problem : problems) {
      err.println(inGitHubActions() ? problem.formatForGitHub() : problem.format());
    }
  }

  /**
   * Asks a question and returns the answer, or {@code fallback} when the answer is empty or there
   * is no one to answer (end of input).
   */
  String ask(String question, String fallback) {
    out.print(question + (fallback.isEmpty() ? ": " : " [" + fallback + "]: "));
    out.flush();
    try {
      String line = in.readLine();
      return line == null || line.isBlank() ? fallback : line.strip();
    } catch (IOException e) {
      return fallback;
    }
  }
}
