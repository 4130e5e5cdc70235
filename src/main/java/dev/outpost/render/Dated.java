package dev.outpost.render;

import dev.outpost.render.view.EntryView;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Supplier;

/**
 * A list entry with what lists are sorted by (newest start first, then id); the view itself is
 * built only for entries that make the cut.
 */
record Dated(Instant start, String id, Supplier<EntryView> entry) {
  static final Comparator<Dated> NEWEST_FIRST =
      Comparator.comparing(Dated::start).reversed().thenComparing(Dated::id);

  EntryView view() {
    return entry.get();
  }
}
