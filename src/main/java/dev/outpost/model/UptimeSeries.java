package dev.outpost.model;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A component's daily uptime over the policy's window.
 *
 * @param days oldest first, exactly {@link UptimePolicy#days()} of them, the last being today
 * @param percent uptime over the counted days, 0 to 100; empty if no day counted
 */
public record UptimeSeries(List<DayUptime> days, OptionalDouble percent) {
  public UptimeSeries {
    days = List.copyOf(days);
  }
}
