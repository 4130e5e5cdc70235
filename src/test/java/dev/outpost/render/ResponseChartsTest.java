package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Measured;
import dev.outpost.render.view.ChartView;
import dev.outpost.render.view.MeasuredView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The response-time charts: the line, the gaps, the failure marks and the words for them. */
class ResponseChartsTest {
  private static final Format FORMAT =
      new Format(java.time.ZoneOffset.UTC, dev.outpost.words.Words.ENGLISH);

  static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  static final Duration DAY = Duration.ofDays(1);

  static Measured of(List<Measured.Sample> samples) {
    return new Measured("api-health", "api", "http", "https://api.example/healthz", samples);
  }

  /** One sample in slice {@code slice} of the last day (15 minutes each). */
  static Measured.Sample at(int slice, boolean ok, long ms) {
    return new Measured.Sample(NOW.minus(DAY).plus(Duration.ofMinutes(15L * slice + 5)), ok, ms);
  }

  @Test
  void anEmptyHistoryDrawsNothingAndSaysSo() {
    ChartView chart = ResponseCharts.chart(FORMAT, of(List.of()), DAY, NOW);
    assertEquals("", chart.line());
    assertEquals(List.of(), chart.failures());
    assertEquals("no data", chart.availability());
    assertEquals("no data", chart.median());
    assertEquals("Last 24 hours: no runs recorded.", chart.summary());
  }

  @Test
  void allFailingMarksEverySliceAndDrawsNoLine() {
    List<Measured.Sample> samples = new ArrayList<>();
    for (int slice = 0; slice < ResponseCharts.SLICES; slice++) {
      samples.add(at(slice, false, 10_000));
    }
    ChartView chart = ResponseCharts.chart(FORMAT, of(samples), DAY, NOW);
    assertEquals("", chart.line());
    assertEquals(ResponseCharts.SLICES, chart.failures().size());
    assertEquals(0, chart.failures().get(0));
    assertEquals(285, chart.failures().get(95));
    assertEquals("0%", chart.availability().replace(".00", ""));
    assertEquals(
        "Last 24 hours: 0 of 96 runs passed (0.00% measured availability); none answered in time"
            + " to be measured. 96 failed runs, marked below the line.",
        chart.summary());
  }

  @Test
  void gapsBreakTheLineAndALoneSliceStillShows() {
    List<Measured.Sample> samples =
        List.of(
            at(0, true, 100),
            at(1, true, 200),
            // slices 2 to 9: no run
            at(10, true, 50),
            // slices 11 and 12: no run
            at(13, false, 9_000),
            at(20, true, 400),
            at(20, true, 100),
            at(20, true, 300));
    ChartView chart = ResponseCharts.chart(FORMAT, of(samples), DAY, NOW);
    // The top is 500 ms (the highest median, 300, rounded up to 1, 2 or 5 times a power of ten).
    assertEquals("500 ms", chart.scale());
    // y = 60 - ms * 56 / 500
    assertEquals("M0 49 L3 38 M30 54 L33 54 M60 26 L63 26", chart.line());
    assertEquals(List.of(39), chart.failures());
    assertEquals("85.71%", chart.availability());
    assertEquals("100 ms", chart.median());
    assertEquals(
        "Last 24 hours: 6 of 7 runs passed (85.71% measured availability); median response time"
            + " 100 ms, slowest part 300 ms (chart from 0 to 500 ms). 1 failed run, marked below"
            + " the line.",
        chart.summary());
  }

  @Test
  void theScaleIsOneTwoOrFiveTimesAPowerOfTen() {
    assertEquals(10, ResponseCharts.scale(0));
    assertEquals(10, ResponseCharts.scale(10));
    assertEquals(20, ResponseCharts.scale(11));
    assertEquals(500, ResponseCharts.scale(300));
    assertEquals(1000, ResponseCharts.scale(501));
    assertEquals(20_000, ResponseCharts.scale(10_001));
  }

  @Test
  void eachCheckHasADayAWeekAnd90Days() {
    MeasuredView view =
        ResponseCharts.of(
            FORMAT,
            List.of(
                of(
                    List.of(
                        at(0, true, 10),
                        new Measured.Sample(NOW.minus(Duration.ofDays(30)), false, 1)))),
            "99.90%",
            30,
            NOW);
    assertEquals("99.90%", view.declared());
    assertEquals(30, view.declaredDays());
    MeasuredView.Check check = view.checks().get(0);
    assertEquals("api-health: http https://api.example/healthz", check.name());
    assertEquals("50.00%", check.availability());
    assertEquals(
        List.of("Last 24 hours", "Last 7 days", "Last 90 days"),
        check.charts().stream().map(ChartView::window).toList());
    assertEquals(
        List.of("api-health-1d", "api-health-7d", "api-health-90d"),
        check.charts().stream().map(ChartView::id).toList());
    assertEquals("100%", check.charts().get(0).availability());
    assertTrue(check.charts().get(2).summary().contains("1 of 2 runs passed"));
  }
}
