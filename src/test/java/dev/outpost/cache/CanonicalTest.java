package dev.outpost.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Impact;
import dev.outpost.model.Incident;
import dev.outpost.model.IncidentState;
import dev.outpost.model.IncidentUpdate;
import dev.outpost.model.Origin;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The canonical text that keys kept pages: equal values give equal text whatever the order of their
 * maps and sets, and any difference, even one spelled with the encoding's own punctuation, gives a
 * different text.
 */
class CanonicalTest {
  private static final Instant START = Instant.parse("2026-11-19T15:30:00Z");

  /** A record that keeps its map and set as given, so their iteration order is the test's. */
  record Holder(Map<String, ComponentStatus> statuses, Set<String> tags) {}

  record Pair(String first, String second) {}

  record OtherPair(String first, String second) {}

  record Maybe(Optional<String> value) {}

  @Test
  void equalIncidentsGiveEqualTextWhateverTheOrderTheirMapsWereFilledIn() {
    Incident forwards = incident(statuses(List.of("api", "cdn", "database", "webhooks", "auth")));
    Incident backwards = incident(statuses(List.of("auth", "webhooks", "database", "cdn", "api")));
    Incident fromMapOf =
        incident(
            Map.of(
                "database", ComponentStatus.MAJOR_OUTAGE,
                "api", ComponentStatus.PARTIAL_OUTAGE,
                "webhooks", ComponentStatus.MAJOR_OUTAGE,
                "auth", ComponentStatus.DEGRADED_PERFORMANCE,
                "cdn", ComponentStatus.PARTIAL_OUTAGE));
    assertEquals(forwards, backwards);
    assertEquals(forwards, fromMapOf);

    assertEquals(Canonical.of(forwards), Canonical.of(backwards));
    assertEquals(Canonical.of(forwards), Canonical.of(fromMapOf));
  }

  @Test
  void mapsAndSetsIteratedInReverseOrdersGiveTheSameText() {
    List<String> ids = List.of("api", "auth", "cdn", "database", "runners", "webhooks");
    Map<String, ComponentStatus> forwards = statuses(ids);
    Map<String, ComponentStatus> backwards = statuses(reversed(ids));
    Set<String> tagsForwards = new LinkedHashSet<>(ids);
    Set<String> tagsBackwards = new LinkedHashSet<>(reversed(ids));
    // The point of the test: the same entries, met in opposite orders.
    assertEquals(forwards, backwards);
    assertEquals(List.copyOf(forwards.keySet()), reversed(List.copyOf(backwards.keySet())));
    assertEquals(List.copyOf(tagsForwards), reversed(List.copyOf(tagsBackwards)));

    assertEquals(Canonical.of(forwards), Canonical.of(backwards));
    assertEquals(Canonical.of(tagsForwards), Canonical.of(tagsBackwards));
    assertEquals(
        Canonical.of(new Holder(forwards, tagsForwards)),
        Canonical.of(new Holder(backwards, tagsBackwards)));
    // Nested: a list of maps, each filled in its own order.
    assertEquals(
        Canonical.of(List.of(forwards, backwards)), Canonical.of(List.of(backwards, forwards)));
  }

  @Test
  void incidentsThatDifferInAnyOneThingGiveDifferentTexts() {
    Incident base = incident(statuses(List.of("api", "cdn")));
    Map<String, Incident> variants = new LinkedHashMap<>();
    variants.put("id", copy(base, "other-id", base.title(), base.body(), base.updates()));
    variants.put("title", copy(base, base.id(), base.title() + "!", base.body(), base.updates()));
    variants.put("title case", copy(base, base.id(), "stale assets", base.body(), base.updates()));
    variants.put("body", copy(base, base.id(), base.title(), "Root cause.", base.updates()));
    variants.put("null body", copy(base, base.id(), base.title(), null, base.updates()));
    variants.put(
        "declared impact",
        new Incident(
            base.id(),
            base.title(),
            Impact.NONE,
            base.updates(),
            base.body(),
            base.postmortem(),
            base.origin()));
    variants.put(
        "postmortem",
        new Incident(
            base.id(),
            base.title(),
            base.declaredImpact(),
            base.updates(),
            base.body(),
            true,
            base.origin()));
    variants.put(
        "origin url",
        new Incident(
            base.id(),
            base.title(),
            base.declaredImpact(),
            base.updates(),
            base.body(),
            base.postmortem(),
            new Origin("incidents/stale.md", "https://github.com/acme/status/issues/1")));
    variants.put(
        "no origin",
        new Incident(
            base.id(),
            base.title(),
            base.declaredImpact(),
            base.updates(),
            base.body(),
            base.postmortem(),
            null));
    variants.put(
        "an update's body",
        withFirstUpdate(
            base, u -> new IncidentUpdate(u.at(), u.state(), u.components(), u.body() + " More.")));
    variants.put(
        "an update's empty body",
        withFirstUpdate(base, u -> new IncidentUpdate(u.at(), u.state(), u.components(), "")));
    variants.put(
        "an update's time",
        withFirstUpdate(
            base,
            u -> new IncidentUpdate(u.at().minusNanos(1), u.state(), u.components(), u.body())));
    variants.put(
        "an update's state",
        withFirstUpdate(
            base,
            u -> new IncidentUpdate(u.at(), IncidentState.IDENTIFIED, u.components(), u.body())));
    variants.put(
        "a component's status",
        withFirstUpdate(
            base,
            u ->
                new IncidentUpdate(
                    u.at(),
                    u.state(),
                    Map.of(
                        "api", ComponentStatus.PARTIAL_OUTAGE,
                        "cdn", ComponentStatus.MAJOR_OUTAGE),
                    u.body())));
    variants.put(
        "one component fewer",
        withFirstUpdate(
            base,
            u ->
                new IncidentUpdate(
                    u.at(), u.state(), Map.of("api", ComponentStatus.PARTIAL_OUTAGE), u.body())));
    variants.put(
        "one update fewer",
        copy(base, base.id(), base.title(), base.body(), base.updates().subList(0, 1)));

    String text = Canonical.of(base);
    List<String> texts = new ArrayList<>(List.of(text));
    for (Map.Entry<String, Incident> variant : variants.entrySet()) {
      assertNotEquals(base, variant.getValue(), variant.getKey());
      String other = Canonical.of(variant.getValue());
      assertNotEquals(text, other, variant.getKey());
      texts.add(other);
    }
    assertEquals(texts.size(), Set.copyOf(texts).size(), "every variant differs from every other");
  }

