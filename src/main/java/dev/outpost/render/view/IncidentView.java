package dev.outpost.render.view;

import dev.outpost.render.SafeHtml;
import java.util.List;

/**
 * An incident's page.
 *
 * @param duration such as "Resolved after 1 h 35 min" or "Ongoing for 20 min"
 * @param discussUrl where to follow or discuss it, or {@code null}
 * @param bodyHeading "Summary" or "Postmortem"
 * @param timeline newest first
 */
public record IncidentView(
    Layout layout,
    String title,
    StatusView impact,
    StatusView state,
    TimeView started,
    String duration,
    List<LinkView> components,
    String discussUrl,
    String bodyHeading,
    SafeHtml body,
    List<TimelineEntry> timeline) {
  public IncidentView {
    components = List.copyOf(components);
    timeline = List.copyOf(timeline);
  }
}
