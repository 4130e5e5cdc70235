package dev.outpost.cli;

import dev.outpost.model.Problem;

/**
 * The GitHub Actions workflow commands Outpost writes, escaped as the runner unescapes them: in
 * data {@code %}, CR and LF as {@code %25}, {@code %0D} and {@code %0A}, in properties {@code :}
 * and {@code ,} too. Every other control, format or separator character is shown as {@link
 * LineWriter} shows it. Written with {@link LineWriter#command}.
 */
final class WorkflowCommands {
  private WorkflowCommands() {}

  /** An error annotation: {@code ::error file=…,line=…,col=…::message}. */
  static String error(Problem problem) {
    StringBuilder command = new StringBuilder("::error file=").append(property(problem.path()));
    if (problem.line() > 0) {
      command
          .append(",line=")
          .append(problem.line())
          .append(",col=")
          .append(Math.max(problem.column(), 1));
    }
    return command.append("::").append(data(problem.message())).toString();
  }

  /** A warning annotation: {@code ::warning::message}. */
  static String warning(String message) {
    return "::warning::" + data(message);
  }

  /** Hides {@code secret} in the rest of the job's log: {@code ::add-mask::secret}. */
  static String mask(String secret) {
    return "::add-mask::" + data(secret);
  }

  static String data(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '%' -> out.append("%25");
        case '\r' -> out.append("%0D");
        case '\n' -> out.append("%0A");
        default -> {
          String escaped = LineWriter.escape(c);
          if (escaped != null) {
            out.append(escaped);
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    }
    return out.toString();
  }

  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
