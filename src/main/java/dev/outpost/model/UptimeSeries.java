package dev.outpost.model;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A component's daily uptime over the policy's window.
 *
 * @param days oldest first, exactly {@link UptimePolicy#days()} of them, the last being today
 * @param percent uptime over the counted days, 0 to 100; empty if no day counted
 * @param recent uptime over the counted days of the last {@link #RECENT_DAYS} (of all the days when
 *     there are fewer), 0 to 100; empty if none of them counted
 */
public record UptimeSeries(List<DayUptime> days, OptionalDouble percent, OptionalDouble recent) {
  /** How many of the last days {@link #recent} covers: a month, which a narrow screen shows. */
  public static final int RECENT_DAYS = 30;

  public UptimeSeries {
    days = List.copyOf(days);
  }
}
