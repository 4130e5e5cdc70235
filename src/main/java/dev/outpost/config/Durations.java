package dev.outpost.config;

import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.ValueType;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as {@code outpost.yml} and front matter write them: {@code 500ms}, {@code 2s}, {@code
 * 5m}, {@code 1h}, {@code 14d}.
 */
public final class Durations {
  private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");

  private Durations() {}

  /** A positive duration. */
  public static final ValueType<Duration> TYPE = type(false);

  /** A duration that may be zero ({@code 0m}: none), such as a reminder. */
  public static final ValueType<Duration> OR_NONE = type(true);

  private static ValueType<Duration> type(boolean zero) {
    return Types.TEXT.then(
        (text, node, name, report) -> {
          Optional<Duration> duration = parse(text.strip());
          if (duration.isEmpty() || (!zero && duration.get().isZero())) {
            report.at(
                node.location(),
                "invalid duration `"
                    + text
                    + "` for "
                    + name
                    + ": write "
                    + (zero ? "a number" : "a positive number")
                    + " and a unit, such as 500ms, 2s, 5m, 1h or 14d");
            return Optional.empty();
          }
          return duration;
        });
  }

  /** {@code text} as a duration, such as {@code 24h}, if it is one. */
  public static Optional<Duration> parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    long n = Long.parseLong(m.group(1));
    return Optional.of(
        switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        });
  }
}
