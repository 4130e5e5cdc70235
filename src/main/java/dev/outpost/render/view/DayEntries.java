package dev.outpost.render.view;

import java.util.List;

/** A day of the home page's recent history; no entries means none reported. */
public record DayEntries(TimeView day, List<EntryView> entries) {
  public DayEntries {
    entries = List.copyOf(entries);
  }
}
