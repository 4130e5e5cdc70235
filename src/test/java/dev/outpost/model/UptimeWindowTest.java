package dev.outpost.model;

import static dev.outpost.model.Given.component;
import static dev.outpost.model.Given.incident;
import static dev.outpost.model.Given.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The uptime of every component at once leaves out the incidents and windows that were over before
 * the days or months shown; it must equal each component's uptime computed from all of them.
 */
class UptimeWindowTest {
  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  private static final List<String> ZONES =
      List.of("UTC", "Europe/Berlin", "America/St_Johns", "Pacific/Chatham", "Asia/Kathmandu");
  private static final List<ComponentStatus> STATUSES =
      List.of(
          ComponentStatus.DEGRADED_PERFORMANCE,
          ComponentStatus.PARTIAL_OUTAGE,
          ComponentStatus.MAJOR_OUTAGE,
          ComponentStatus.OPERATIONAL);

  @Property(tries = 300)
  void everyComponentAtOnceEqualsEachOnItsOwn(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 120) int days,
      @ForAll @IntRange(min = 0, max = 30) int months) {
    Random random = new Random(seed);
    StatusPage page = history(random, days);
    int before = 0;
    Map<String, UptimeSeries> daily = Uptime.daily(page, NOW);
    Map<String, List<MonthUptime>> monthly = Uptime.monthly(page, NOW, months);
    for (Component component : page.components()) {
      assertEquals(Uptime.daily(page, component, NOW), daily.get(component.id()));
      assertEquals(Uptime.monthly(page, component, NOW, months), monthly.get(component.id()));
    }
    Instant firstDay = NOW.minus(Duration.ofDays(days));
    for (Incident incident : page.incidents()) {
      if (incident.resolved().map(r -> r.isBefore(firstDay)).orElse(false)) {
        before++;
      }
    }
    Statistics.label("incidents over before the days shown").collect(before > 0);
  }

  /**
   * Incidents and windows over the last 1 to 4 years, many near the start of the days shown: some
   * ending just before it, at it or just after it, some never resolved.
   */
  private static StatusPage history(Random random, int days) {
    List<Component> components =
        List.of(component("a"), component("b"), component("c", "2026-09-01"));
    Instant edge = NOW.minus(Duration.ofDays(days));
    long span = Duration.ofDays(365L * (1 + random.nextInt(4))).toSeconds();
    List<Incident> incidents = new ArrayList<>();
    int count = random.nextInt(40);
    for (int i = 0; i < count; i++) {
      Instant start =
          random.nextInt(3) == 0
              ? edge.minusSeconds(random.nextInt(3 * 86_400)).plusSeconds(random.nextInt(86_400))
              : NOW.minusSeconds((long) (random.nextDouble() * span));
      IncidentBuilderSteps steps = new IncidentBuilderSteps("i" + i, start, random);
      incidents.add(steps.build());
    }
    List<Maintenance> windows = new ArrayList<>();
    for (int i = 0; i < random.nextInt(6); i++) {
      Instant start = edge.minusSeconds(random.nextInt(5 * 86_400));
      Instant end = start.plusSeconds(1 + random.nextInt(4 * 86_400));
      windows.add(
          Given.maintenance(
              "m" + i,
              start.toString(),
              end.toString(),
              random.nextBoolean() ? null : start.plusSeconds(random.nextInt(86_400)).toString(),
              random.nextBoolean() ? "a" : "c"));
    }
    return page()
        .zone(ZONES.get(random.nextInt(ZONES.size())))
        .days(days)
        .components(components.toArray(Component[]::new))
        .incidents(incidents)
        .maintenance(windows.toArray(Maintenance[]::new))
        .build();
  }

  /** One incident of 1 to 4 updates, resolved (or not) after them. */
  private record IncidentBuilderSteps(String id, Instant start, Random random) {
    Incident build() {
      Given.IncidentBuilder incident = incident(id).started(start.toString(), statuses());
      Instant at = start;
      for (int u = random.nextInt(4); u > 0; u--) {
        at = at.plusSeconds(random.nextInt(2 * 86_400));
        incident.update(at.toString(), IncidentState.MONITORING, statuses());
      }
      if (random.nextInt(5) > 0) {
        incident.resolved(at.plusSeconds(random.nextInt(86_400)).toString());
      }
      return incident.build();
    }

    private Map<String, ComponentStatus> statuses() {
      String id = List.of("a", "b", "c").get(random.nextInt(3));
      return Map.of(id, STATUSES.get(random.nextInt(STATUSES.size())));
    }
  }
}
