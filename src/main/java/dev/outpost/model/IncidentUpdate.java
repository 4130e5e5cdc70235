package dev.outpost.model;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One entry of an incident's timeline.
 *
 * @param at when it was posted
 * @param state the incident's state from this update on
 * @param components the component statuses this update changes (other components keep theirs);
 *     ignored on a closing update, which sets every component back to operational; kept
 *     unmodifiable in the order of the component ids, which is how every page lists them
 * @param body Markdown; may be empty
 */
public record IncidentUpdate(
    Instant at, IncidentState state, Map<String, ComponentStatus> components, String body) {
  public IncidentUpdate {
    components = inIdOrder(components);
    body = Characters.clean(body);
  }

  private static Map<String, ComponentStatus> inIdOrder(Map<String, ComponentStatus> components) {
    if (components.size() <= 1) {
      return Map.copyOf(components);
    }
    Map<String, ComponentStatus> sorted = new TreeMap<>();
    components.forEach(
        (id, status) -> sorted.put(Objects.requireNonNull(id), Objects.requireNonNull(status)));
    return Collections.unmodifiableMap(sorted);
  }
}
