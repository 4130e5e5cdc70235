package dev.outpost.config;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
    Optional<Instant> utc = utc(text.strip());
    if (utc.isPresent()) {
      return utc;
    }
    String iso = SPACE_BETWEEN.matcher(text.strip()).replaceFirst("$1T$2");
    if (hasOffset(iso)) {
      try {
        return Optional.of(OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME))
            .map(OffsetDateTime::toInstant);
      } catch (DateTimeParseException e) {
        // Not with an offset; try without.
      }
    }
    LocalDateTime plain = local(iso);
    if (plain != null) {
      return Optional.of(plain.atZone(zone).toInstant());
    }
    try {
      LocalDateTime local = LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      return Optional.of(local.atZone(zone).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether {@code iso} may end in an offset ({@code Z}, {@code +01:00}, {@code -05:00}) after its
   * date: the local times of front matter have none, and are read without a failed try first.
   */
  private static boolean hasOffset(String iso) {
    int time = iso.indexOf('T');
    if (time < 0) {
      return false;
    }
    for (int i = time; i < iso.length(); i++) {
      char c = iso.charAt(i);
      if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code 2026-11-02T14:05:00Z} or {@code 2026-11-02T14:05Z}, the form nearly every time is
   * written in, read without a formatter; anything else, or an impossible date, is left to it.
   */
  private static Optional<Instant> utc(String text) {
    int length = text.length();
    if (length != 17 && length != 20 || text.charAt(length - 1) != 'Z') {
      return Optional.empty();
    }
    String shape = length == 20 ? "dddd-dd-ddTdd:dd:ddZ" : "dddd-dd-ddTdd:ddZ";
    for (int i = 0; i < length; i++) {
      char expected = shape.charAt(i);
      char c = text.charAt(i);
      if (expected == 'd' ? c < '0' || c > '9' : c != expected) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(
          LocalDateTime.of(
                  number(text, 0, 4),
                  number(text, 5, 7),
                  number(text, 8, 10),
                  number(text, 11, 13),
                  number(text, 14, 16),
                  length == 20 ? number(text, 17, 19) : 0)
              .toInstant(ZoneOffset.UTC));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code 2026-11-02T14:05:00} or {@code 2026-11-02T14:05}, read without a formatter; {@code null}
   * for anything else, or an impossible date, which is left to it.
   */
  private static LocalDateTime local(String text) {
    int length = text.length();
    if (length != 16 && length != 19) {
      return null;
    }
    String shape = "dddd-dd-ddTdd:dd:dd";
    for (int i = 0; i < length; i++) {
      char expected = shape.charAt(i);
      char c = text.charAt(i);
      if (expected == 'd' ? c < '0' || c > '9' : c != expected) {
        return null;
      }
    }
    try {
      return LocalDateTime.of(
          number(text, 0, 4),
          number(text, 5, 7),
          number(text, 8, 10),
          number(text, 11, 13),
          number(text, 14, 16),
          length == 19 ? number(text, 17, 19) : 0);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + text.charAt(i) - '0';
    }
    return value;
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
