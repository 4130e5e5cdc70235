package dev.outpost.render.view;

import java.util.List;

/** The history index: years newest first. */
public record HistoryView(Layout layout, List<YearView> years) {
  public HistoryView {
    years = List.copyOf(years);
  }
}
