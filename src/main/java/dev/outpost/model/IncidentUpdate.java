package dev.outpost.model;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of an incident's timeline.
 *
 * @param at when it was posted
 * @param state the incident's state from this update on
 * @param components the component statuses this update changes (other components keep theirs);
 *     ignored on a closing update, which sets every component back to operational
 * @param body Markdown; may be empty
 */
public record IncidentUpdate(
    Instant at, IncidentState state, Map<String, ComponentStatus> components, String body) {
  public IncidentUpdate {
    components = Map.copyOf(components);
  }
}
