package dev.outpost.render.view;

import java.util.List;

/**
 * A 90-day uptime bar. The bar itself is a picture; {@code summary} says in words what it shows,
 * for screen readers.
 *
 * @param label names what the bar shows, such as "Uptime of API, last 90 days"
 * @param percent such as "99.82%" or "no data"
 * @param recent the first of the last {@link #RECENT} days, which is all a narrow screen shows, or
 *     {@code null} when the bar has no more days than that
 * @param summary the label, the percentage and every day that was not fully operational, as one
 *     sentence or a few
 */
public record BarView(
    String label,
    List<DayView> days,
    String percent,
    TimeView first,
    TimeView last,
    TimeView recent,
    String summary) {
  /** How many days a narrow screen shows, the last ones (the style sheet hides the others). */
  public static final int RECENT = 30;

  public BarView {
    days = List.copyOf(days);
  }
}
