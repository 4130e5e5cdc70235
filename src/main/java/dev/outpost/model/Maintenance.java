package dev.outpost.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A scheduled maintenance window. Its components are under maintenance while it is in progress.
 *
 * @param start when it is planned to begin
 * @param end when it is planned to end; after {@code start}
 * @param completed when it actually ended, if earlier than planned; otherwise {@code null}
 * @param components the ids of the components it touches, in the order written
 * @param updates notes posted on it, in time order
 * @param body a description in Markdown; may be empty
 */
public record Maintenance(
    String id,
    String title,
    Instant start,
    Instant end,
    Instant completed,
    List<String> components,
    List<MaintenanceUpdate> updates,
    String body,
    Origin origin) {
  public Maintenance {
    title = Characters.clean(title);
    body = Characters.clean(body);
    components = List.copyOf(components);
    updates = List.copyOf(updates);
  }

  /** When it ended or will end: the planned end, or earlier if it was completed early. */
  public Instant effectiveEnd() {
    return completed != null && completed.isBefore(end) ? completed : end;
  }

  public Optional<Instant> completedEarly() {
    return Optional.ofNullable(completed);
  }

  public MaintenanceState state(Instant now) {
    if (!now.isBefore(effectiveEnd())) {
      return MaintenanceState.COMPLETED;
    }
    return now.isBefore(start) ? MaintenanceState.SCHEDULED : MaintenanceState.IN_PROGRESS;
  }

  public boolean isActive(Instant now) {
    return state(now) == MaintenanceState.IN_PROGRESS;
  }
}
