package dev.outpost.config;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the times people write in files.
 *
 * <p>With {@code Z} or an offset, a time is exact: {@code 2026-11-02T14:05:00Z}, {@code
 * 2026-11-02T14:05+01:00}. Without one, it is read in the site's time zone: {@code
 * 2026-11-02T14:05:00}, {@code 2026-11-02T14:05}, {@code 2026-11-02 14:05}. Seconds and their
 * fractions are optional.
 */
public final class Times {
  private static final Pattern SPACE_BETWEEN = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d)");

  private Times() {}

  /** The instant {@code text} names, reading a time without an offset in {@code zone}. */
  public static Optional<Instant> parse(String text, ZoneId zone) {
    String iso = SPACE_BETWEEN.matcher(text.strip()).replaceFirst("$1T$2");
    try {
      return Optional.of(OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME))
          .map(OffsetDateTime::toInstant);
    } catch (DateTimeParseException e) {
      // Not with an offset; try without.
    }
    try {
      LocalDateTime local = LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      return Optional.of(local.atZone(zone).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The message for a time that {@link #parse} cannot read. */
  public static String unreadable(String text, ZoneId zone) {
    return "cannot read time `"
        + text
        + "`: write it as 2026-11-02T14:05:00Z, or without an offset in the site's time zone ("
        + zone.getId()
        + ")";
  }
}
