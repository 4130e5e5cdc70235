package dev.outpost.config;

import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.ValueType;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lengths of time as written in {@code outpost.yml} and front matter: {@code 30m}, {@code 2h}. */
public final class Durations {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,6})\\s*([mhd])");

  private Durations() {}

  /** Minutes, hours or days: {@code 45m}, {@code 2h}, {@code 1d}; {@code 0m} is none. */
  public static final ValueType<Duration> TYPE =
      Types.TEXT.then(
          (text, node, name, report) -> {
            Matcher m = DURATION.matcher(text.strip());
            if (!m.matches()) {
              report.at(
                  node.location(),
                  "cannot read `"
                      + text
                      + "` as a length of time for "
                      + name
                      + ": write minutes, hours or days, such as 30m, 2h or 1d");
              return Optional.empty();
            }
            long amount = Long.parseLong(m.group(1));
            return Optional.of(
                switch (m.group(2)) {
                  case "m" -> Duration.ofMinutes(amount);
                  case "h" -> Duration.ofHours(amount);
                  default -> Duration.ofDays(amount);
                });
          });

  /** How a duration is written back: {@code 90m}, {@code 2h}. */
  public static String format(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes % (24 * 60) == 0 && minutes > 0) {
      return minutes / (24 * 60) + "d";
    }
    return minutes % 60 == 0 && minutes > 0 ? minutes / 60 + "h" : minutes + "m";
  }
}
