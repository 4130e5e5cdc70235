package dev.outpost.model;

import static dev.outpost.model.Given.MAJOR;
import static dev.outpost.model.Given.PARTIAL;
import static dev.outpost.model.Given.at;
import static dev.outpost.model.Given.component;
import static dev.outpost.model.Given.outage;
import static dev.outpost.model.Given.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class UptimeMonthlyTest {
  private static final double EXACT = 1e-12;
  private static final Component API = component("api");
  private static final String NOW = "2027-01-15T12:00:00Z";

  private List<MonthUptime> months;

  @Test
  void anIncidentAcrossTheYearBoundaryIsSplitBetweenDecemberAndJanuary() {
    givenMonths(
        page().incidents(outage("i", "api", MAJOR, "2026-12-31T22:00:00Z", "2027-01-01T02:00:00Z")),
        API,
        NOW,
        3);

    assertEquals(3, months.size());
    thenMonth(0, "2026-11", 1.0, Duration.ZERO);
    thenMonth(1, "2026-12", 1 - 2.0 / 744, Duration.ofHours(2));
    // January counts up to now: 14 days and 12 hours
    thenMonth(2, "2027-01", 1 - 2.0 / 348, Duration.ofHours(2));
  }

  @Test
  void monthsAreMonthsOfTheSiteZone() {
    // 00:30 on 1 January in Berlin
    givenMonths(
        page()
            .zone("Europe/Berlin")
            .incidents(outage("i", "api", PARTIAL, "2026-12-31T23:30:00Z", "2027-01-01T00:30:00Z")),
        API,
        NOW,
        2);

    thenMonth(0, "2026-12", 1.0, Duration.ZERO);
    // from 2026-12-31T23:00Z to now: 14 days and 13 hours; 1 h x 0.3 = 18 min
    thenMonth(1, "2027-01", 1 - 0.3 / 349, Duration.ofMinutes(18));
  }

  @Test
  void theSpringForwardMonthIsAnHourShort() {
    givenMonths(
        page()
            .zone("Europe/Berlin")
            .incidents(outage("i", "api", MAJOR, "2026-03-10T00:00:00Z", "2026-03-10T10:00:00Z")),
        API,
        "2026-04-02T00:00:00Z",
        2);

    thenMonth(0, "2026-03", 1 - 10.0 / 743, Duration.ofHours(10));
  }

  @Test
  void monthsBeforeTheComponentExistedDoNotCountAndItsFirstMonthCountsFromSince() {
    givenMonths(
        page()
            .incidents(
                outage("before", "api", MAJOR, "2026-11-10T00:00:00Z", "2026-11-11T00:00:00Z"),
                outage("early", "api", MAJOR, "2026-12-01T00:00:00Z", "2026-12-02T00:00:00Z"),
                outage("after", "api", MAJOR, "2026-12-20T00:00:00Z", "2026-12-21T00:00:00Z")),
        component("api", "2026-12-10"),
        NOW,
        3);

    assertEquals(
        new MonthUptime(YearMonth.parse("2026-11"), false, 1.0, Duration.ZERO), months.get(0));
    // counted from 10 December: 22 days
    thenMonth(1, "2026-12", 1 - 1.0 / 22, Duration.ofHours(24));
    thenMonth(2, "2027-01", 1.0, Duration.ZERO);
  }

  @Test
  void anOngoingIncidentCountsUpToNow() {
    givenMonths(
        page().incidents(outage("i", "api", MAJOR, "2027-01-15T00:00:00Z", null)), API, NOW, 1);

    thenMonth(0, "2027-01", 1 - 12.0 / 348, Duration.ofHours(12));
  }

  @Test
  void tenYearsOfMonthsEndWithTheCurrentMonth() {
    givenMonths(page(), API, NOW, 120);

    assertEquals(120, months.size());
    assertEquals(YearMonth.parse("2017-02"), months.get(0).month());
    assertEquals(YearMonth.parse("2027-01"), months.get(119).month());
    assertTrue(months.stream().allMatch(MonthUptime::counted));
  }

  @Test
  void negativeMonthsAreRejected() {
    StatusPage page = page().components(API).build();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Uptime.monthly(page, API, at(NOW), -1));
    assertEquals("months must not be negative: -1", e.getMessage());
    assertEquals(List.of(), Uptime.monthly(page, API, at(NOW), 0));
  }

  private void givenMonths(Given.PageBuilder page, Component component, String now, int count) {
    months = Uptime.monthly(page.components(component).build(), component, at(now), count);
  }

  private void thenMonth(int index, String month, double uptime, Duration downtime) {
    MonthUptime actual = months.get(index);
    assertEquals(YearMonth.parse(month), actual.month());
    assertTrue(actual.counted(), "counted");
    assertEquals(uptime, actual.uptime(), EXACT);
    assertEquals(downtime, actual.downtime());
  }
}
