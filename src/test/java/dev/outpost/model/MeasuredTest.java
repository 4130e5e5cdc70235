package dev.outpost.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Measured availability and response times: what the page and api/checks.json say. */
class MeasuredTest {
  static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  static final Duration DAY = Duration.ofDays(1);

  static Measured of(Measured.Sample... samples) {
    return new Measured("api-health", "api", "http", "https://api.example/", List.of(samples));
  }

  static Measured.Sample ok(String ago, long ms) {
    return new Measured.Sample(NOW.minus(Duration.parse(ago)), true, ms);
  }

  static Measured.Sample failed(String ago) {
    return new Measured.Sample(NOW.minus(Duration.parse(ago)), false, 10_000);
  }

  @Test
  void anEmptyHistoryHasNoAvailabilityAndNoMedian() {
    assertEquals(Optional.empty(), of().availability(NOW, DAY));
    assertEquals(Optional.empty(), of().medianMillis(NOW, DAY));
  }

  @Test
  void allFailingIsZeroWithNoMedian() {
    Measured m = of(failed("PT10M"), failed("PT5M"));
    assertEquals(Optional.of(0.0), m.availability(NOW, DAY));
    assertEquals(Optional.empty(), m.medianMillis(NOW, DAY));
  }

  @Test
  void gapsCountNeitherWay() {
    // Three runs in a day with hours missing between them: availability is of the runs made.
    Measured m = of(ok("PT20H", 100), failed("PT10H"), ok("PT1H", 300), ok("PT5M", 200));
    assertEquals(Optional.of(0.75), m.availability(NOW, DAY));
    assertEquals(Optional.of(200L), m.medianMillis(NOW, DAY));
  }

  @Test
  void eachWindowHoldsOnlyItsOwnRuns() {
    Measured m = of(failed("P30D"), failed("P3D"), ok("PT1H", 50), ok("PT0S", 70));
    assertEquals(Optional.of(1.0), m.availability(NOW, DAY));
    assertEquals(Optional.of(2.0 / 3), m.availability(NOW, Duration.ofDays(7)));
    assertEquals(Optional.of(0.5), m.availability(NOW, Duration.ofDays(90)));
    assertEquals(2, m.within(NOW, DAY).size());
    // A run exactly one window ago belongs to the window before.
    assertEquals(List.of(), of(ok("P1D", 5)).within(NOW, DAY));
  }

  @Test
  void theMedianOfAnEvenCountIsTheLowerMiddle() {
    List<Measured.Sample> samples = new ArrayList<>();
    for (long ms : new long[] {400, 100, 300, 200}) {
      samples.add(new Measured.Sample(NOW.minusSeconds(ms), true, ms));
    }
    assertEquals(
        Optional.of(200L), new Measured("a", "api", "tcp", "h:1", samples).medianMillis(NOW, DAY));
  }
}
