package dev.outpost.model;

import java.time.Instant;
import java.util.List;

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
    throw new UnsupportedOperationException("not yet");
  }

  /** The last {@code months} months, oldest first, ending with the month that contains now. */
  public static List<MonthUptime> monthly(
      StatusPage page, Component component, Instant now, int months) {
    throw new UnsupportedOperationException("not yet");
  }
}