  @Test
  void nullEmptyAndAbsentAreAllDifferent() {
    List<Object> values = new ArrayList<>();
    values.add(null);
    values.add("");
    values.add("N");
    values.add("ON");
    values.add(Optional.empty());
    values.add(Optional.of(""));
    values.add(Optional.of("N"));
    values.add(List.of());
    values.add(List.of(""));
    values.add(Set.of());
    values.add(Map.of());
    values.add(new Maybe(Optional.empty()));
    values.add(new Maybe(Optional.of("")));
    values.add(new Maybe(null));

    assertAllDifferent(values);
  }

  @Test
  void valuesOfDifferentTypesThatPrintAlikeAreDifferent() {
    assertAllDifferent(
        List.of(
            1,
            1L,
            "1",
            true,
            "true",
            IncidentState.RESOLVED,
            "RESOLVED",
            "dev.outpost.model.IncidentState.RESOLVED",
            ComponentStatus.OPERATIONAL,
            new Pair("a", "b"),
            new OtherPair("a", "b"),
            List.of("a", "b"),
            Set.of("a", "b"),
            Map.of("a", "b"),
            Instant.EPOCH,
            "1970-01-01T00:00:00Z",
            Duration.ZERO,
            "PT0S",
            LocalDate.of(1970, 1, 1),
            ZoneId.of("UTC"),
            ZoneId.of("Z"),
            URI.create("https://example.com/")));
  }

  @Test
  void theEncodingsOwnPunctuationInsideStringsCannotMakeValuesCollide() {
    assertAllDifferent(
        List.of(
            List.of("a", "b"),
            List.of("ab"),
            List.of("a" + "S1:b"),
            List.of("a", "S1:b"),
            List.of("aS1:", "b"),
            List.of("a]", "b"),
            List.of("a", "]b"),
            List.of("a]L1[", "b"),
            List.of("L2[S1:aS1:b]"),
            List.of(List.of("a"), "b"),
            List.of(List.of("a", "b")),
            List.of("a", List.of("b")),
            List.of("{", "}"),
            List.of("{}"),
            List.of("1:a"),
            List.of("1", "a"),
            "L2[S1:aS1:b]",
            "S1:a"));
    assertAllDifferent(
        List.of(
            new Pair("x", "yS1:z"),
            new Pair("xS1:y", "z"),
            new Pair("x}", "y"),
            new Pair("x", "}y"),
            new Pair("x", "y"),
            new Pair("xy", ""),
            new Pair("", "xy"),
            new Pair(null, "xy"),
            new Pair("N", "xy")));
    assertAllDifferent(
        List.of(
            Map.of("a", "b:c"),
            Map.of("a:b", "c"),
            Map.of("a", "bS1:c"),
            Map.of("aS1:b", "c"),
            Map.of("a", "b", "c", "d"),
            Map.of("a", "bS1:cS1:d"),
            Map.of("a", List.of("b", "c")),
            Map.of("a", List.of("bc"))));
    assertAllDifferent(List.of(Set.of("a", "b"), Set.of("ab"), Set.of("aS1:b"), Set.of("a]", "b")));
  }

