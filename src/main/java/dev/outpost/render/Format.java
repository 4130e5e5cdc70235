package dev.outpost.render;

import dev.outpost.render.view.TimeView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.TimeZone;

/** How times, durations and percentages read on the site: English, in the site's zone. */
final class Format {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  /** "Jan" to "Dec", as {@code MMM} prints them. */
  private static final String[] MONTHS = new String[12];

  static {
    DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    for (int i = 0; i < 12; i++) {
      MONTHS[i] = month.format(LocalDate.of(2000, i + 1, 1));
    }
  }

  private final ZoneId zone;
  private final ZoneRules rules;

  /** For the years {@link #time} does not write by hand. */
  private final DateTimeFormatter dateTime;

  private final String offsetName;
  private final String standardName;
  private final String daylightName;

  /**
   * Looks the zone's short names up once, here: the JDK's lookup of zone names, when it first runs
   * on several threads at once, can give some of them an offset such as {@code GMT+02:00} instead
   * of {@code CEST}, and pages are rendered on several threads. A zone that is a fixed offset is
   * named by it: {@code UTC}, {@code UTC+02:00}.
   */
  Format(ZoneId zone) {
    this.zone = zone;
    this.rules = zone.getRules();
    this.dateTime =
        DateTimeFormatter.ofPattern("MMM d, uuuu, HH:mm", Locale.ENGLISH).withZone(zone);
    if (zone instanceof ZoneOffset) {
      String offset = zone.equals(ZoneOffset.UTC) ? "'UTC'" : "'UTC'xxx";
      this.offsetName =
          DateTimeFormatter.ofPattern(offset, Locale.ENGLISH).withZone(zone).format(Instant.EPOCH);
      this.standardName = null;
      this.daylightName = null;
    } else {
      TimeZone names = TimeZone.getTimeZone(zone);
      this.offsetName = null;
      this.standardName = names.getDisplayName(false, TimeZone.SHORT, Locale.ENGLISH);
      this.daylightName = names.getDisplayName(true, TimeZone.SHORT, Locale.ENGLISH);
    }
  }

  ZoneId zone() {
    return zone;
  }

  /**
   * {@code <time datetime="2026-11-02T14:05:00Z">Nov 2, 2026, 15:05 CET</time>}. This runs for
   * every time on every page, so for the years 0 to 9999 it writes both texts by hand, exactly as
   * {@link Instant#toString} and the pattern {@code MMM d, uuuu, HH:mm} would; for any other year
   * it leaves them to those.
   */
  TimeView time(Instant at) {
    Instant seconds = at.truncatedTo(ChronoUnit.SECONDS);
    ZoneOffset offset = rules.getOffset(seconds);
    String name = offsetName;
    if (name == null) {
      // Summer time, as ZoneRules.isDaylightSavings decides, without finding the offset again.
      name = rules.getStandardOffset(seconds).equals(offset) ? standardName : daylightName;
    }
    LocalDateTime utc = LocalDateTime.ofEpochSecond(seconds.getEpochSecond(), 0, ZoneOffset.UTC);
    LocalDateTime local = LocalDateTime.ofEpochSecond(seconds.getEpochSecond(), 0, offset);
    if (!fourDigits(utc.getYear()) || !fourDigits(local.getYear())) {
      return new TimeView(seconds.toString(), dateTime.format(seconds) + " " + name);
    }
    return new TimeView(machine(utc), human(local) + " " + name);
  }

  private static boolean fourDigits(int year) {
    return year >= 0 && year <= 9999;
  }

  /** As {@link Instant#toString} writes a whole second: {@code 2026-11-02T14:05:00Z}. */
  private static String machine(LocalDateTime utc) {
    StringBuilder text = new StringBuilder(20);
    digits(text, utc.getYear(), 4).append('-');
    digits(text, utc.getMonthValue(), 2).append('-');
    digits(text, utc.getDayOfMonth(), 2).append('T');
    digits(text, utc.getHour(), 2).append(':');
    digits(text, utc.getMinute(), 2).append(':');
    return digits(text, utc.getSecond(), 2).append('Z').toString();
  }

  /** As the pattern {@code MMM d, uuuu, HH:mm} writes it: {@code Nov 2, 2026, 15:05}. */
  private static String human(LocalDateTime local) {
    StringBuilder text = new StringBuilder(24);
    text.append(MONTHS[local.getMonthValue() - 1]).append(' ').append(local.getDayOfMonth());
    digits(text.append(", "), local.getYear(), 4).append(", ");
    digits(text, local.getHour(), 2).append(':');
    return digits(text, local.getMinute(), 2).toString();
  }

  /** Appends {@code value}, at least 0, with zeros before it to make {@code width} digits. */
  private static StringBuilder digits(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    return text.append(digits);
  }

  /**
   * The end of a span that starts at {@code start}: as {@link #time}, without the date when it is
   * the start's day ({@code 17:05 CET}), so that a window on one day says its date once.
   */
  TimeView until(Instant start, Instant end) {
    TimeView full = time(end);
    String date = DATE.format(date(end)) + ", ";
    return date(start).equals(date(end)) && full.text().startsWith(date)
        ? new TimeView(full.datetime(), full.text().substring(date.length()))
        : full;
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
