package dev.outpost.cli;

import dev.outpost.model.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Where a command reads and writes, and how problems and warnings are shown there (GitHub
 * annotations in Actions). Every line Outpost prints passes {@link LineWriter}: text from an issue,
 * a comment, a file or a name can neither break a line nor give the Actions runner a command.
 */
final class Terminal {
  private final BufferedReader in;
  private final LineWriter out;
  private final LineWriter err;
  private final Map<String, String> env;
  private final boolean interactive;

  /** A terminal whose input, if any, is piped in. */
  Terminal(BufferedReader in, PrintWriter out, PrintWriter err, Map<String, String> env) {
    this(in, out, err, env, false);
  }

  /**
   * A terminal; {@code interactive} when a person answers questions at it, rather than input piped
   * in.
   */
  Terminal(
      BufferedReader in,
      PrintWriter out,
      PrintWriter err,
      Map<String, String> env,
      boolean interactive) {
    this.in = in;
    this.out = new LineWriter(out);
    this.err = new LineWriter(err);
    this.env = env;
    this.interactive = interactive;
  }

  /** Whether a person answers questions here, rather than input piped in. */
  boolean interactive() {
    return interactive;
  }

  /** Standard output. */
  LineWriter out() {
    return out;
  }

  /** Standard error. */
  LineWriter err() {
    return err;
  }

  /** The environment the command runs in. */
  Map<String, String> env() {
    return env;
  }

  boolean inGitHubActions() {
    return "true".equals(env.get("GITHUB_ACTIONS"));
  }

  void printProblems(List<Problem> problems) {
    for (Problem problem : problems) {
      if (inGitHubActions()) {
        err.command(WorkflowCommands.error(problem));
      } else {
        err.println(problem.format());
      }
    }
  }

  /** Something that could not be done: a warning annotation in Actions. */
  void warning(String message) {
    if (inGitHubActions()) {
      err.command(WorkflowCommands.warning(message));
    } else {
      err.println("outpost: " + message);
    }
  }

  /** Writes out whatever is pending. */
  void flush() {
    out.flush();
    err.flush();
  }

  /**
   * Asks a question and returns the answer, {@code fallback} when the answer is empty, or {@code
   * null} when there is nothing more to read.
   */
  String ask(String question, String fallback) {
    out.print(question + (fallback.isEmpty() ? ": " : " [" + fallback + "]: "));
    out.flush();
    try {
      String line = in.readLine();
      if (line == null) {
        return null;
      }
      return line.isBlank() ? fallback : line.strip();
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Everything piped in, up to {@code most} characters; {@code null} when there is more than that.
   */
  String readAll(int most) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      text.append(buffer, 0, n);
      if (text.length() > most) {
        return null;
      }
    }
    return text.toString();
  }
}
