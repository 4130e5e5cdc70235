package dev.outpost.render.view;

import java.util.List;

/**
 * A 90-day uptime bar.
 *
 * @param label names what the bar shows, such as "API uptime, last 90 days"
 * @param percent such as "99.82%" or "no data"
 */
public record BarView(
    String label, List<DayView> days, String percent, TimeView first, TimeView last) {
  public BarView {
    days = List.copyOf(days);
  }
}
