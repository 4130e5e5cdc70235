package dev.outpost.render.view;

import dev.outpost.render.SafeHtml;
import java.util.List;

/** One update on an incident's page. */
public record TimelineEntry(
    StatusView state, TimeView at, List<ComponentStatusView> components, SafeHtml body) {
  public TimelineEntry {
    components = List.copyOf(components);
  }
}
