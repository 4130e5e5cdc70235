package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.render.view.TimeView;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatTest {
  @Test
  void showsTimesInTheSiteZoneAndKeepsUtcForMachines() {
    TimeView time =
        new Format(ZoneId.of("Europe/Berlin")).time(Instant.parse("2026-11-02T14:05:00Z"));
    assertEquals(new TimeView("2026-11-02T14:05:00Z", "Nov 2, 2026, 15:05 CET"), time);
  }

  @Test
  void anEndOnTheStartsDayLeavesTheDateOut() {
    Format berlin = new Format(ZoneId.of("Europe/Berlin"));
    Instant start = Instant.parse("2026-12-06T02:00:00Z");
    assertEquals(
        new TimeView("2026-12-06T04:00:00Z", "05:00 CET"),
        berlin.until(start, Instant.parse("2026-12-06T04:00:00Z")));
    // 23:30 UTC is already the next day in Berlin: the date stays.
    assertEquals(
        "Dec 7, 2026, 00:30 CET",
        berlin.until(start, Instant.parse("2026-12-06T23:30:00Z")).text());
  }

  @Test
  void namesSummerTime() {
    TimeView time =
        new Format(ZoneId.of("Europe/Berlin")).time(Instant.parse("2026-07-02T14:05:30.5Z"));
    assertEquals(new TimeView("2026-07-02T14:05:30Z", "Jul 2, 2026, 16:05 CEST"), time);
  }

  @Test
  void namesOffsetZonesByTheirOffset() {
    Instant at = Instant.parse("2026-11-02T14:05:00Z");
    assertEquals("Nov 2, 2026, 14:05 UTC", new Format(ZoneOffset.UTC).time(at).text());
    assertEquals("Nov 2, 2026, 16:05 UTC+02:00", new Format(ZoneOffset.ofHours(2)).time(at).text());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UTC",
        "Z",
        "+05:30",
        "-08:00",
        "+01:02:03",
        "Europe/Berlin",
        "Europe/Dublin",
        "America/New_York",
        "Australia/Lord_Howe",
        "Asia/Kolkata"
      })
  void writesEveryTimeAsTheJdksFormattersDo(ZoneId zone) {
    Format format = new Format(zone);
    Before before = new Before(zone);
    for (Instant at : instants(zone)) {
      assertEquals(outcome(() -> before.time(at)), outcome(() -> format.time(at)), at::toString);
    }
  }

  /**
   * Instants around every change of the zone's offset from 1850 to 2100, at the ends of the years
   * written with four digits and of those Instant can hold, and at random: with fractions of a
   * second, over the years 1 to 9999 and over 1900 to 2100.
   */
  private static List<Instant> instants(ZoneId zone) {
    List<Instant> instants = new ArrayList<>();
    ZoneRules rules = zone.getRules();
    Instant end = Instant.parse("2100-01-01T00:00:00Z");
    for (ZoneOffsetTransition change = rules.nextTransition(Instant.parse("1850-01-01T00:00:00Z"));
        change != null && change.getInstant().isBefore(end);
        change = rules.nextTransition(change.getInstant())) {
      for (long seconds : new long[] {-3601, -3600, -60, -1, 0, 1, 59, 60, 1800, 3599, 3600}) {
        instants.add(change.getInstant().plusSeconds(seconds));
      }
    }
    for (String edge :
        List.of(
            "-999999-06-01T00:00:00Z",
            "-0001-12-31T12:00:00Z",
            "-0001-12-31T23:59:59.999Z",
            "0000-01-01T00:00:00Z",
            "0000-01-01T12:00:00Z",
            "1970-01-01T00:00:00Z",
            "1969-12-31T23:59:59.5Z",
            "9999-12-31T12:00:00Z",
            "9999-12-31T23:59:59Z",
            "+10000-01-01T00:00:00Z",
            "+999999-06-01T00:00:00Z")) {
      instants.add(Instant.parse(edge));
    }
    instants.add(Instant.MIN);
    instants.add(Instant.MAX);
    Random random = new Random(zone.getId().hashCode());
    long first = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
    long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    long from = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
    for (int i = 0; i < 10_000; i++) {
      instants.add(
          Instant.ofEpochSecond(random.nextLong(first, last), random.nextInt(1_000_000_000)));
      instants.add(Instant.ofEpochSecond(random.nextLong(from, to), random.nextInt(1_000_000_000)));
    }
    return instants;
  }

  /** What {@code time} gives, or the class of what it throws. */
  private static Object outcome(Supplier<TimeView> time) {
    try {
      return time.get();
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }

  /**
   * The definition: {@link Format#time} as the JDK's formatters wrote it, before it did so itself.
   */
  private static final class Before {
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final String standardName;
    private final String daylightName;

    Before(ZoneId zone) {
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

    TimeView time(Instant at) {
      Instant seconds = at.truncatedTo(ChronoUnit.SECONDS);
      String text = dateTime.format(seconds);
      if (standardName != null) {
        text += " " + (zone.getRules().isDaylightSavings(seconds) ? daylightName : standardName);
      }
      return new TimeView(seconds.toString(), text);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "PT0S, under 1 min",
    "PT59S, under 1 min",
    "PT45M, 45 min",
    "PT1H, 1 h",
    "PT1H35M, 1 h 35 min",
    "PT26H10M, 1 d 2 h",
    "PT48H, 2 d",
  })
  void writesDurationsShortly(Duration duration, String text) {
    assertEquals(text, Format.duration(duration));
  }

  @ParameterizedTest
  @CsvSource({"1.0, 100%", "0.9982, 99.82%", "0.99999, 99.99%", "0.0, 0.00%", "0.5, 50.00%"})
  void roundsPercentagesDownSoThatDowntimeShows(double share, String text) {
    assertEquals(text, Format.percent(share));
  }

  @Test
  void saysNoDataForAnEmptyPercentage() {
    assertEquals("no data", Format.percent(OptionalDouble.empty()));
    assertEquals("99.80%", Format.percent(OptionalDouble.of(99.8)));
  }
}
