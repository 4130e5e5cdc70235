package dev.outpost.render.view;

import java.util.List;

/** A year in the history index, its months newest first. */
public record YearView(String year, List<MonthLink> months) {
  public YearView {
    months = List.copyOf(months);
  }
}
