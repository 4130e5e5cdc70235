package dev.outpost.render.view;

import java.util.List;

/** A maintenance window in progress or scheduled, on the home page. */
public record MaintenanceSummary(
    String title,
    String href,
    StatusView state,
    TimeView start,
    TimeView end,
    List<LinkView> components) {
  public MaintenanceSummary {
    components = List.copyOf(components);
  }
}
