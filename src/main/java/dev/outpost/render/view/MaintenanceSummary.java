package dev.outpost.render.view;

import java.util.List;

/**
 * A maintenance window in progress or scheduled, on the home page.
 *
 * @param end its end, without its date when that is the start's
 * @param calendar the window's own calendar file, to add it to a calendar
 */
public record MaintenanceSummary(
    String title,
    String href,
    StatusView state,
    TimeView start,
    TimeView end,
    List<LinkView> components,
    String calendar) {
  public MaintenanceSummary {
    components = List.copyOf(components);
  }
}
