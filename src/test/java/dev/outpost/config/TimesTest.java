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
        "02.11.2026 14:05",
        "2026-11-02  14:05",
        "yesterday",
        ""
      })
  void rejectsAnythingElse(String text) {
    assertEquals(Optional.empty(), Times.parse(text, BERLIN));
  }

  @org.junit.jupiter.api.Test
  void theMessageShowsBothFormsAndTheZone() {
    assertEquals(
        "cannot read time `noon`: write it as 2026-11-02T14:05:00Z, or without an offset in the"
            + " site's time zone (Europe/Berlin)",
        Times.unreadable("noon", BERLIN));
  }
}
