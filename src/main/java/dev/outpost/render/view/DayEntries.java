package dev.outpost.render.view;

import java.util.List;

/**
 * A day of the home page's recent history, or a run of days without entries; no entries means none
 * reported.
 *
 * @param day the day, or the first of the run
 * @param until the last day of the run, or {@code null} for one day
 */
public record DayEntries(TimeView day, TimeView until, List<EntryView> entries) {
  public DayEntries {
    entries = List.copyOf(entries);
  }
}
