package dev.outpost.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Uptime per component, per day and per month, in the site's zone.
 *
 * <p>Downtime is weighted by {@link UptimePolicy}; overlapping incidents are merged (at any moment
 * a component counts with the worst status any active incident gives it), never counted twice.
 * Maintenance counts as up. Days before {@link Component#since()} and time after {@code now} do not
 * count; today counts up to {@code now}.
 */
public final class Uptime {
  private Uptime() {}

  /** The last {@code page.uptime().days()} days, ending with the day that contains {@code now}. */
  public static UptimeSeries daily(StatusPage page, Component component, Instant now) {
    return daily(page, component, now, Timeline.of(page, component.id(), now));
  }

  /**
   * {@link #daily(StatusPage, Component, Instant)} of every component, by id in the page's order;
   * the incidents are gone through once for all of them.
   */
  public static Map<String, UptimeSeries> daily(StatusPage page, Instant now) {
    // A day before the first day shown: the incidents over by then count for none of them.
    ZoneId zone = page.site().zone();
    Instant from =
        LocalDate.ofInstant(now, zone)
            .minusDays(page.uptime().days())
            .atStartOfDay(zone)
            .toInstant();
    Map<String, Timeline> timelines = Timeline.all(page, now, from);
    Map<String, UptimeSeries> daily = new LinkedHashMap<>();
    for (Component component : page.components()) {
      daily.put(component.id(), daily(page, component, now, timelines.get(component.id())));
    }
    return daily;
  }

  private static UptimeSeries daily(
      StatusPage page, Component component, Instant now, Timeline timeline) {
    ZoneId zone = page.site().zone();
    UptimePolicy policy = page.uptime();
    LocalDate today = LocalDate.ofInstant(now, zone);
    List<DayUptime> days = new ArrayList<>();
    Timeline.Tally total = new Timeline.Tally();
    long totalSpan = 0;
    Timeline.Tally recent = new Timeline.Tally();
    long recentSpan = 0;
    for (int back = policy.days() - 1; back >= 0; back--) {
      LocalDate date = today.minusDays(back);
      Instant start = date.atStartOfDay(zone).toInstant();
      Instant end = earliest(date.plusDays(1).atStartOfDay(zone).toInstant(), now);
      boolean existed = component.since() == null || !date.isBefore(component.since());
      if (!existed || !start.isBefore(now)) {
        days.add(new DayUptime(date, false, 1.0, Duration.ZERO, ComponentStatus.OPERATIONAL));
        continue;
      }
      Timeline.Tally tally = timeline.tally(start, end);
      long span = Duration.between(start, end).toNanos();
      double downtime = tally.downtime(policy);
      days.add(new DayUptime(date, true, uptime(downtime, span), millis(downtime), tally.worst()));
      total.addAll(tally);
      totalSpan += span;
      if (back < UptimeSeries.RECENT_DAYS) {
        recent.addAll(tally);
        recentSpan += span;
      }
    }
    return new UptimeSeries(
        days, percent(total, totalSpan, policy), percent(recent, recentSpan, policy));
  }

  private static OptionalDouble percent(Timeline.Tally tally, long span, UptimePolicy policy) {
    return span == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(100 * uptime(tally.downtime(policy), span));
  }

  /** The last {@code months} months, oldest first, ending with the month that contains now. */
  public static List<MonthUptime> monthly(
      StatusPage page, Component component, Instant now, int months) {
    return monthly(page, component, now, months, Timeline.of(page, component.id(), now));
  }

  /**
   * {@link #monthly(StatusPage, Component, Instant, int)} of every component, by id in the page's
   * order; the incidents are gone through once for all of them.
   */
  public static Map<String, List<MonthUptime>> monthly(StatusPage page, Instant now, int months) {
    // A month before the first month shown: the incidents over by then count for none of them.
    ZoneId zone = page.site().zone();
    Instant from =
        YearMonth.from(LocalDate.ofInstant(now, zone))
            .minusMonths(months)
            .atDay(1)
            .atStartOfDay(zone)
            .toInstant();
    Map<String, Timeline> timelines = Timeline.all(page, now, from);
    Map<String, List<MonthUptime>> monthly = new LinkedHashMap<>();
    for (Component component : page.components()) {
      monthly.put(
          component.id(), monthly(page, component, now, months, timelines.get(component.id())));
    }
    return monthly;
  }

  private static List<MonthUptime> monthly(
      StatusPage page, Component component, Instant now, int months, Timeline timeline) {
    if (months < 0) {
      throw new IllegalArgumentException("months must not be negative: " + months);
    }
    ZoneId zone = page.site().zone();
    UptimePolicy policy = page.uptime();
    YearMonth current = YearMonth.from(LocalDate.ofInstant(now, zone));
    Instant existed =
        component.since() == null ? Instant.MIN : component.since().atStartOfDay(zone).toInstant();
    List<MonthUptime> result = new ArrayList<>(months);
    for (int back = months - 1; back >= 0; back--) {
      YearMonth month = current.minusMonths(back);
      Instant start = latest(month.atDay(1).atStartOfDay(zone).toInstant(), existed);
      Instant end = earliest(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(), now);
      if (!start.isBefore(end)) {
        result.add(new MonthUptime(month, false, 1.0, Duration.ZERO));
        continue;
      }
      double downtime = timeline.tally(start, end).downtime(policy);
      long span = Duration.between(start, end).toNanos();
      result.add(new MonthUptime(month, true, uptime(downtime, span), millis(downtime)));
    }
    return List.copyOf(result);
  }

  /** 1 − downtime / span, clamped to [0, 1]. */
  private static double uptime(double downtime, long span) {
    return Math.max(0.0, Math.min(1.0, 1.0 - downtime / span));
  }

  private static Duration millis(double nanos) {
    return Duration.ofMillis(Math.round(nanos / 1_000_000.0));
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
