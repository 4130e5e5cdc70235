package dev.outpost.notify;

import dev.outpost.model.Incident;
import dev.outpost.model.IncidentUpdate;
import dev.outpost.model.Maintenance;
import dev.outpost.model.MaintenanceState;
import dev.outpost.model.StatusPage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every change on a page that may still be news at an instant. The page is the one the site is
 * built from, so it holds only what trusted people confirmed: no unconfirmed report, no issue
 * closed as not planned, no untrusted text.
 */
final class Changes {
  /** How long after its incident was resolved a postmortem is still news. */
  static final Duration POSTMORTEM_WINDOW = Duration.ofDays(14);

  private Changes() {}

  /**
   * The changes of {@code page} that happened at or before {@code now} and not before {@code
   * since}, and those whose time is unknown that may still be news.
   *
   * @param reminder the site's reminder time, for windows that set none
   */
  static List<Change> of(StatusPage page, Instant now, Instant since, Duration reminder) {
    List<Change> changes = new ArrayList<>();
    for (Incident incident : page.incidents()) {
      if (incident.resolved().map(r -> r.isBefore(since)).orElse(false) && !incident.postmortem()) {
        continue; // settled history
      }
      incident(incident, now, since, changes);
    }
    for (Maintenance window : page.maintenance()) {
      window(window, now, since, reminder, changes);
    }
    return changes;
  }

  private static void incident(Incident incident, Instant now, Instant since, List<Change> out) {
    Set<String> keys = new HashSet<>();
    List<IncidentUpdate> updates = incident.updates();
    for (int i = 0; i < updates.size(); i++) {
      IncidentUpdate update = updates.get(i);
      if (update.at().isAfter(now) || update.at().isBefore(since)) {
        continue;
      }
      Change.Kind kind =
          i == 0
              ? Change.Kind.REPORTED
              : update.state().isClosed() ? Change.Kind.RESOLVED : Change.Kind.UPDATED;
      String key = "incident/" + incident.id() + "/" + update.at();
      for (int n = 2; !keys.add(key); n++) {
        key = "incident/" + incident.id() + "/" + update.at() + "#" + n;
      }
      out.add(new Change(kind, key, update.at(), incident, update, null));
    }
    if (incident.postmortem()
        && incident.resolved().isPresent()
        && !incident.resolved().get().isAfter(now)
        && incident.resolved().get().isAfter(now.minus(POSTMORTEM_WINDOW))) {
      out.add(
          new Change(
              Change.Kind.POSTMORTEM,
              "incident/" + incident.id() + "/postmortem",
              null,
              incident,
              null,
              null));
    }
  }

  private static void window(
      Maintenance window, Instant now, Instant since, Duration siteReminder, List<Change> out) {
    String prefix = "maintenance/" + window.id() + "/";
    MaintenanceState state = window.state(now);
    if (state == MaintenanceState.SCHEDULED) {
      out.add(new Change(Change.Kind.ANNOUNCED, prefix + "announced", null, null, null, window));
      Duration reminder = window.ownReminder().orElse(siteReminder);
      Instant remindAt = window.start().minus(reminder);
      if (!reminder.isZero() && !remindAt.isAfter(now) && !remindAt.isBefore(since)) {
        out.add(
            new Change(
                Change.Kind.REMINDER,
                prefix + "reminder/" + window.start(),
                remindAt,
                null,
                null,
                window));
      }
      return;
    }
    if (window.effectiveEnd().isAfter(window.start()) && !window.start().isBefore(since)) {
      out.add(
          new Change(
              Change.Kind.STARTED,
              prefix + "started/" + window.start(),
              window.start(),
              null,
              null,
              window));
    }
    if (state == MaintenanceState.COMPLETED && !window.effectiveEnd().isBefore(since)) {
      out.add(
          new Change(
              Change.Kind.COMPLETED,
              prefix + "completed",
              window.effectiveEnd(),
              null,
              null,
              window));
    }
  }
}
