package dev.outpost.model;

import static dev.outpost.model.Given.MAJOR;
import static dev.outpost.model.Given.OPERATIONAL;
import static dev.outpost.model.Given.component;
import static dev.outpost.model.Given.outage;
import static dev.outpost.model.Given.page;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Days are days of the site's zone, 23 or 25 hours long across a DST change. */
class UptimeZoneTest extends DailyUptimeScenario {
  private static final Component API = component("api");

  @Test
  void daysAreDaysOfTheSiteZone() {
    // 23:00 to 01:00 in Berlin (CEST, UTC+2) on the night from 23 to 24 October
    givenUptime(
        page()
            .zone("Europe/Berlin")
            .days(2)
            .incidents(outage("i", "api", MAJOR, "2026-10-23T21:00:00Z", "2026-10-23T23:00:00Z")),
        API,
        "2026-10-24T12:00:00Z");

    thenDay(0, "2026-10-23", 1 - 1.0 / 24, Duration.ofHours(1), MAJOR);
    thenDay(1, "2026-10-24", 1 - 1.0 / 14, Duration.ofHours(1), MAJOR);
  }

  @Test
  void theSpringForwardDayHas23Hours() {
    // Berlin 2026-03-29 runs from 2026-03-28T23:00Z to 2026-03-29T22:00Z; 01:30 CET to 03:30 CEST
    givenUptime(
        page()
            .zone("Europe/Berlin")
            .days(2)
            .incidents(outage("i", "api", MAJOR, "2026-03-29T00:30:00Z", "2026-03-29T01:30:00Z")),
        API,
        "2026-03-30T10:00:00Z");

    thenDay(0, "2026-03-29", 1 - 1.0 / 23, Duration.ofHours(1), MAJOR);
    thenDay(1, "2026-03-30", 1.0, Duration.ZERO, OPERATIONAL);
    thenPercent(100 * (1 - 1.0 / 35));
  }

  @Test
  void theFallBackDayHas25Hours() {
    // Berlin 2026-10-25 runs from 2026-10-24T22:00Z to 2026-10-25T23:00Z
    givenUptime(
        page()
            .zone("Europe/Berlin")
            .days(3)
            .incidents(
                outage("midnight", "api", MAJOR, "2026-10-24T21:00:00Z", "2026-10-24T23:00:00Z"),
                outage("change", "api", MAJOR, "2026-10-25T00:00:00Z", "2026-10-25T02:00:00Z")),
        API,
        "2026-10-26T11:00:00Z");

    thenDay(0, "2026-10-24", 1 - 1.0 / 24, Duration.ofHours(1), MAJOR);
    thenDay(1, "2026-10-25", 1 - 3.0 / 25, Duration.ofHours(3), MAJOR);
    thenDay(2, "2026-10-26", 1.0, Duration.ZERO, OPERATIONAL);
    thenPercent(100 * (1 - 4.0 / 61));
  }
}
