package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code outpost init}'s questions, each answer checked where it is given. At a terminal a bad
 * answer is explained and the question asked again; an answer given as an option or piped in is
 * never asked again, so every problem is collected for {@link #finish} to report at once, each
 * naming its option ({@code --timezone}) or its line of input ({@code stdin:4}).
 */
final class Questions {
  private final Terminal terminal;
  private final boolean defaults;
  private final List<Problem> problems = new ArrayList<>();
  private int line;
  private boolean piped;

  /** Questions on {@code terminal}; with {@code defaults} ({@code --yes}), none is asked. */
  Questions(Terminal terminal, boolean defaults) {
    this.terminal = terminal;
    this.defaults = defaults;
  }

  /**
   * The value of {@code option} when it was {@code given}, else the answer to {@code question}
   * (else {@code fallback}).
   *
   * @param check what is wrong with a value, or nothing
   */
  String answer(
      String option,
      String given,
      String question,
      String fallback,
      Function<String, Optional<String>> check) {
    if (given != null || defaults) {
      String value = given != null ? given : fallback;
      check.apply(value).ifPresent(problem -> problems.add(new Problem(option, 0, 0, problem)));
      return value;
    }
    if (terminal.interactive()) {
      while (true) {
        String answer = terminal.ask(question, fallback);
        if (answer == null) {
          terminal.out().println();
          throw new OutpostException(
              ExitCode.USAGE, "no answer to `" + question + "`; nothing was written");
        }
        Optional<String> problem = check.apply(answer);
        if (problem.isEmpty()) {
          return answer;
        }
        String said = problem.get();
        terminal
            .out()
            .println(
                "  "
                    + said
                    + (said.endsWith("?") ? " Try again" : "; try again")
                    + ", or press Ctrl-D to stop.");
      }
    }
    piped = true;
    String answer = terminal.ask(question, fallback);
    int at = answer == null ? 0 : ++line;
    String value = answer == null ? fallback : answer;
    check
        .apply(value)
        .ifPresent(
            problem ->
                problems.add(
                    new Problem(
                        "stdin",
                        at,
                        1,
                        (at == 0 ? "no answer to `" : "answer to `")
                            + question
                            + "`: "
                            + problem)));
    return value;
  }

  /** Ends the line of questions asked of piped input; fails with every problem found. */
  void finish() {
    if (piped) {
      terminal.out().println();
    }
    if (!problems.isEmpty()) {
      throw new OutpostException(
          ExitCode.USAGE,
          (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
              + " in the answers; nothing was written",
          problems,
          null);
    }
  }
}
