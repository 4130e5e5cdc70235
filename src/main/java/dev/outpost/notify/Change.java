package dev.outpost.notify;

import dev.outpost.model.Incident;
import dev.outpost.model.IncidentUpdate;
import dev.outpost.model.Maintenance;
import java.time.Instant;
import java.util.Collection;

/**
 * One thing that happened on the page and may be news: an incident's report, update, resolution or
 * postmortem, or a maintenance window's announcement, reminder, start or end.
 *
 * @param key names it for the sent-record; the same change always has the same key, and editing its
 *     text does not change it
 * @param at when it happened; {@code null} for a change whose time the page does not know (a
 *     postmortem, an announcement), which is news when it is first seen
 * @param incident the incident, for incident changes; else {@code null}
 * @param update the update, for incident changes other than a postmortem; else {@code null}
 * @param window the maintenance window, for maintenance changes; else {@code null}
 */
public record Change(
    Kind kind,
    String key,
    Instant at,
    Incident incident,
    IncidentUpdate update,
    Maintenance window) {

  /** What happened. */
  public enum Kind {
    REPORTED("New incident"),
    UPDATED("Update"),
    RESOLVED("Resolved"),
    POSTMORTEM("Postmortem"),
    ANNOUNCED("Maintenance scheduled"),
    REMINDER("Maintenance starts soon"),
    STARTED("Maintenance in progress"),
    COMPLETED("Maintenance completed");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** In words, such as "Maintenance in progress". */
    public String label() {
      return label;
    }
  }

  /** The id of the incident or window it is about. */
  public String subject() {
    return incident != null ? incident.id() : window.id();
  }

  /** The components it is about. */
  public Collection<String> components() {
    return incident != null ? incident.affectedComponents() : window.components();
  }
}
