package dev.outpost.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A status page narrowed to the components one audience sees: those components, the incidents and
 * maintenance windows that touch them (showing only them), and what is measured of them.
 */
final class Audience {
  private final Set<String> ids;

  private Audience(Set<String> ids) {
    this.ids = ids;
  }

  static StatusPage narrow(StatusPage page, Site site, Set<String> ids) {
    return new Audience(ids).narrow(page, site);
  }

  private StatusPage narrow(StatusPage page, Site site) {
    List<Component> components =
        page.components().stream().filter(c -> ids.contains(c.id())).toList();
    Set<String> groupIds =
        Set.copyOf(components.stream().map(Component::group).filter(g -> g != null).toList());
    List<ComponentGroup> groups =
        page.groups().stream().filter(g -> groupIds.contains(g.id())).toList();
    List<Incident> incidents = new ArrayList<>();
    for (Incident incident : page.incidents()) {
      if (incident.affectedComponents().stream().anyMatch(ids::contains)) {
        incidents.add(incident(incident));
      }
    }
    List<Maintenance> maintenance = new ArrayList<>();
    for (Maintenance window : page.maintenance()) {
      if (window.components().stream().anyMatch(ids::contains)) {
        maintenance.add(maintenance(window));
      }
    }
    List<Suspicion> suspicions = new ArrayList<>();
    for (Suspicion suspicion : page.suspicions()) {
      List<String> shown = suspicion.components().stream().filter(ids::contains).toList();
      if (!shown.isEmpty()) {
        suspicions.add(new Suspicion(suspicion.issue(), shown));
      }
    }
    List<Measured> measured =
        page.measured().stream().filter(m -> ids.contains(m.component())).toList();
    return new StatusPage(
        site, groups, components, page.uptime(), incidents, maintenance, suspicions, measured);
  }

  /**
   * The incident with only this audience's components in its updates. Its declared impact stays
   * when the audience sees every component it affects; otherwise the impact is the one the statuses
   * shown imply, so a page never reports an impact its readers cannot see.
   */
  private Incident incident(Incident incident) {
    List<IncidentUpdate> updates = new ArrayList<>();
    for (IncidentUpdate update : incident.updates()) {
      Map<String, ComponentStatus> shown = new LinkedHashMap<>();
      update
          .components()
          .forEach(
              (id, status) -> {
                if (ids.contains(id)) {
                  shown.put(id, status);
                }
              });
      updates.add(new IncidentUpdate(update.at(), update.state(), shown, update.body()));
    }
    boolean seesAll = ids.containsAll(incident.affectedComponents());
    return new Incident(
        incident.id(),
        incident.title(),
        seesAll ? incident.declaredImpact() : null,
        updates,
        incident.body(),
        incident.postmortem(),
        incident.origin());
  }

  private Maintenance maintenance(Maintenance window) {
    return new Maintenance(
        window.id(),
        window.title(),
        window.start(),
        window.end(),
        window.completed(),
        window.components().stream().filter(ids::contains).toList(),
        window.updates(),
        window.body(),
        window.origin(),
        window.reminder());
  }
}
