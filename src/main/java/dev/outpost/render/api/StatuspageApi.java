package dev.outpost.render.api;

import dev.outpost.model.Incident;
import dev.outpost.model.Maintenance;
import dev.outpost.model.StatusPage;
import dev.outpost.model.StatusReport;
import dev.outpost.render.Json;
import dev.outpost.render.Lazy;
import dev.outpost.render.Moments;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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

  /**
   * Every endpoint's file, by path relative to the site's root, in {@link #ENDPOINTS} order; each
   * is written when asked for, on any thread, from shapes built once.
   */
  public static Map<String, Supplier<String>> files(StatusPage page, StatusReport report) {
    Supplier<Api> api = Lazy.once(() -> new Api(page, report));
    Supplier<Shapes.Summary> summary = Lazy.once(() -> summary(api.get(), report));
    Supplier<List<Shapes.Incident>> incidents = Lazy.once(() -> incidents(api.get(), page, report));
    Supplier<List<Shapes.Incident>> maintenances = Lazy.once(() -> maintenances(api.get(), page));
    Supplier<Shapes.Page> about = () -> summary.get().page();
    Map<String, Supplier<String>> files = new LinkedHashMap<>();
    files.put(SUMMARY, () -> Json.write(summary.get()));
    files.put(
        STATUS, () -> Json.write(new Shapes.StatusResponse(about.get(), summary.get().status())));
    files.put(
        COMPONENTS,
        () -> Json.write(new Shapes.ComponentsResponse(about.get(), summary.get().components())));
    files.put(
        INCIDENTS, () -> Json.write(new Shapes.IncidentsResponse(about.get(), incidents.get())));
    files.put(
        UNRESOLVED,
        () -> Json.write(new Shapes.IncidentsResponse(about.get(), summary.get().incidents())));
    files.put(
        MAINTENANCES,
        () -> Json.write(new Shapes.MaintenancesResponse(about.get(), maintenances.get())));
    files.put(
        UPCOMING,
        () ->
            Json.write(
                new Shapes.MaintenancesResponse(
                    about.get(), maintenance(api.get(), report.upcomingMaintenance()))));
    files.put(
        ACTIVE,
        () ->
            Json.write(
                new Shapes.MaintenancesResponse(
                    about.get(), maintenance(api.get(), report.activeMaintenance()))));
    return files;
  }

  /**
   * The body of a Statuspage incident webhook about {@code incident} or, when that is {@code null},
   * about maintenance window {@code window}: {@code meta}, {@code page} (its id, status indicator
   * and description) and {@code incident}, as the API's incident objects are.
   *
   * @param documentation where receivers read about the payload
   */
  public static String webhook(
      StatusPage page,
      StatusReport report,
      Incident incident,
      Maintenance window,
      String documentation) {
    Api api = new Api(page, report);
    Shapes.Page about = api.page();
    Shapes.Status status = api.status();
    return Json.write(
        new Shapes.IncidentWebhook(
            new Shapes.Meta(null, documentation, Moments.utc(report.now())),
            new Shapes.WebhookPage(about.id(), status.indicator(), status.description()),
            incident != null ? api.incident(incident) : api.maintenance(window)));
  }

  private static Shapes.Summary summary(Api api, StatusReport report) {
    List<Shapes.Incident> unresolved =
        report.activeIncidents().stream().map(api::incident).toList();
    List<Shapes.Incident> current =
        Stream.concat(report.activeMaintenance().stream(), report.upcomingMaintenance().stream())
            .map(api::maintenance)
            .toList();
    return new Shapes.Summary(api.page(), api.components(), unresolved, current, api.status());
  }

  private static List<Shapes.Incident> maintenance(Api api, List<Maintenance> windows) {
    return windows.stream().map(api::maintenance).toList();
  }

  private static List<Shapes.Incident> incidents(Api api, StatusPage page, StatusReport report) {
    return page.incidents().stream()
        .filter(incident -> !incident.started().isAfter(report.now()))
        .sorted(Comparator.comparing(Incident::started).reversed().thenComparing(Incident::id))
        .limit(MAX_ENTRIES)
        .map(api::incident)
        .toList();
  }

  private static List<Shapes.Incident> maintenances(Api api, StatusPage page) {
    return page.maintenance().stream()
        .sorted(Comparator.comparing(Maintenance::start).reversed().thenComparing(Maintenance::id))
        .limit(MAX_ENTRIES)
        .map(api::maintenance)
        .toList();
  }
}
