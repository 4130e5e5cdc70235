package dev.outpost.render.view;

import java.util.List;

/**
 * A component's page.
 *
 * @param entries its incidents and maintenance, newest first, at most a page's worth
 * @param more whether it has more than {@code entries} holds
 * @param measured what its health checks measured, or {@code null} when it has none
 */
public record ComponentView(
    Layout layout,
    String name,
    String description,
    StatusView status,
    BarView bar,
    MeasuredView measured,
    List<MonthUptimeView> months,
    List<EntryView> entries,
    boolean more,
    String historyHref,
    FollowView follow) {
  public ComponentView {
    months = List.copyOf(months);
    entries = List.copyOf(entries);
  }
}
