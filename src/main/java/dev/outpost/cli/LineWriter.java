package dev.outpost.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * Where Outpost prints: each line ends only where Outpost ends it ({@link #println()}, or a format
 * ending in {@code %n}), and no line is a GitHub Actions workflow command but those written with
 * {@link #command}, whatever text it carries from an issue, a comment, a file or a name.
 *
 * <p>The runner ends a line at CR or LF and takes it as a command when, after leading white space,
 * it starts with {@code ::}, or when it holds {@code ##[} anywhere (actions/runner's {@code
 * ActionCommand}). So, in the text between line ends: line breaks and every other control, format
 * or separator character become visible escapes ({@code \n}, {@code \r}, {@code \u2028}, …); a
 * {@code [} after {@code ##} becomes {@code \[}; and a colon that would start a line becomes {@code
 * \:}. Text without any of these is printed as it is.
 */
final class LineWriter extends PrintWriter {
  private final StringBuilder pending = new StringBuilder();

  /** Whether the current line has had anything but white space. */
  private boolean started;

  /** How many {@code #} the current line ends with. */
  private int hashes;

  LineWriter(Writer target) {
    super(target);
  }

  @Override
  public void write(int c) {
    synchronized (lock) {
      pending.append((char) c);
    }
  }

  @Override
  public void write(char[] text, int offset, int length) {
    synchronized (lock) {
      pending.append(text, offset, length);
    }
  }

  @Override
  public void write(String text, int offset, int length) {
    synchronized (lock) {
      pending.append(text, offset, offset + length);
    }
  }

  @Override
  public void println() {
    synchronized (lock) {
      emit();
      raw(System.lineSeparator());
      started = false;
      hashes = 0;
      rawFlush();
    }
  }

  /** Formats, and ends the line when the format ends with {@code %n}; any other is folded. */
  @Override
  public PrintWriter format(Locale locale, String format, Object... args) {
    synchronized (lock) {
      boolean endsLine = endsWithLineSeparator(format);
      print(
          String.format(
              locale, endsLine ? format.substring(0, format.length() - 2) : format, args));
      if (endsLine) {
        println();
      }
    }
    return this;
  }

  @Override
  public PrintWriter format(String format, Object... args) {
    return format(Locale.getDefault(Locale.Category.FORMAT), format, args);
  }

  @Override
  public void flush() {
    synchronized (lock) {
      emit();
      rawFlush();
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      emit();
      super.close();
    }
  }

  /**
   * Writes a workflow command of Outpost's own, on a line of its own: the one way a line that the
   * runner takes as a command is written. Its data and properties must be escaped already ({@link
   * WorkflowCommands}).
   */
  void command(String command) {
    if (command.indexOf('\n') >= 0 || command.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a workflow command is one line: " + command);
    }
    synchronized (lock) {
      if (started || pending.length() > 0) {
        println();
      }
      raw(command);
      raw(System.lineSeparator());
      rawFlush();
    }
  }

  /**
   * The escape that shows {@code codePoint} in a line, or {@code null} if it may stand as it is.
   */
  static String escape(int codePoint) {
    if (codePoint == '\n') {
      return "\\n";
    }
    if (codePoint == '\r') {
      return "\\r";
    }
    if (codePoint == '\t') {
      return null;
    }
    int type = Character.getType(codePoint);
    boolean hidden =
        type == Character.CONTROL
            || type == Character.FORMAT
            || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR
            || type == Character.SURROGATE
            || (codePoint & 0xfffe) == 0xfffe
            || codePoint >= 0xfdd0 && codePoint <= 0xfdef;
    if (!hidden) {
      return null;
    }
    return Character.isBmpCodePoint(codePoint)
        ? String.format(Locale.ROOT, "\\u%04X", codePoint)
        : String.format(Locale.ROOT, "\\U%08X", codePoint);
  }

  /** Writes out what is pending, folded, as the continuation of the current line. */
  private void emit() {
    if (pending.length() == 0) {
      return;
    }
    StringBuilder line = new StringBuilder(pending.length() + 8);
    for (int i = 0; i < pending.length(); ) {
      int c = pending.codePointAt(i);
      i += Character.charCount(c);
      String escaped = escape(c);
      if (escaped != null) {
        line.append(escaped);
        started = true;
        hashes = 0;
      } else if (!started && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
        line.appendCodePoint(c);
      } else if (!started && c == ':' || c == '[' && hashes >= 2) {
        line.append('\\').appendCodePoint(c);
        started = true;
        hashes = 0;
      } else {
        line.appendCodePoint(c);
        started = true;
        hashes = c == '#' ? hashes + 1 : 0;
      }
    }
    pending.setLength(0);
    raw(line.toString());
  }

  /** Whether {@code format} ends in the {@code %n} conversion, not in a literal {@code %%n}. */
  private static boolean endsWithLineSeparator(String format) {
    if (!format.endsWith("%n")) {
      return false;
    }
    int percents = 0;
    for (int i = format.length() - 2; i >= 0 && format.charAt(i) == '%'; i--) {
      percents++;
    }
    return percents % 2 == 1;
  }

  private void raw(String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      setError();
    }
  }

  private void rawFlush() {
    try {
      out.flush();
    } catch (IOException e) {
      setError();
    }
  }
}
