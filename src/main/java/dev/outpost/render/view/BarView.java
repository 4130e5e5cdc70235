package dev.outpost.render.view;

import dev.outpost.model.UptimeSeries;
import java.util.List;

/**
 * A 90-day uptime bar. The bar itself is a picture; {@code summary} says in words what it shows,
 * for screen readers. A narrow screen shows only the last {@link #RECENT} days, with their own
 * first date, percentage and summary in place of the whole bar's (the style sheet picks them).
 *
 * @param label names what the bar shows, such as "Uptime of API, last 90 days"
 * @param percent such as "99.82%" or "no data"
 * @param recent the first of the last {@link #RECENT} days, or {@code null} when the bar has no
 *     more days than that (then the fields about the recent days are {@code null} too)
 * @param summary the label, the percentage and every day that was not fully operational, as one
 *     sentence or a few
 * @param recentPercent the percentage of the last {@link #RECENT} days
 * @param recentSummary the summary of the last {@link #RECENT} days
 */
public record BarView(
    String label,
    List<DayView> days,
    String percent,
    TimeView first,
    TimeView last,
    TimeView recent,
    String summary,
    String recentPercent,
    String recentSummary) {
  /** How many days a narrow screen shows, the last ones (the style sheet hides the others). */
  public static final int RECENT = UptimeSeries.RECENT_DAYS;

  public BarView {
    days = List.copyOf(days);
  }
}
