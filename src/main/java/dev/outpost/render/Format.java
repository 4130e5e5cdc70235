package dev.outpost.render;

import dev.outpost.render.view.TimeView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.TimeZone;

/** How times, durations and percentages read on the site: English, in the site's zone. */
final class Format {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  private final ZoneId zone;
  private final DateTimeFormatter dateTime;
  private final String standardName;
  private final String daylightName;

  /**
   * Looks the zone's short names up once, here: the JDK's lookup of zone names, when it first runs
   * on several threads at once, can give some of them an offset such as {@code GMT+02:00} instead
   * of {@code CEST}, and pages are rendered on several threads.
   */
  Format(ZoneId zone) {
    this.zone = zone;
    if (zone instanceof ZoneOffset) {
      String offset = zone.equals(ZoneOffset.UTC) ? "'UTC'" : "'UTC'xxx";
      this.dateTime =
          DateTimeFormatter.ofPattern("MMM d, uuuu, HH:mm " + offset, Locale.ENGLISH)
              .withZone(zone);
      this.standardName = null;
      this.daylightName = null;
    } else {
      this.dateTime =
          DateTimeFormatter.ofPattern("MMM d, uuuu, HH:mm", Locale.ENGLISH).withZone(zone);
      TimeZone names = TimeZone.getTimeZone(zone);
      this.standardName = names.getDisplayName(false, TimeZone.SHORT, Locale.ENGLISH);
      this.daylightName = names.getDisplayName(true, TimeZone.SHORT, Locale.ENGLISH);
    }
  }

  ZoneId zone() {
    return zone;
  }

  /** {@code <time datetime="2026-11-02T14:05:00Z">Nov 2, 2026, 15:05 CET</time>}. */
  TimeView time(Instant at) {
    Instant seconds = at.truncatedTo(ChronoUnit.SECONDS);
    String text = dateTime.format(seconds);
    if (standardName != null) {
      text += " " + (zone.getRules().isDaylightSavings(seconds) ? daylightName : standardName);
    }
    return new TimeView(seconds.toString(), text);
  }

  /** {@code <time datetime="2026-11-02">Nov 2, 2026</time>}. */
  TimeView day(LocalDate date) {
    return new TimeView(date.toString(), DATE.format(date));
  }

  /** {@code <time datetime="2026-11">November 2026</time>}. */
  TimeView month(YearMonth month) {
    return new TimeView(month.toString(), MONTH.format(month));
  }

  LocalDate date(Instant at) {
    return at.atZone(zone).toLocalDate();
  }

  /** Such as "1 h 35 min", "2 d 3 h" or "under 1 min". */
  static String duration(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes < 1) {
      return "under 1 min";
    }
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    long mins = minutes % 60;
    if (days > 0) {
      return hours > 0 ? days + " d " + hours + " h" : days + " d";
    }
    if (hours > 0) {
      return mins > 0 ? hours + " h " + mins + " min" : hours + " h";
    }
    return mins + " min";
  }

  /**
   * A share from 0 to 1 as a percentage with up to two decimals, rounded down so that any downtime
   * shows below 100: "100%", "99.82%".
   */
  static String percent(double share) {
    return percentOf(share * 100);
  }

  /** A percentage from 0 to 100, as {@link #percent}; "no data" when empty. */
  static String percent(OptionalDouble percent) {
    return percent.isPresent() ? percentOf(percent.getAsDouble()) : "no data";
  }

  private static String percentOf(double percent) {
    double floored = Math.floor(Math.max(0, Math.min(100, percent)) * 100 + 1e-9) / 100;
    if (floored >= 100) {
      return "100%";
    }
    return String.format(Locale.ENGLISH, "%.2f%%", floored);
  }
}
