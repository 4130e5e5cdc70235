package dev.outpost.render;

import dev.outpost.model.Incident;
import dev.outpost.model.Maintenance;
import dev.outpost.model.MaintenanceUpdate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The times the machine-readable outputs (API, feeds, calendars) agree on, all derived from the
 * sources and {@code now} so that the same inputs give the same bytes.
 */
public final class Moments {
  private Moments() {}

  /** When an incident last changed: its latest update posted at or before {@code now}. */
  public static Instant updated(Incident incident, Instant now) {
    return incident.latestUpdate(now).at();
  }

  /**
   * When a maintenance window was announced, as far as the sources tell: its first note, if that
   * came before the start, else the start.
   */
  public static Instant created(Maintenance maintenance) {
    Instant created = maintenance.start();
    for (MaintenanceUpdate note : maintenance.updates()) {
      created = note.at().isBefore(created) ? note.at() : created;
    }
    return created;
  }

  /**
   * When a maintenance window last changed at {@code now}: the latest of its notes, its start and
   * its (effective) end that are not after {@code now}; {@link #created} if none is.
   */
  public static Instant updated(Maintenance maintenance, Instant now) {
    Instant updated = null;
    for (MaintenanceUpdate note : maintenance.updates()) {
      updated = later(updated, note.at(), now);
    }
    updated = later(updated, maintenance.start(), now);
    updated = later(updated, maintenance.effectiveEnd(), now);
    return updated != null ? updated : created(maintenance);
  }

  /** An instant as RFC 3339 in UTC, to the second: {@code 2026-11-02T14:05:00Z}. */
  public static String utc(Instant at) {
    return at.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static Instant later(Instant current, Instant candidate, Instant now) {
    if (candidate.isAfter(now)) {
      return current;
    }
    return current == null || candidate.isAfter(current) ? candidate : current;
  }
}
