package dev.outpost.importer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The states of updates read from cState's labels, in time order. */
final class Updates {
  private static final Set<String> RESOLVING =
      Set.of("resolved", "fixed", "completed", "complete", "closed", "resolution");
  private static final Set<String> KEEPING = Set.of("update", "updated", "");
  private static final Set<String> STATES = Set.of("investigating", "identified", "monitoring");

  /** A timeline update as written to the incident file. */
  record Stated(Instant at, String state, String body) {}

  private Updates() {}

  /** Whether {@code label} is a word whose meaning is a state, and so is left out of the text. */
  static boolean knows(String label) {
    return RESOLVING.contains(label) || KEEPING.contains(label) || STATES.contains(label);
  }

  /**
   * States for {@code updates}, in time order: a state's label gives it; {@code Update} keeps the
   * state before; an update at the moment the incident was resolved resolves it; a resolving label
   * earlier than that is read as monitoring.
   */
  static List<Stated> stated(List<Body.Update> updates, Instant resolved) {
    List<Body.Update> sorted = new ArrayList<>(updates);
    sorted.sort(Comparator.comparing(Body.Update::at));
    List<Stated> out = new ArrayList<>();
    String state = "investigating";
    for (Body.Update update : sorted) {
      if (STATES.contains(update.label())) {
        state = update.label();
      } else if (RESOLVING.contains(update.label())) {
        state = "monitoring";
      }
      boolean resolves = resolved != null && update.at().equals(resolved);
      out.add(new Stated(update.at(), resolves ? "resolved" : state, update.body()));
    }
    return out;
  }
}
