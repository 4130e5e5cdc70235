package dev.outpost.model;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page's state at one instant: everything computed from a {@link StatusPage} and {@code now}.
 *
 * @param indicator the overall status
 * @param componentStatus every component's current status: the worst over the active incidents and
 *     maintenance windows that touch it, in {@link StatusPage#components()} order
 * @param uptime every component's daily uptime series, by component id
 * @param activeIncidents incidents active at {@code now}, newest first
 * @param activeMaintenance maintenance in progress at {@code now}, soonest end first
 * @param upcomingMaintenance maintenance scheduled after {@code now}, soonest first
 */
public record StatusReport(
    Instant now,
    Indicator indicator,
    Map<String, ComponentStatus> componentStatus,
    Map<String, UptimeSeries> uptime,
    List<Incident> activeIncidents,
    List<Maintenance> activeMaintenance,
    List<Maintenance> upcomingMaintenance) {

  /**
   * Computes the report. The indicator follows the components' current statuses ({@link
   * Indicator#of}); an active incident with a declared impact raises it to at least that impact,
   * even with no component named. A derived impact adds nothing: it sums up the incident's whole
   * timeline, while the banner tells how things stand now.
   */
  public static StatusReport of(StatusPage page, Instant now) {
    List<Incident> incidents =
        page.incidents().stream()
            .filter(incident -> incident.isActive(now))
            .sorted(Comparator.comparing(Incident::started).reversed().thenComparing(Incident::id))
            .toList();
    List<Maintenance> active =
        page.maintenance().stream()
            .filter(maintenance -> maintenance.isActive(now))
            .sorted(Comparator.comparing(Maintenance::effectiveEnd).thenComparing(Maintenance::id))
            .toList();
    List<Maintenance> upcoming =
        page.maintenance().stream()
            .filter(maintenance -> maintenance.state(now) == MaintenanceState.SCHEDULED)
            .sorted(Comparator.comparing(Maintenance::start).thenComparing(Maintenance::id))
            .toList();

    Map<String, ComponentStatus> statuses = new LinkedHashMap<>();
    Map<String, UptimeSeries> uptime = Uptime.daily(page, now);
    for (Component component : page.components()) {
      statuses.put(component.id(), ComponentStatus.OPERATIONAL);
    }
    for (Incident incident : incidents) {
      incident
          .statusesAfter(latestIndex(incident, now))
          .forEach((id, status) -> statuses.computeIfPresent(id, (k, v) -> worst(v, status)));
    }
    for (Maintenance maintenance : active) {
      for (String id : maintenance.components()) {
        statuses.computeIfPresent(id, (k, v) -> worst(v, ComponentStatus.UNDER_MAINTENANCE));
      }
    }

    ComponentStatus worstStatus = ComponentStatus.OPERATIONAL;
    for (ComponentStatus status : statuses.values()) {
      worstStatus = worst(worstStatus, status);
    }
    Indicator indicator = Indicator.of(worstStatus);
    for (Incident incident : incidents) {
      if (incident.declaredImpact() == null) {
        continue;
      }
      Indicator implied = indicator(incident.declaredImpact());
      indicator = implied.compareTo(indicator) > 0 ? implied : indicator;
    }
    return new StatusReport(
        now,
        indicator,
        Collections.unmodifiableMap(statuses),
        Collections.unmodifiableMap(uptime),
        incidents,
        active,
        upcoming);
  }

  /**
   * How hard {@code incident} hits at {@link #now()}, as the banner counts it: the worse of its
   * declared impact and the one implied by the worst status it gives a component now. So an active
   * incident alone on the page has the banner's level ({@link #indicator()}), and the banner is
   * never below any; {@link Incident#impact()} is the incident's worst over its whole timeline
   * instead, for its history.
   */
  public Impact currentImpact(Incident incident) {
    ComponentStatus worst = ComponentStatus.OPERATIONAL;
    for (ComponentStatus status : incident.statusesAfter(latestIndex(incident, now)).values()) {
      worst = worst(worst, status);
    }
    Impact implied = Impact.of(worst);
    Impact declared = incident.declaredImpact();
    return declared != null && declared.compareTo(implied) > 0 ? declared : implied;
  }

  /** The index of the latest update posted at or before {@code now}; 0 if none was. */
  private static int latestIndex(Incident incident, Instant now) {
    List<IncidentUpdate> updates = incident.updates();
    int index = 0;
    for (int i = 0; i < updates.size() && !updates.get(i).at().isAfter(now); i++) {
      index = i;
    }
    return index;
  }

  private static ComponentStatus worst(ComponentStatus a, ComponentStatus b) {
    return ComponentStatus.worst(a, b);
  }

  private static Indicator indicator(Impact impact) {
    return switch (impact) {
      case NONE -> Indicator.NONE;
      case MINOR -> Indicator.MINOR;
      case MAJOR -> Indicator.MAJOR;
      case CRITICAL -> Indicator.CRITICAL;
    };
  }
}
