package dev.outpost.render.view;

import java.util.List;

/**
 * A month of history.
 *
 * @param previous the previous month with entries, or {@code null}
 * @param next the next month with entries, or {@code null}
 */
public record MonthView(
    Layout layout,
    TimeView month,
    List<EntryView> incidents,
    List<EntryView> maintenance,
    LinkView previous,
    LinkView next,
    String historyHref) {
  public MonthView {
    incidents = List.copyOf(incidents);
    maintenance = List.copyOf(maintenance);
  }
}
