package dev.outpost.render;

import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Maintenance;
import dev.outpost.model.MaintenanceState;
import dev.outpost.model.MaintenanceUpdate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A maintenance window told as Statuspage tells it: announced ({@code scheduled}, with the window's
 * description), its notes, started ({@code in_progress}) and {@code completed}, the last two with
 * Statuspage's default wording and only once they have happened at {@code now}.
 */
public final class MaintenanceTimeline {
  static final String SCHEDULED = "We will be undergoing scheduled maintenance during this time.";
  static final String STARTED = "The scheduled maintenance is in progress.";
  static final String COMPLETED = "The scheduled maintenance has been completed.";

  /**
   * One event; {@code from} and {@code to} are the status its components go from and to, or {@code
   * null} for an event that changes none.
   */
  public record Event(
      Instant at, String status, String body, ComponentStatus from, ComponentStatus to) {}

  private MaintenanceTimeline() {}

  /** The events up to {@code now}, oldest first; the announcement is always there. */
  public static List<Event> of(Maintenance m, Instant now) {
    List<Ranked> events = new ArrayList<>();
    events.add(
        new Ranked(
            0,
            new Event(
                Moments.created(m),
                MaintenanceState.SCHEDULED.id(),
                m.body() == null || m.body().isBlank() ? SCHEDULED : m.body(),
                null,
                null)));
    if (!m.start().isAfter(now)) {
      events.add(
          new Ranked(
              1,
              new Event(
                  m.start(),
                  MaintenanceState.IN_PROGRESS.id(),
                  STARTED,
                  ComponentStatus.OPERATIONAL,
                  ComponentStatus.UNDER_MAINTENANCE)));
    }
    if (!m.effectiveEnd().isAfter(now)) {
      events.add(
          new Ranked(
              3,
              new Event(
                  m.effectiveEnd(),
                  MaintenanceState.COMPLETED.id(),
                  COMPLETED,
                  ComponentStatus.UNDER_MAINTENANCE,
                  ComponentStatus.OPERATIONAL)));
    }
    for (MaintenanceUpdate note : m.updates()) {
      if (!note.at().isAfter(now)) {
        MaintenanceState state = m.state(note.at());
        int rank = state == MaintenanceState.COMPLETED ? 4 : 2;
        String body = note.body() == null ? "" : note.body();
        events.add(new Ranked(rank, new Event(note.at(), state.id(), body, null, null)));
      }
    }
    events.sort(Comparator.comparing((Ranked r) -> r.event().at()).thenComparingInt(Ranked::rank));
    return events.stream().map(Ranked::event).toList();
  }

  private record Ranked(int rank, Event event) {}
}
