package dev.outpost.importer;

import dev.outpost.config.Times;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the times cState's front matter holds, as Hugo does: with {@code Z} or an offset they are
 * exact; without one they are in Hugo's {@code timeZone} (UTC unless the site sets it). Besides
 * Outpost's forms, Go's {@code 2018-04-13 15:54:00 +0000} and a bare date are read.
 */
final class CstateTimes {
  private static final Pattern GO_OFFSET =
      Pattern.compile(
          "^(\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*"
              + "([+-]\\d{2}):?(\\d{2})(?:\\s+[A-Z]{2,5})?$");

  private CstateTimes() {}

  static Optional<Instant> parse(String text, ZoneId zone) {
    String value = text.strip();
    Optional<Instant> time = Times.parse(value, zone);
    if (time.isEmpty()) {
      var go = GO_OFFSET.matcher(value);
      if (go.matches()) {
        time = Times.parse(go.group(1) + go.group(2) + ":" + go.group(3), zone);
      }
    }
    if (time.isEmpty()) {
      try {
        time = Optional.of(LocalDate.parse(value).atStartOfDay(zone).toInstant());
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return time.map(instant -> instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
