package dev.outpost.render.view;

import java.util.List;

/**
 * A 90-day uptime bar. The bar itself is a picture; {@code summary} says in words what it shows,
 * for screen readers.
 *
 * @param label names what the bar shows, such as "Uptime of API, last 90 days"
 * @param percent such as "99.82%" or "no data"
 * @param summary the label, the percentage and every day that was not fully operational, as one
 *     sentence or a few
 */
public record BarView(
    String label,
    List<DayView> days,
    String percent,
    TimeView first,
    TimeView last,
    String summary) {
  public BarView {
    days = List.copyOf(days);
  }
}
