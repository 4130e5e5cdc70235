package dev.outpost.check;

import java.time.Duration;
import java.util.Collection;

/** What a check says about a failure: one short line, no control characters, no secrets. */
final class Words {
  private static final int LONGEST = 300;

  private Words() {}

  static String message(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** {@code text} on one line, at most 300 characters, with every secret replaced by ***. */
  static String clean(String text, Collection<String> secrets) {
    String clean = text;
    for (String secret : secrets) {
      if (!secret.isEmpty()) {
        clean = clean.replace(secret, "***");
      }
    }
    StringBuilder out = new StringBuilder();
    clean.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    String line = out.toString().strip();
    return line.length() > LONGEST ? line.substring(0, LONGEST) + "…" : line;
  }

  /** {@code 2s}, {@code 14d}, {@code 500ms}: as outpost.yml writes durations. */
  static String duration(Duration d) {
    if (d.toMillis() % 86_400_000 == 0) {
      return d.toDays() + "d";
    }
    if (d.toMillis() % 3_600_000 == 0) {
      return d.toHours() + "h";
    }
    if (d.toMillis() % 60_000 == 0) {
      return d.toMinutes() + "m";
    }
    if (d.toMillis() % 1000 == 0) {
      return d.toSeconds() + "s";
    }
    return d.toMillis() + "ms";
  }
}