  @Test
  void noTwoPairsOfShortStringsMadeOfPunctuationShareAText() {
    // Every string of up to three characters from letters that the encoding, or a simpler one,
    // might use as its own punctuation: any ambiguity shows up as two pairs with one text.
    List<String> strings = new ArrayList<>(List.of(""));
    String alphabet = "aS1:]{}";
    for (int length = 1; length <= 3; length++) {
      List<String> longer = new ArrayList<>();
      for (String string : strings) {
        if (string.length() == length - 1) {
          for (char c : alphabet.toCharArray()) {
            longer.add(string + c);
          }
        }
      }
      strings.addAll(longer);
    }
    assertEquals(1 + 7 + 49 + 343, strings.size());

    Map<String, Object> records = new HashMap<>();
    Map<String, Object> lists = new HashMap<>();
    Map<String, Object> maps = new HashMap<>();
    for (String first : strings) {
      for (String second : strings) {
        assertUnique(records, new Pair(first, second));
        assertUnique(lists, List.of(first, second));
        assertUnique(maps, Map.of(first, second));
      }
    }
  }

  @Test
  void anUnsupportedValueIsRefusedNamingItsClass() {
    IllegalArgumentException object =
        assertThrows(IllegalArgumentException.class, () -> Canonical.of(new Object()));
    assertTrue(object.getMessage().contains("java.lang.Object"), object.getMessage());

    IllegalArgumentException date =
        assertThrows(IllegalArgumentException.class, () -> Canonical.of(new Date(0)));
    assertTrue(date.getMessage().contains("java.util.Date"), date.getMessage());

    // A double is written exactly; a float, which would print like a double, is refused.
    assertNotEquals(Canonical.of(1.5d), Canonical.of("1.5"));
    IllegalArgumentException real =
        assertThrows(IllegalArgumentException.class, () -> Canonical.of(1.5f));
    assertTrue(real.getMessage().contains("java.lang.Float"), real.getMessage());
  }

  @Test
  void anUnsupportedValueDeepInsideIsRefusedToo() {
    IllegalArgumentException inList =
        assertThrows(IllegalArgumentException.class, () -> Canonical.of(List.of("a", new Date(0))));
    assertTrue(inList.getMessage().contains("java.util.Date"), inList.getMessage());

    IllegalArgumentException inMap =
        assertThrows(
            IllegalArgumentException.class, () -> Canonical.of(Map.of("a", new StringBuilder())));
    assertTrue(inMap.getMessage().contains("java.lang.StringBuilder"), inMap.getMessage());

    record WithDate(String name, Date when) {}
    IllegalArgumentException inRecord =
        assertThrows(
            IllegalArgumentException.class, () -> Canonical.of(new WithDate("a", new Date(0))));
    assertTrue(inRecord.getMessage().contains("java.util.Date"), inRecord.getMessage());

    IllegalArgumentException inOptional =
        assertThrows(
            IllegalArgumentException.class, () -> Canonical.of(Optional.of(new AtomicInteger())));
    assertTrue(
        inOptional.getMessage().contains("java.util.concurrent.atomic.AtomicInteger"),
        inOptional.getMessage());
  }

  private static void assertAllDifferent(List<?> values) {
    Map<String, Object> seen = new LinkedHashMap<>();
    for (Object value : values) {
      Object before = seen.put(Canonical.of(value), value);
      assertTrue(
          before == null,
          () -> before + " and " + value + " have the same text " + Canonical.of(value));
    }
  }

  private static void assertUnique(Map<String, Object> seen, Object value) {
    String text = Canonical.of(value);
    Object before = seen.put(text, value);
    if (before != null) {
      throw new AssertionError(before + " and " + value + " have the same text " + text);
    }
  }

  private static Map<String, ComponentStatus> statuses(List<String> ids) {
    Map<String, ComponentStatus> statuses = new LinkedHashMap<>();
    for (String id : ids) {
      statuses.put(id, status(id));
    }
    return statuses;
  }

  private static ComponentStatus status(String id) {
    return switch (id) {
      case "database", "webhooks" -> ComponentStatus.MAJOR_OUTAGE;
      case "auth" -> ComponentStatus.DEGRADED_PERFORMANCE;
      default -> ComponentStatus.PARTIAL_OUTAGE;
    };
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  private static Incident incident(Map<String, ComponentStatus> statuses) {
    return new Incident(
        "2026-11-19-stale-cdn-assets",
        "Stale assets after deploys",
        null,
        List.of(
            new IncidentUpdate(
                START, IncidentState.INVESTIGATING, statuses, "Some edges serve old versions."),
            new IncidentUpdate(
                START.plusSeconds(2400),
                IncidentState.RESOLVED,
                Map.of(),
                "Purges reach all edges again.")),
        "",
        false,
        Origin.file("incidents/2026-11-19-stale-cdn-assets.md"));
  }

  private static Incident copy(
      Incident incident, String id, String title, String body, List<IncidentUpdate> updates) {
    return new Incident(
        id,
        title,
        incident.declaredImpact(),
        updates,
        body,
        incident.postmortem(),
        incident.origin());
  }

  private static Incident withFirstUpdate(Incident incident, UnaryOperator<IncidentUpdate> change) {
    List<IncidentUpdate> updates = new ArrayList<>(incident.updates());
    updates.set(0, change.apply(updates.get(0)));
    return copy(incident, incident.id(), incident.title(), incident.body(), updates);
  }
}
