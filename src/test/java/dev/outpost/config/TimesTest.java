package dev.outpost.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimesTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @ParameterizedTest
  @CsvSource({
    "2026-11-02T14:05:00Z,       2026-11-02T14:05:00Z",
    "2026-11-02T14:05Z,          2026-11-02T14:05:00Z",
    "2026-11-02T14:05:00.5Z,     2026-11-02T14:05:00.500Z",
    "2026-11-02T14:05+01:00,     2026-11-02T13:05:00Z",
    "2026-11-02T14:05:00-05:00,  2026-11-02T19:05:00Z",
    "2026-11-02 14:05:00Z,       2026-11-02T14:05:00Z",
    "2026-11-02T14:05:00,        2026-11-02T13:05:00Z",
    "2026-11-02T14:05,           2026-11-02T13:05:00Z",
    "2026-11-02 14:05,           2026-11-02T13:05:00Z",
    "2026-07-02 14:05,           2026-07-02T12:05:00Z",
  })
  void readsTimesWithAnOffsetExactlyAndOthersInTheZone(String text, String expected) {
    assertEquals(Optional.of(Instant.parse(expected)), Times.parse(text, BERLIN));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-11-02",
        "14:05",
        "2026-11-02T14",
        "2026-11-02T25:00Z",
        "2026-02-30T10:00:00Z",
        "2026-11-02T23:59:60Z",
        "2026-11-02T24:00Z",
        "2026-13-02T10:00Z",
        "2026-11-02T14:5:00Z",
        "02.11.2026 14:05",
        "2026-11-02  14:05",
        "yesterday",
        ""
      })
  void rejectsAnythingElse(String text) {
    assertEquals(Optional.empty(), Times.parse(text, BERLIN));
  }

  @org.junit.jupiter.api.Test
  void localTimesReadWithoutTheFormatterReadAsTheFormatterReadsThem() {
    java.util.Random random = new java.util.Random(11);
    for (int i = 0; i < 20_000; i++) {
      String text =
          String.format(
              "%04d-%02d-%02d%s%02d:%02d%s",
              1990 + random.nextInt(50),
              random.nextInt(14),
              random.nextInt(33),
              random.nextBoolean() ? "T" : " ",
              random.nextInt(26),
              random.nextInt(62),
              random.nextBoolean() ? "" : String.format(":%02d", random.nextInt(62)));
      Optional<Instant> expected;
      try {
        expected =
            Optional.of(
                java.time.LocalDateTime.parse(
                        text.replace(' ', 'T'),
                        java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .atZone(BERLIN)
                    .toInstant());
      } catch (java.time.format.DateTimeParseException e) {
        expected = Optional.empty();
      }
      assertEquals(expected, Times.parse(text, BERLIN), text);
    }
  }

  @org.junit.jupiter.api.Test
  void utcTimesReadWithoutTheFormatterReadAsTheFormatterReadsThem() {
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 20_000; i++) {
      String text =
          String.format(
              "%04d-%02d-%02dT%02d:%02d%sZ",
              1990 + random.nextInt(50),
              random.nextInt(14),
              random.nextInt(33),
              random.nextInt(26),
              random.nextInt(62),
              random.nextBoolean() ? "" : String.format(":%02d", random.nextInt(62)));
      Optional<Instant> expected;
      try {
        expected =
            Optional.of(
                java.time.OffsetDateTime.parse(
                        text, java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant());
      } catch (java.time.format.DateTimeParseException e) {
        expected = Optional.empty();
      }
      assertEquals(expected, Times.parse(text, BERLIN), text);
    }
  }

  @org.junit.jupiter.api.Test
  void theMessageShowsBothFormsAndTheZone() {
    assertEquals(
        "cannot read time `noon`: write it as 2026-11-02T14:05:00Z, or without an offset in the"
            + " site's time zone (Europe/Berlin)",
        Times.unreadable("noon", BERLIN));
  }
}
