package dev.outpost.notify;

import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Incident;
import dev.outpost.model.Maintenance;
import java.util.List;
import java.util.Map;

/**
 * One message about one incident or maintenance window: every change of a run about it, folded.
 *
 * @param title the incident's or window's title, trusted text from the page
 * @param changes in time order; the last says where it stands
 * @param entries each change in words, in the same order
 * @param statuses the current status of each component it touches, by component name
 * @param link the absolute address of its page on the site
 * @param incident the incident, or {@code null} for a maintenance window
 * @param window the window, or {@code null} for an incident
 */
public record Notice(
    String title,
    List<Change> changes,
    List<Entry> entries,
    Map<String, ComponentStatus> statuses,
    String link,
    Incident incident,
    Maintenance window) {
  public Notice {
    changes = List.copyOf(changes);
    entries = List.copyOf(entries);
  }

  /** The last change: where the incident or window now stands. */
  public Change latest() {
    return changes.get(changes.size() - 1);
  }

  /** Its headline, such as "Resolved: Elevated API errors". */
  public String headline() {
    return latest().kind().label() + ": " + title;
  }

  /**
   * One change in words.
   *
   * @param heading such as "Identified · 2026-11-02 14:20 UTC"
   * @param body Markdown written by a trusted person, or words of Outpost's own; may be empty
   */
  public record Entry(String heading, String body) {}
}
