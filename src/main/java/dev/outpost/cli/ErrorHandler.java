package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import picocli.CommandLine;

/** The one place where failures become messages and exit codes. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  private final Terminal terminal;

  ErrorHandler(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine command, CommandLine.ParseResult parseResult) {
    if (exception instanceof OutpostException failure) {
      terminal.printProblems(failure.problems());
      terminal.err().println("outpost: " + failure.getMessage());
      return failure.exitCode().code();
    }
    terminal.err().println("outpost: internal error: " + exception);
    exception.printStackTrace(terminal.err());
    return ExitCode.INTERNAL_ERROR.code();
  }
}
