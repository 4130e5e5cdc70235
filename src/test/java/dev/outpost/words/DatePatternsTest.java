package dev.outpost.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The written-out date patterns are the ones ICU's generator gives, and format as it would. */
class DatePatternsTest {
  private static final List<Instant> INSTANTS =
      List.of(
          Instant.parse("2026-11-21T12:00:00Z"),
          Instant.parse("2026-07-01T23:59:00Z"),
          Instant.parse("1999-01-09T04:07:00Z"));

  static Iterable<String> languages() {
    return Languages.SUPPORTED;
  }

  @Test
  void everySupportedLanguageHasAPatternForEverySkeleton() {
    assertEquals(Languages.SUPPORTED.size(), DatePatterns.PATTERNS.size());
    for (String tag : Languages.SUPPORTED) {
      assertEquals(DatePatterns.SKELETONS.size(), DatePatterns.PATTERNS.get(tag).size(), tag);
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void eachPatternIsTheGenerators(String tag) {
    for (String skeleton : DatePatterns.SKELETONS) {
      assertEquals(
          DatePatterns.generated(tag, skeleton),
          DatePatterns.of(tag, skeleton),
          () -> tag + " " + skeleton + ": ICU's generator gives another pattern; write it out");
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void datesFormatAsTheSkeletonsInstanceWould(String tag) {
    Words words = Words.of(tag, Map.of());
    for (String skeleton : List.of("yMMMdHHmm", "HHmm", "yMMMd", "yMMMM", "MMMEd")) {
      for (String zone : List.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata")) {
        DateFormat expected =
            DateFormat.getInstanceForSkeleton(skeleton, ULocale.forLanguageTag(tag));
        expected.setTimeZone(TimeZone.getTimeZone(zone));
        DateFormat actual = words.dates(skeleton, ZoneId.of(zone));
        for (Instant at : INSTANTS) {
          Date date = Date.from(at);
          assertEquals(
              expected.format(date), actual.format(date), tag + " " + skeleton + " " + zone);
        }
      }
    }
  }

  @Test
  void eachCallGivesItsOwnFormatterInItsOwnZone() {
    Words words = Words.of("de", Map.of());
    DateFormat berlin = words.dates("HHmm", ZoneId.of("Europe/Berlin"));
    DateFormat tokyo = words.dates("HHmm", ZoneId.of("Asia/Tokyo"));
    assertNotSame(berlin, tokyo);
    Date noon = Date.from(Instant.parse("2026-11-21T12:00:00Z"));
    assertEquals("13:00", berlin.format(noon));
    assertEquals("21:00", tokyo.format(noon));
  }

  @Test
  void theSameLanguageAndStringsGiveTheSameWordsAndOtherStringsOtherWords() {
    Words plain = Words.of("fr", Map.of());
    assertSame(plain, Words.of("fr", Map.of()));
    Words own = Words.of("fr", Map.of("index.past", "Avant"));
    assertNotSame(plain, own);
    assertEquals("Avant", own.get("index.past"));
    assertEquals("Avant", Words.of("fr", Map.of("index.past", "Avant")).get("index.past"));
    assertEquals(plain.get("index.past"), Words.of("fr", Map.of()).get("index.past"));
    assertEquals("de", Words.of("de", Map.of("index.past", "Avant")).tag());
  }
}
