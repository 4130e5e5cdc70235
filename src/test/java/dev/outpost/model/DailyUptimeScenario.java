package dev.outpost.model;

import static dev.outpost.model.Given.OPERATIONAL;
import static dev.outpost.model.Given.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;

/** Given a page, a component and now, then the days of its daily uptime series. */
abstract class DailyUptimeScenario {
  /** Doubles are compared to this tolerance: exact up to rounding in the last bits. */
  static final double EXACT = 1e-12;

  UptimeSeries series;

  void givenUptime(Given.PageBuilder page, Component component, String now) {
    series = Uptime.daily(page.components(component).build(), component, at(now));
  }

  void thenDay(int index, String date, double uptime, Duration downtime, ComponentStatus worst) {
    DayUptime day = series.days().get(index);
    assertEquals(LocalDate.parse(date), day.date());
    assertTrue(day.counted(), "counted");
    assertEquals(uptime, day.uptime(), EXACT);
    assertEquals(downtime, day.downtime());
    assertEquals(worst, day.worst());
  }

  void thenDayNotCounted(int index, String date) {
    assertEquals(
        new DayUptime(LocalDate.parse(date), false, 1.0, Duration.ZERO, OPERATIONAL),
        series.days().get(index));
  }

  void thenPercent(double percent) {
    assertTrue(series.percent().isPresent(), "percent");
    assertEquals(percent, series.percent().getAsDouble(), EXACT);
  }
}
