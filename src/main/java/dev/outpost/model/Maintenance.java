package dev.outpost.model;

import java.time.Duration;
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
 * @param reminder how long before its start people are reminded of it, or {@code null} for the
 *     site's default
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
    Origin origin,
    Duration reminder) {
  public Maintenance {
    title = Characters.clean(title);
    body = Characters.clean(body);
    components = List.copyOf(components);
    updates = List.copyOf(updates);
  }

  /** A window that is reminded of as the site says. */
  public Maintenance(
      String id,
      String title,
      Instant start,
      Instant end,
      Instant completed,
      List<String> components,
      List<MaintenanceUpdate> updates,
      String body,
      Origin origin) {
    this(id, title, start, end, completed, components, updates, body, origin, null);
  }

  /** The same window, reminded of {@code reminder} before its start unless it sets its own. */
  public Maintenance withDefaultReminder(Duration reminder) {
    return this.reminder != null
        ? this
        : new Maintenance(
            id, title, start, end, completed, components, updates, body, origin, reminder);
  }

  /** Its own reminder time, if it sets one (or was given the site's). */
  public Optional<Duration> ownReminder() {
    return Optional.ofNullable(reminder);
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
