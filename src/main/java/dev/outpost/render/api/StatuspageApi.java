package dev.outpost.render.api;

import dev.outpost.model.Incident;
import dev.outpost.model.Maintenance;
import dev.outpost.model.StatusPage;
import dev.outpost.model.StatusReport;
import dev.outpost.render.Json;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Atlassian Statuspage's public v2 API as static files under {@code api/v2/}, in its field names
 * and shapes, so that Statuspage clients and widgets can read the site. Written with Jackson.
 */
public final class StatuspageApi {
  /**
   * How many incidents {@code incidents.json} and maintenances {@code scheduled-maintenances.json}
   * hold.
   */
  public static final int MAX_ENTRIES = 50;

  public static final String SUMMARY = "api/v2/summary.json";
  public static final String STATUS = "api/v2/status.json";
  public static final String COMPONENTS = "api/v2/components.json";
  public static final String INCIDENTS = "api/v2/incidents.json";
  public static final String UNRESOLVED = "api/v2/incidents/unresolved.json";
  public static final String MAINTENANCES = "api/v2/scheduled-maintenances.json";
  public static final String UPCOMING = "api/v2/scheduled-maintenances/upcoming.json";
  public static final String ACTIVE = "api/v2/scheduled-maintenances/active.json";

  /** Every endpoint's path, in the order the page lists them. */
  public static final List<String> ENDPOINTS =
      List.of(SUMMARY, STATUS, COMPONENTS, INCIDENTS, UNRESOLVED, MAINTENANCES, UPCOMING, ACTIVE);

  private StatuspageApi() {}

  /** Every endpoint's file, by path relative to the site's root, in {@link #ENDPOINTS} order. */
  public static Map<String, String> files(StatusPage page, StatusReport report) {
    Api api = new Api(page, report);
    Shapes.Page about = api.page();
    List<Shapes.Component> components = api.components();
    List<Shapes.Incident> unresolved =
        report.activeIncidents().stream().map(api::incident).toList();
    List<Shapes.Incident> upcoming =
        report.upcomingMaintenance().stream().map(api::maintenance).toList();
    List<Shapes.Incident> active =
        report.activeMaintenance().stream().map(api::maintenance).toList();
    List<Shapes.Incident> incidents =
        page.incidents().stream()
            .filter(incident -> !incident.started().isAfter(report.now()))
            .sorted(Comparator.comparing(Incident::started).reversed().thenComparing(Incident::id))
            .limit(MAX_ENTRIES)
            .map(api::incident)
            .toList();
    List<Shapes.Incident> maintenances =
        page.maintenance().stream()
            .sorted(
                Comparator.comparing(Maintenance::start).reversed().thenComparing(Maintenance::id))
            .limit(MAX_ENTRIES)
            .map(api::maintenance)
            .toList();
    List<Shapes.Incident> current = Stream.concat(active.stream(), upcoming.stream()).toList();

    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        SUMMARY,
        Json.write(new Shapes.Summary(about, components, unresolved, current, api.status())));
    files.put(STATUS, Json.write(new Shapes.StatusResponse(about, api.status())));
    files.put(COMPONENTS, Json.write(new Shapes.ComponentsResponse(about, components)));
    files.put(INCIDENTS, Json.write(new Shapes.IncidentsResponse(about, incidents)));
    files.put(UNRESOLVED, Json.write(new Shapes.IncidentsResponse(about, unresolved)));
    files.put(MAINTENANCES, Json.write(new Shapes.MaintenancesResponse(about, maintenances)));
    files.put(UPCOMING, Json.write(new Shapes.MaintenancesResponse(about, upcoming)));
    files.put(ACTIVE, Json.write(new Shapes.MaintenancesResponse(about, active)));
    return files;
  }
}
