package dev.outpost.render.view;

import dev.outpost.render.SafeHtml;
import java.util.List;

/**
 * A maintenance window's page.
 *
 * @param end the planned end, without its date when that is the start's
 * @param completedEarly when it ended before its planned end, or {@code null}
 * @param calendar the window's own calendar file, to add it to a calendar
 * @param updates newest first
 */
public record MaintenanceView(
    Layout layout,
    String title,
    StatusView state,
    TimeView start,
    TimeView end,
    TimeView completedEarly,
    List<LinkView> components,
    String calendar,
    String discussUrl,
    SafeHtml body,
    List<NoteView> updates) {
  public MaintenanceView {
    components = List.copyOf(components);
    updates = List.copyOf(updates);
  }
}
