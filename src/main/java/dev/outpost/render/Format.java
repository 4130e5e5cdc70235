package dev.outpost.render;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import dev.outpost.render.view.TimeView;
import dev.outpost.words.Words;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How times, durations and percentages read on the site: in the site's language (CLDR's patterns
 * for it, through ICU) and in the site's zone, each time with that zone's offset.
 */
final class Format {
  private final ZoneId zone;
  private final Words words;
  private final boolean utc;

  /** ICU's formatters are not thread-safe, and pages are rendered on several threads. */
  private final ThreadLocal<Formatters> formatters;

  private record Formatters(
      DateFormat time, DateFormat clock, DateFormat offset, DateFormat day, DateFormat month) {}

  /** Durations' units; ICU's MeasureFormat is immutable and thread-safe. */
  private final MeasureFormat units;

  Format(ZoneId zone, Words words) {
    this.zone = zone;
    this.words = words;
    ZoneId normalized = zone.normalized();
    this.utc = normalized.equals(ZoneOffset.UTC) && !(zone.getId().startsWith("GMT"));
    ZoneId named =
        zone.equals(ZoneOffset.UTC)
            ? ZoneId.of("UTC")
            : zone instanceof ZoneOffset offset ? ZoneId.of("GMT" + offset.getId()) : zone;
    ZoneId utcZone = ZoneId.of("UTC");
    this.formatters =
        ThreadLocal.withInitial(
            () ->
                new Formatters(
                    words.dates("yMMMdHHmm", named),
                    words.dates("HHmm", named),
                    offset(words, named),
                    words.dates("yMMMd", utcZone),
                    words.dates("yMMMM", utcZone)));
    this.units =
        MeasureFormat.getInstance(
            ULocale.forLocale(words.locale()), MeasureFormat.FormatWidth.SHORT);
  }

  /** The zone's offset as the language writes it: "GMT+1", "UTC+1", "GMT+09:30". */
  private static DateFormat offset(Words words, ZoneId zone) {
    DateFormat format =
        new com.ibm.icu.text.SimpleDateFormat("O", ULocale.forLocale(words.locale()));
    format.setTimeZone(com.ibm.icu.util.TimeZone.getTimeZone(zone.getId()));
    return format;
  }

  ZoneId zone() {
    return zone;
  }

  Words words() {
    return words;
  }

  /**
   * {@code <time datetime="2026-11-02T14:05:00Z">Nov 2, 2026, 15:05 GMT+1</time>}: the date and
   * time as the language writes them, then the zone's offset at that time ({@code UTC} in a site
   * kept in UTC).
   */
  TimeView time(Instant at) {
    Instant seconds = at.truncatedTo(ChronoUnit.SECONDS);
    Formatters f = formatters.get();
    Date date = Date.from(seconds);
    String name = utc ? "UTC" : f.offset().format(date);
    LocalDateTime utcTime =
        LocalDateTime.ofEpochSecond(seconds.getEpochSecond(), 0, ZoneOffset.UTC);
    String machine =
        utcTime.getYear() >= 0 && utcTime.getYear() <= 9999 ? machine(utcTime) : seconds.toString();
    return new TimeView(machine, f.time().format(date) + " " + name);
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
    if (!date(start).equals(date(end))) {
      return full;
    }
    Formatters f = formatters.get();
    Date date = Date.from(end.truncatedTo(ChronoUnit.SECONDS));
    String name = utc ? "UTC" : f.offset().format(date);
    return new TimeView(full.datetime(), f.clock().format(date) + " " + name);
  }

  /** {@code <time datetime="2026-11-02">Nov 2, 2026</time>}. */
  TimeView day(LocalDate date) {
    Date midnight = Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    return new TimeView(date.toString(), formatters.get().day().format(midnight));
  }

  /** {@code <time datetime="2026-11">November 2026</time>}. */
  TimeView month(YearMonth month) {
    Date first = Date.from(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    return new TimeView(month.toString(), formatters.get().month().format(first));
  }

  LocalDate date(Instant at) {
    return at.atZone(zone).toLocalDate();
  }

  /** Such as "1 hr, 35 min", "2 days, 3 hr" or "under 1 min", as the language shortens units. */
  String duration(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes < 1) {
      return words.get("duration.under_minute");
    }
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    long mins = minutes % 60;
    List<Measure> parts = new ArrayList<>();
    if (days > 0) {
      parts.add(new Measure(days, MeasureUnit.DAY));
      if (hours > 0) {
        parts.add(new Measure(hours, MeasureUnit.HOUR));
      }
    } else {
      if (hours > 0) {
        parts.add(new Measure(hours, MeasureUnit.HOUR));
      }
      if (mins > 0 || hours == 0) {
        parts.add(new Measure(mins, MeasureUnit.MINUTE));
      }
    }
    return units.formatMeasures(parts.toArray(new Measure[0]));
  }

  /**
   * A share from 0 to 1 as a percentage with two decimals, rounded down so that any downtime shows
   * below 100: "100%", "99.82%", "99,82 %".
   */
  String percent(double share) {
    return percentOf(share * 100);
  }

  /** A percentage from 0 to 100, as {@link #percent}; "no data" when empty. */
  String percent(OptionalDouble percent) {
    return percent.isPresent() ? percentOf(percent.getAsDouble()) : words.get("no_data");
  }

  /** A share from 0 to 1, as {@link #percent}; "no data" when empty. */
  String percent(Optional<Double> share) {
    return share.map(this::percent).orElse(words.get("no_data"));
  }

  private String percentOf(double percent) {
    double floored = Math.floor(Math.max(0, Math.min(100, percent)) * 100 + 1e-9) / 100;
    return words.percent(floored, floored >= 100 ? 0 : 2);
  }
}
