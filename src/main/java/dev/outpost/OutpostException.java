package dev.outpost;

import dev.outpost.config.Problems;
import dev.outpost.model.Problem;
import java.util.List;

/** The one exception Outpost fails with: a message for people, an exit code, any problems. */
public final class OutpostException extends RuntimeException {
  private final ExitCode exitCode;
  private final List<Problem> problems;

  public OutpostException(ExitCode exitCode, String message) {
    this(exitCode, message, List.of(), null);
  }

  public OutpostException(ExitCode exitCode, String message, Throwable cause) {
    this(exitCode, message, List.of(), cause);
  }

  public OutpostException(
      ExitCode exitCode, String message, List<Problem> problems, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
    this.problems = List.copyOf(problems);
  }

  /**
   * Fails with every problem collected: exit code {@link ExitCode#IO_ERROR} when a file or folder
   * could not be read, {@link ExitCode#INVALID_INPUT} otherwise.
   */
  public static OutpostException of(Problems problems) {
    OutpostException invalid = invalid(problems.sorted());
    return problems.anyUnreadable()
        ? new OutpostException(ExitCode.IO_ERROR, invalid.getMessage(), invalid.problems(), null)
        : invalid;
  }

  /** Fails because the input has these problems. */
  public static OutpostException invalid(List<Problem> problems) {
    String message = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    return new OutpostException(ExitCode.INVALID_INPUT, message + " found", problems, null);
  }

  public ExitCode exitCode() {
    return exitCode;
  }

  public List<Problem> problems() {
    return problems;
  }
}
