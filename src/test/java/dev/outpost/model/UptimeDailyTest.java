package dev.outpost.model;

import static dev.outpost.model.Given.DEGRADED;
import static dev.outpost.model.Given.MAINTENANCE;
import static dev.outpost.model.Given.MAJOR;
import static dev.outpost.model.Given.OPERATIONAL;
import static dev.outpost.model.Given.PARTIAL;
import static dev.outpost.model.Given.component;
import static dev.outpost.model.Given.incident;
import static dev.outpost.model.Given.maintenance;
import static dev.outpost.model.Given.outage;
import static dev.outpost.model.Given.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class UptimeDailyTest extends DailyUptimeScenario {
  private static final Component API = component("api");

  /** Three UTC days, 2026-11-01 to 2026-11-03; "now" is noon on the third. */
  private static final String NOW = "2026-11-03T12:00:00Z";

  @Test
  void anIncidentAcrossMidnightIsSplitBetweenTheTwoDays() {
    givenUptime(
        page()
            .days(3)
            .incidents(outage("i", "api", MAJOR, "2026-11-01T22:00:00Z", "2026-11-02T03:00:00Z")),
        API,
        NOW);

    thenDay(0, "2026-11-01", 1 - 2.0 / 24, Duration.ofHours(2), MAJOR);
    thenDay(1, "2026-11-02", 1 - 3.0 / 24, Duration.ofHours(3), MAJOR);
    thenDay(2, "2026-11-03", 1.0, Duration.ZERO, OPERATIONAL);
    thenPercent(100 * (1 - 5.0 / 60));
  }

  @Test
  void anOngoingIncidentCountsUntilNowAndTodayOnlyUpToNow() {
    givenUptime(
        page().days(3).incidents(outage("i", "api", MAJOR, "2026-11-02T18:00:00Z", null)),
        API,
        NOW);

    thenDay(0, "2026-11-01", 1.0, Duration.ZERO, OPERATIONAL);
    thenDay(1, "2026-11-02", 0.75, Duration.ofHours(6), MAJOR);
    thenDay(2, "2026-11-03", 0.0, Duration.ofHours(12), MAJOR);
    thenPercent(100 * (1 - 18.0 / 60));
  }

  /**
   * Over 90 days: the last 30 (29.5 of them counted, as today counts up to noon) have their own
   * figure, without the incident 60 days ago.
   */
  @Test
  void theRecentFigureCoversTheLastThirtyDaysOnly() {
    givenUptime(
        page()
            .days(90)
            .incidents(
                outage("old", "api", MAJOR, "2026-09-04T00:00:00Z", "2026-09-04T12:00:00Z"),
                outage("new", "api", MAJOR, "2026-11-02T00:00:00Z", "2026-11-02T06:00:00Z")),
        API,
        NOW);

    thenPercent(100 * (1 - 18.0 / (89 * 24 + 12)));
    assertEquals(100 * (1 - 6.0 / (29 * 24 + 12)), series.recent().getAsDouble(), EXACT);
  }

  @Test
  void aSeriesOfFewerThanThirtyDaysHasOneFigure() {
    givenUptime(
        page().days(3).incidents(outage("i", "api", MAJOR, "2026-11-02T18:00:00Z", null)),
        API,
        NOW);

    assertEquals(series.percent(), series.recent());
  }

  @Test
  void theRecentFigureIsEmptyWhenNoneOfTheLastThirtyDaysCounted() {
    givenUptime(page().days(90), component("api", "2026-11-04"), NOW);

    assertEquals(OptionalDouble.empty(), series.recent());
  }

  @Test
  void anIncidentResolvedAfterNowCountsOnlyUpToNow() {
    givenUptime(
        page()
            .days(3)
            .incidents(outage("i", "api", MAJOR, "2026-11-03T09:00:00Z", "2026-11-03T20:00:00Z")),
        API,
        NOW);

    thenDay(2, "2026-11-03", 0.75, Duration.ofHours(3), MAJOR);
  }

  @Test
  void anUpdateAfterNowDoesNotCount() {
    Incident worsening =
        incident("i")
            .started("2026-11-03T06:00:00Z", Map.of("api", DEGRADED))
            .update("2026-11-03T13:00:00Z", IncidentState.IDENTIFIED, Map.of("api", MAJOR))
            .build();

    givenUptime(page().days(3).incidents(worsening), API, NOW);

    thenDay(2, "2026-11-03", 1.0, Duration.ZERO, DEGRADED);
  }

  @Test
  void overlappingMajorIncidentsAreMergedNotCountedTwice() {
    givenUptime(
        page()
            .days(3)
            .incidents(
                outage("a", "api", MAJOR, "2026-11-02T10:00:00Z", "2026-11-02T14:00:00Z"),
                outage("b", "api", MAJOR, "2026-11-02T12:00:00Z", "2026-11-02T16:00:00Z")),
        API,
        NOW);

    thenDay(1, "2026-11-02", 0.75, Duration.ofHours(6), MAJOR);
    thenPercent(100 * (1 - 6.0 / 60));
  }

  @Test
  void majorWinsWhereItOverlapsPartialAndPartialIsWeightedElsewhere() {
    givenUptime(
        page()
            .days(3)
            .incidents(
                outage("partial", "api", PARTIAL, "2026-11-02T10:00:00Z", "2026-11-02T16:00:00Z"),
                outage("major", "api", MAJOR, "2026-11-02T12:00:00Z", "2026-11-02T14:00:00Z")),
        API,
        NOW);

    // 2 h major + 4 h partial x 0.3 = 3 h 12 min
    thenDay(1, "2026-11-02", 1 - 3.2 / 24, Duration.ofMinutes(192), MAJOR);
  }

  @Test
  void degradedPerformanceCountsAsUpByDefaultButIsTheWorstOfTheDay() {
    givenUptime(
        page()
            .days(3)
            .incidents(
                outage("i", "api", DEGRADED, "2026-11-02T10:00:00Z", "2026-11-02T16:00:00Z")),
        API,
        NOW);

    thenDay(1, "2026-11-02", 1.0, Duration.ZERO, DEGRADED);
    thenPercent(100.0);
  }

  @Test
  void theWeightsComeFromThePolicy() {
    givenUptime(
        page()
            .policy(3, 0.5, 0.1, 0.05)
            .incidents(
                outage("major", "api", MAJOR, "2026-11-02T00:00:00Z", "2026-11-02T02:00:00Z"),
                outage("partial", "api", PARTIAL, "2026-11-02T04:00:00Z", "2026-11-02T06:00:00Z"),
                outage(
                    "degraded", "api", DEGRADED, "2026-11-02T08:00:00Z", "2026-11-02T12:00:00Z")),
        API,
        NOW);

    // 2 h x 0.5 + 2 h x 0.1 + 4 h x 0.05 = 1 h 24 min
    thenDay(1, "2026-11-02", 1 - 1.4 / 24, Duration.ofMinutes(84), MAJOR);
    thenPercent(100 * (1 - 1.4 / 60));
  }

  @Test
  void weightsAboveOneAreClampedToZeroUptime() {
    givenUptime(
        page()
            .policy(3, 100, 0.3, 0)
            .incidents(outage("i", "api", MAJOR, "2026-11-02T00:00:00Z", "2026-11-02T01:00:00Z")),
        API,
        NOW);

    thenDay(1, "2026-11-02", 0.0, Duration.ofHours(100), MAJOR);
    thenPercent(0.0);
  }

  @Test
  void daysBeforeTheComponentExistedDoNotCount() {
    givenUptime(
        page()
            .days(3)
            .incidents(
                outage("before", "api", MAJOR, "2026-11-01T00:00:00Z", "2026-11-01T12:00:00Z"),
                outage("after", "api", MAJOR, "2026-11-02T00:00:00Z", "2026-11-02T06:00:00Z")),
        component("api", "2026-11-02"),
        NOW);

    thenDayNotCounted(0, "2026-11-01");
    thenDay(1, "2026-11-02", 0.75, Duration.ofHours(6), MAJOR);
    thenDay(2, "2026-11-03", 1.0, Duration.ZERO, OPERATIONAL);
    thenPercent(100 * (1 - 6.0 / 36));
  }

  @Test
  void aComponentThatDoesNotExistYetHasNoPercent() {
    givenUptime(page().days(3), component("api", "2026-11-04"), NOW);

    thenDayNotCounted(0, "2026-11-01");
    thenDayNotCounted(1, "2026-11-02");
    thenDayNotCounted(2, "2026-11-03");
    assertEquals(OptionalDouble.empty(), series.percent());
  }

  @Test
  void aDayThatStartsAtNowDoesNotCountYet() {
    givenUptime(
        page().days(3).incidents(outage("i", "api", MAJOR, "2026-11-01T00:00:00Z", null)),
        API,
        "2026-11-03T00:00:00Z");

    thenDay(0, "2026-11-01", 0.0, Duration.ofHours(24), MAJOR);
    thenDay(1, "2026-11-02", 0.0, Duration.ofHours(24), MAJOR);
    thenDayNotCounted(2, "2026-11-03");
    thenPercent(0.0);
  }

  @Test
  void maintenanceCountsAsUpButIsTheWorstOfTheDay() {
    givenUptime(
        page()
            .days(3)
            .maintenance(
                maintenance(
                    "m", "2026-11-02T02:00:00Z", "2026-11-02T04:00:00Z", null, "web", "api"),
                maintenance(
                    "later-today", "2026-11-03T13:00:00Z", "2026-11-03T14:00:00Z", null, "api"),
                maintenance("other", "2026-11-01T02:00:00Z", "2026-11-01T04:00:00Z", null, "web")),
        API,
        NOW);

    thenDay(0, "2026-11-01", 1.0, Duration.ZERO, OPERATIONAL);
    thenDay(1, "2026-11-02", 1.0, Duration.ZERO, MAINTENANCE);
    thenDay(2, "2026-11-03", 1.0, Duration.ZERO, OPERATIONAL);
    thenPercent(100.0);
  }

  @Test
  void anOutageDuringMaintenanceStillCountsAsDown() {
    givenUptime(
        page()
            .days(3)
            .maintenance(
                maintenance("m", "2026-11-02T02:00:00Z", "2026-11-02T06:00:00Z", null, "api"))
            .incidents(outage("i", "api", MAJOR, "2026-11-02T03:00:00Z", "2026-11-02T04:00:00Z")),
        API,
        NOW);

    thenDay(1, "2026-11-02", 1 - 1.0 / 24, Duration.ofHours(1), MAJOR);
  }

  @Test
  void incidentsOnOtherComponentsDoNotCount() {
    givenUptime(
        page()
            .days(3)
            .incidents(outage("i", "web", MAJOR, "2026-11-02T00:00:00Z", "2026-11-02T06:00:00Z")),
        API,
        NOW);

    thenDay(1, "2026-11-02", 1.0, Duration.ZERO, OPERATIONAL);
  }

  @Test
  void incidentsAndMaintenanceOnComponentsNoLongerOnThePageAreLeftOut() {
    StatusPage page =
        page()
            .days(3)
            .components(API)
            .incidents(
                outage("old", "web", MAJOR, "2026-11-02T00:00:00Z", "2026-11-02T06:00:00Z"),
                outage("i", "api", MAJOR, "2026-11-02T00:00:00Z", "2026-11-02T06:00:00Z"))
            .maintenance(
                maintenance("m", "2026-11-02T08:00:00Z", "2026-11-02T09:00:00Z", null, "web"))
            .build();

    UptimeSeries all = Uptime.daily(page, Given.at(NOW)).get("api");

    assertEquals(java.util.Set.of("api"), Uptime.daily(page, Given.at(NOW)).keySet());
    assertEquals(Uptime.daily(page, API, Given.at(NOW)), all);
    assertEquals(1 - 6.0 / 24, all.days().get(1).uptime(), 1e-12);
  }

  @Test
  void theDefaultWindowHas90DaysEndingToday() {
    givenUptime(page(), API, NOW);

    assertEquals(90, series.days().size());
    assertEquals(LocalDate.parse("2026-08-06"), series.days().get(0).date());
    assertEquals(LocalDate.parse("2026-11-03"), series.days().get(89).date());
    assertTrue(series.days().stream().allMatch(DayUptime::counted));
    thenPercent(100.0);
  }

  @Test
  void downtimeIsRoundedToMilliseconds() {
    givenUptime(
        page()
            .days(3)
            .incidents(
                outage("a", "api", PARTIAL, "2026-11-02T00:00:00Z", "2026-11-02T00:00:00.001Z"),
                outage("b", "api", PARTIAL, "2026-11-03T00:00:00Z", "2026-11-03T00:00:00.002Z")),
        API,
        NOW);

    // 1 ms x 0.3 rounds down to 0 ms; 2 ms x 0.3 rounds up to 1 ms
    assertEquals(Duration.ZERO, series.days().get(1).downtime());
    assertEquals(Duration.ofMillis(1), series.days().get(2).downtime());
    assertEquals(PARTIAL, series.days().get(1).worst());
  }
}
