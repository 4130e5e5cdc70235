package dev.outpost.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamesTest {
  private static final List<String> KEYS = List.of("title", "components", "started", "body", "at");

  @Test
  void suggestsTheClosestNameWithinTwoEdits() {
    assertEquals(Optional.of("body"), Names.closest("bdy", KEYS));
    assertEquals(Optional.of("title"), Names.closest("Title", KEYS));
    assertEquals(Optional.of("started"), Names.closest("start", KEYS));
    assertEquals(Optional.of("components"), Names.closest("componets", KEYS));
    assertEquals(Optional.of("title"), Names.closest("titel", KEYS));
  }

  @Test
  void suggestsNothingForFarOrShortWords() {
    assertEquals(Optional.empty(), Names.closest("summary", KEYS));
    assertEquals(Optional.empty(), Names.closest("x", KEYS));
    assertEquals(Optional.empty(), Names.closest("on", List.of("at")));
  }

  @Test
  void aSwapIsOneEdit() {
    assertEquals(1, Names.distance("wbe", "web"));
    assertEquals(2, Names.distance("bdoy", "by"));
    assertEquals(3, Names.distance("kitten", "sitting"));
  }

  @Test
  void idsAreLowercaseLettersDigitsAndDashes() {
    assertTrue(Names.isValidId("api"));
    assertTrue(Names.isValidId("2026-11-02-api-errors"));
    assertFalse(Names.isValidId("-api"));
    assertFalse(Names.isValidId("API"));
    assertFalse(Names.isValidId("api_v2"));
    assertFalse(Names.isValidId(""));
  }
}
