package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.render.view.TimeView;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatTest {
  @Test
  void showsTimesInTheSiteZoneAndKeepsUtcForMachines() {
    TimeView time =
        new Format(ZoneId.of("Europe/Berlin")).time(Instant.parse("2026-11-02T14:05:00Z"));
    assertEquals(new TimeView("2026-11-02T14:05:00Z", "Nov 2, 2026, 15:05 CET"), time);
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
