package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.render.view.TimeView;
import dev.outpost.words.Words;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatTest {
  private static final Instant WINTER = Instant.parse("2026-11-02T14:05:00Z");
  private static final Instant SUMMER = Instant.parse("2026-07-02T14:05:30.5Z");

  private static Format format(String zone, String language) {
    return new Format(ZoneId.of(zone), Words.of(language, Map.of()));
  }

  @Test
  void anEndOnTheStartsDayLeavesTheDateOut() {
    Format berlin = format("Europe/Berlin", "en");
    Instant start = Instant.parse("2026-12-06T02:00:00Z");
    assertEquals(
        new TimeView("2026-12-06T04:00:00Z", "05:00 GMT+1"),
        berlin.until(start, Instant.parse("2026-12-06T04:00:00Z")));
    // 23:30 UTC is already the next day in Berlin: the date stays.
    assertEquals(
        "Dec 7, 2026, 00:30 GMT+1",
        berlin.until(start, Instant.parse("2026-12-06T23:30:00Z")).text());
    assertEquals(
        "05:00 UTC",
        format("UTC", "de").until(start, Instant.parse("2026-12-06T05:00:00Z")).text());
  }

  @Test
  void showsTimesInTheSiteZoneWithItsOffsetAndKeepsUtcForMachines() {
    assertEquals(
        new TimeView("2026-11-02T14:05:00Z", "Nov 2, 2026, 15:05 GMT+1"),
        format("Europe/Berlin", "en").time(WINTER));
    assertEquals(
        new TimeView("2026-07-02T14:05:30Z", "Jul 2, 2026, 16:05 GMT+2"),
        format("Europe/Berlin", "en").time(SUMMER));
  }

  @Test
  void writesTimesAsEachLanguageDoes() {
    assertEquals("2. Nov. 2026, 15:05 GMT+1", format("Europe/Berlin", "de").time(WINTER).text());
    assertEquals("2 nov. 2026, 15:05 UTC+1", format("Europe/Berlin", "fr").time(WINTER).text());
    assertEquals("2026年11月2日 23:05 GMT+9", format("Asia/Tokyo", "ja").time(WINTER).text());
    assertEquals("2026年11月2日 22:05 GMT+8", format("Asia/Shanghai", "zh-CN").time(WINTER).text());
  }

  @Test
  void writesDaysAndMonthsAsEachLanguageDoes() {
    LocalDate day = LocalDate.of(2026, 11, 2);
    assertEquals("Nov 2, 2026", format("UTC", "en").day(day).text());
    assertEquals("2. Nov. 2026", format("UTC", "de").day(day).text());
    assertEquals("2026年11月2日", format("UTC", "ja").day(day).text());
    assertEquals("November 2026", format("UTC", "en").month(YearMonth.of(2026, 11)).text());
    assertEquals("listopad 2026", format("UTC", "pl").month(YearMonth.of(2026, 11)).text());
    assertEquals("2026-11", format("UTC", "pl").month(YearMonth.of(2026, 11)).datetime());
  }

  @Test
  void namesUtcAndFixedOffsets() {
    assertEquals(
        "Nov 2, 2026, 14:05 UTC", new Format(ZoneOffset.UTC, Words.ENGLISH).time(WINTER).text());
    assertEquals("Nov 2, 2026, 14:05 UTC", format("Etc/UTC", "en").time(WINTER).text());
    assertEquals(
        "Nov 2, 2026, 16:05 GMT+2",
        new Format(ZoneOffset.ofHours(2), Words.ENGLISH).time(WINTER).text());
    assertEquals(
        "Nov 2, 2026, 19:35 GMT+5:30",
        new Format(ZoneOffset.ofHoursMinutes(5, 30), Words.ENGLISH).time(WINTER).text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe"})
  void writesTheMachineTimeAsInstantDoesAndTheLocalHourOfTheZone(String id) {
    ZoneId zone = ZoneId.of(id);
    Format format = new Format(zone, Words.ENGLISH);
    Random random = new Random(id.hashCode());
    long from = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
    for (int i = 0; i < 2_000; i++) {
      Instant at = Instant.ofEpochSecond(random.nextLong(from, to));
      TimeView time = format.time(at);
      assertEquals(at.toString(), time.datetime());
      String local =
          String.format("%02d:%02d ", at.atZone(zone).getHour(), at.atZone(zone).getMinute());
      assertTrue(time.text().contains(local), () -> time.text() + " at " + at);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "PT0S, en, under 1 min",
    "PT59S, en, under 1 min",
    "PT45M, en, 45 min",
    "PT1H, en, 1 hr",
    "PT1H35M, en, '1 hr, 35 min'",
    "PT26H10M, en, '1 day, 2 hr'",
    "PT48H, en, 2 days",
    "PT1H35M, de, '1 Std., 35 Min.'",
    "PT48H, de, 2 Tg.",
    "PT1H35M, ja, 1 時間 35 分",
  })
  void writesDurationsShortly(Duration duration, String language, String text) {
    assertEquals(text, format("UTC", language).duration(duration));
  }

  @ParameterizedTest
  @CsvSource({
    "1.0, en, 100%",
    "0.9982, en, 99.82%",
    "0.99999, en, 99.99%",
    "0.0, en, 0.00%",
    "0.5, en, 50.00%",
    "0.9982, de, '99,82\u00a0%'",
    "0.9982, fr, '99,82\u00a0%'",
  })
  void roundsPercentagesDownSoThatDowntimeShows(double share, String language, String text) {
    assertEquals(text, format("UTC", language).percent(share));
  }

  @Test
  void saysNoDataForAnEmptyPercentage() {
    assertEquals("no data", format("UTC", "en").percent(OptionalDouble.empty()));
    assertEquals("keine Daten", format("UTC", "de").percent(OptionalDouble.empty()));
    assertEquals("99.80%", format("UTC", "en").percent(OptionalDouble.of(99.8)));
  }
}
