package dev.outpost.model;

import static dev.outpost.model.Given.MAJOR;
import static dev.outpost.model.Given.at;
import static dev.outpost.model.Given.component;
import static dev.outpost.model.Given.incident;
import static dev.outpost.model.Given.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 10,000 incidents over 20 components and 90 days. Incident k runs for 20 minutes from minute 12k
 * and takes components k mod 20 and k+1 mod 20 down, so each component's incidents overlap in
 * pairs: [12c - 12, 12c + 20) merges to 32 minutes, 500 times (component 0 has 499 pairs and two
 * lone incidents of 20 minutes: 16,008 minutes).
 */
class UptimeScaleTest {
  private static final Instant START = at("2026-08-06T00:00:00Z");
  private static final Instant NOW = at("2026-11-03T12:00:00Z");
  private static final double COUNTED_MINUTES = 89 * 24 * 60 + 12 * 60;

  private final List<Component> components = new ArrayList<>();
  private final StatusPage page = givenPage();

  @Test
  void theReportForTenThousandIncidentsIsExact() {
    StatusReport report = StatusReport.of(page, NOW);

    for (int c = 0; c < 20; c++) {
      double downtime = c == 0 ? 16_008 : 16_000;
      UptimeSeries series = report.uptime().get("c" + c);
      assertEquals(90, series.days().size());
      assertEquals(100 * (1 - downtime / COUNTED_MINUTES), series.percent().getAsDouble(), 1e-9);
      assertEquals(
          Duration.ofMinutes((long) downtime),
          series.days().stream().map(DayUptime::downtime).reduce(Duration.ZERO, Duration::plus));
    }
  }

  @Test
  void tenYearsOfMonthsAreExact() {
    for (Component component : components) {
      List<MonthUptime> months = Uptime.monthly(page, component, NOW, 120);

      assertEquals(120, months.size());
      assertEquals(
          Duration.ofMinutes(component.id().equals("c0") ? 16_008 : 16_000),
          months.stream().map(MonthUptime::downtime).reduce(Duration.ZERO, Duration::plus));
    }
  }

  private StatusPage givenPage() {
    for (int c = 0; c < 20; c++) {
      components.add(component("c" + c));
    }
    List<Incident> incidents = new ArrayList<>();
    for (int k = 0; k < 10_000; k++) {
      Instant from = START.plus(Duration.ofMinutes(12L * k));
      incidents.add(
          incident("i" + k)
              .started(from.toString(), Map.of("c" + k % 20, MAJOR, "c" + (k + 1) % 20, MAJOR))
              .resolved(from.plus(Duration.ofMinutes(20)).toString())
              .build());
    }
    return page().components(components.toArray(Component[]::new)).incidents(incidents).build();
  }
}
