package dev.outpost.model;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Small builders for test pages, incidents and maintenance windows. */
final class Given {
  static final ComponentStatus MAJOR = ComponentStatus.MAJOR_OUTAGE;
  static final ComponentStatus PARTIAL = ComponentStatus.PARTIAL_OUTAGE;
  static final ComponentStatus DEGRADED = ComponentStatus.DEGRADED_PERFORMANCE;
  static final ComponentStatus MAINTENANCE = ComponentStatus.UNDER_MAINTENANCE;
  static final ComponentStatus OPERATIONAL = ComponentStatus.OPERATIONAL;

  private Given() {}

  static Instant at(String iso) {
    return Instant.parse(iso);
  }

  static Component component(String id) {
    return new Component(id, id.toUpperCase(), "", null, null);
  }

  static Component component(String id, String since) {
    return new Component(id, id.toUpperCase(), "", null, LocalDate.parse(since));
  }

  static PageBuilder page() {
    return new PageBuilder();
  }

  static IncidentBuilder incident(String id) {
    return new IncidentBuilder(id);
  }

  /** An incident holding one component in one status from {@code from} until {@code to}. */
  static Incident outage(
      String id, String component, ComponentStatus status, String from, String to) {
    IncidentBuilder incident = incident(id).started(from, Map.of(component, status));
    return (to == null ? incident : incident.resolved(to)).build();
  }

  static Maintenance maintenance(
      String id, String start, String end, String completed, String... components) {
    return new Maintenance(
        id,
        "Maintenance " + id,
        at(start),
        at(end),
        completed == null ? null : at(completed),
        List.of(components),
        List.of(),
        "",
        Origin.file("incidents/" + id + ".md"));
  }

  static final class PageBuilder {
    private ZoneId zone = ZoneOffset.UTC;
    private UptimePolicy policy = UptimePolicy.DEFAULT;
    private final List<Component> components = new ArrayList<>();
    private final List<Incident> incidents = new ArrayList<>();
    private final List<Maintenance> maintenance = new ArrayList<>();

    PageBuilder zone(String zone) {
      this.zone = ZoneId.of(zone);
      return this;
    }

    PageBuilder policy(int days, double major, double partial, double degraded) {
      this.policy = new UptimePolicy(days, major, partial, degraded);
      return this;
    }

    PageBuilder days(int days) {
      return policy(days, 1.0, 0.3, 0.0);
    }

    PageBuilder components(Component... components) {
      this.components.addAll(Arrays.asList(components));
      return this;
    }

    PageBuilder incidents(Incident... incidents) {
      this.incidents.addAll(Arrays.asList(incidents));
      return this;
    }

    PageBuilder incidents(List<Incident> incidents) {
      this.incidents.addAll(incidents);
      return this;
    }

    PageBuilder maintenance(Maintenance... maintenance) {
      this.maintenance.addAll(Arrays.asList(maintenance));
      return this;
    }

    StatusPage build() {
      Site site =
          new Site("Status", "", URI.create("https://status.example/"), zone, "", List.of());
      return new StatusPage(site, List.of(), components, policy, incidents, maintenance);
    }
  }

  static final class IncidentBuilder {
    private final String id;
    private final List<IncidentUpdate> updates = new ArrayList<>();
    private Impact impact;
    private boolean postmortem;

    private IncidentBuilder(String id) {
      this.id = id;
    }

    IncidentBuilder started(String at, Map<String, ComponentStatus> components) {
      return update(at, IncidentState.INVESTIGATING, components);
    }

    IncidentBuilder update(
        String at, IncidentState state, Map<String, ComponentStatus> components) {
      updates.add(new IncidentUpdate(at(at), state, components, state.label() + " at " + at));
      return this;
    }

    IncidentBuilder resolved(String at) {
      return update(at, IncidentState.RESOLVED, Map.of());
    }

    IncidentBuilder impact(Impact impact) {
      this.impact = impact;
      return this;
    }

    IncidentBuilder postmortem() {
      this.postmortem = true;
      return this;
    }

    Incident build() {
      return new Incident(
          id,
          "Incident " + id,
          impact,
          updates,
          "",
          postmortem,
          Origin.file("incidents/" + id + ".md"));
    }
  }
}
