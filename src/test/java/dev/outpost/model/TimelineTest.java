package dev.outpost.model;

import static dev.outpost.model.Given.DEGRADED;
import static dev.outpost.model.Given.MAINTENANCE;
import static dev.outpost.model.Given.MAJOR;
import static dev.outpost.model.Given.OPERATIONAL;
import static dev.outpost.model.Given.PARTIAL;
import static dev.outpost.model.Given.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
  // Policies that weigh one status only, so a tally's downtime is that status's time in nanoseconds
  private static final UptimePolicy ONLY_MAJOR = new UptimePolicy(1, 1, 0, 0);
  private static final UptimePolicy ONLY_PARTIAL = new UptimePolicy(1, 0, 1, 0);
  private static final UptimePolicy ONLY_DEGRADED = new UptimePolicy(1, 0, 0, 1);

  @Test
  void nestedSegmentsCountEachInstantOnceWithTheWorstStatus() {
    Timeline timeline =
        Timeline.merge(
            List.of(
                segment(0, 10, DEGRADED),
                segment(2, 8, PARTIAL),
                segment(4, 6, MAJOR),
                segment(1, 9, MAINTENANCE)),
            at("2026-11-02T23:00:00Z"));

    Timeline.Tally tally = timeline.tally(hour(0), hour(24));

    assertEquals(hours(2), tally.downtime(ONLY_MAJOR));
    assertEquals(hours(4), tally.downtime(ONLY_PARTIAL));
    assertEquals(hours(4), tally.downtime(ONLY_DEGRADED));
    assertEquals(MAJOR, tally.worst());
  }

  @Test
  void segmentsAreCutAtUntilAndTalliesAtTheirBounds() {
    Timeline timeline =
        Timeline.merge(
            List.of(segment(0, 4, MAJOR), segment(4, 8, MAJOR), segment(10, 20, PARTIAL)),
            hour(12));

    assertEquals(hours(6), timeline.tally(hour(2), hour(9)).downtime(ONLY_MAJOR));
    assertEquals(hours(2), timeline.tally(hour(0), hour(24)).downtime(ONLY_PARTIAL));
    assertEquals(OPERATIONAL, timeline.tally(hour(8), hour(10)).worst());
    assertEquals(0.0, timeline.tally(hour(12), hour(24)).downtime(ONLY_PARTIAL));
  }

  @Test
  void operationalAndEmptySegmentsAreIgnored() {
    Timeline timeline =
        Timeline.merge(List.of(segment(0, 4, OPERATIONAL), segment(5, 5, MAJOR)), hour(24));

    assertEquals(OPERATIONAL, timeline.tally(hour(0), hour(24)).worst());
  }

  private static StatusSegment segment(int from, int to, ComponentStatus status) {
    return new StatusSegment(hour(from), hour(to), status);
  }

  private static Instant hour(int hour) {
    return at("2026-11-02T00:00:00Z").plusSeconds(3600L * hour);
  }

  private static double hours(int hours) {
    return 3600e9 * hours;
  }
}
