package dev.outpost.render.api;

import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Incident;
import dev.outpost.model.Maintenance;
import dev.outpost.model.StatusPage;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** When each component's status last changed, as far as the sources tell. */
final class Changes {
  private Changes() {}

  /**
   * By component id: the latest instant, not after {@code now}, at which an incident update or a
   * maintenance window's start or end changed its status. Components never touched are absent.
   */
  static Map<String, Instant> lastChanged(StatusPage page, Instant now) {
    Map<String, Instant> changed = new HashMap<>();
    for (Incident incident : page.incidents()) {
      var updates = incident.updates();
      Map<String, ComponentStatus> before = Map.of();
      for (int i = 0; i < updates.size() && !updates.get(i).at().isAfter(now); i++) {
        Map<String, ComponentStatus> after = incident.statusesAfter(i);
        for (var entry : after.entrySet()) {
          if (before.getOrDefault(entry.getKey(), ComponentStatus.OPERATIONAL)
              != entry.getValue()) {
            note(changed, entry.getKey(), updates.get(i).at());
          }
        }
        before = after;
      }
    }
    for (Maintenance m : page.maintenance()) {
      for (Instant at : List.of(m.start(), m.effectiveEnd())) {
        if (!at.isAfter(now)) {
          m.components().forEach(id -> note(changed, id, at));
        }
      }
    }
    return changed;
  }

  private static void note(Map<String, Instant> changed, String id, Instant at) {
    changed.merge(id, at, (a, b) -> a.isAfter(b) ? a : b);
  }
}
