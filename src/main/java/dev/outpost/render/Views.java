package dev.outpost.render;

import dev.outpost.model.Component;
import dev.outpost.model.ComponentStatus;
import dev.outpost.model.DayUptime;
import dev.outpost.model.Impact;
import dev.outpost.model.Incident;
import dev.outpost.model.Link;
import dev.outpost.model.Maintenance;
import dev.outpost.model.MaintenanceState;
import dev.outpost.model.Site;
import dev.outpost.model.StatusPage;
import dev.outpost.model.StatusReport;
import dev.outpost.model.UptimeSeries;
import dev.outpost.render.view.BarView;
import dev.outpost.render.view.BrandView;
import dev.outpost.render.view.DayView;
import dev.outpost.render.view.EntryView;
import dev.outpost.render.view.Layout;
import dev.outpost.render.view.LinkView;
import dev.outpost.render.view.StatusView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** What the page builders share: the inputs, formats, paths and the small views every page uses. */
final class Views {
  final StatusPage page;
  final StatusReport report;
  final Format format;
  final Markdown markdown;
  private final List<LinkView> headerLinks;
  private final BrandView brand;

  /**
   * The page's components by id, the first of any that share one, as {@link StatusPage#component}
   * finds them: every component link looks its component up here.
   */
  private final Map<String, Component> componentsById = new HashMap<>();

  /** Built by the first component page that asks, while other threads write other pages. */
  private final Supplier<Map<String, List<Incident>>> incidentsByComponent =
      Lazy.once(this::incidentsByComponent);

  Views(StatusPage page, StatusReport report, Markdown markdown) {
    this.page = page;
    this.report = report;
    this.format = new Format(page.site().zone());
    this.markdown = markdown;
    List<LinkView> links = new ArrayList<>();
    for (Link link : page.site().links()) {
      links.add(new LinkView(link.title(), Urls.link(link.url().toString())));
    }
    this.headerLinks = List.copyOf(links);
    this.brand = Assets.view(page.site().brand(), markdown);
    for (Component component : page.components()) {
      componentsById.putIfAbsent(component.id(), component);
    }
  }

  private Map<String, List<Incident>> incidentsByComponent() {
    Map<String, List<Incident>> byComponent = new HashMap<>();
    for (Incident incident : page.incidents()) {
      for (String id : incident.affectedComponents()) {
        byComponent.computeIfAbsent(id, k -> new ArrayList<>()).add(incident);
      }
    }
    return byComponent;
  }

  /** The incidents that touched component {@code componentId}, in the page's order. */
  List<Incident> incidentsOf(String componentId) {
    return incidentsByComponent.get().getOrDefault(componentId, List.of());
  }

  /** The frame of the page at {@code path}, whose links start with {@code root}. */
  Layout layout(String path, String root, String title, String description, boolean home) {
    Site site = page.site();
    String canonical = path == null ? null : SitePaths.absolute(site, path);
    String fullTitle = home ? site.title() : title + " · " + site.title();
    String about = isBlank(description) ? site.title() : description;
    return new Layout(
        fullTitle,
        about,
        root,
        root.isEmpty() ? SitePaths.HOME : root,
        canonical,
        site.title(),
        text(site.description()),
        home,
        headerLinks,
        "Times are shown in the " + site.zone().getId() + " time zone.",
        Following.feeds(root, site.title()),
        brand,
        path == null
            ? null
            : switch (path) {
              case SitePaths.HOME -> "status";
              case SitePaths.HISTORY -> "history";
              case SitePaths.DEVELOPERS -> "developers";
              default -> null;
            });
  }

  /** {@code text}, or empty for {@code null}. */
  static String text(String text) {
    return text == null ? "" : text;
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  static StatusView status(ComponentStatus status) {
    return new StatusView(status.id(), status.label());
  }

  /**
   * An impact in the banner's words (Statuspage's indicators: minor is a Minor Service Outage,
   * major a Partial System Outage, critical a Major System Outage), so that a pill never reads
   * "major" under a banner that reads "partial".
   */
  static StatusView impact(Impact impact) {
    String label =
        switch (impact) {
          case NONE -> "No impact";
          case MINOR -> "Minor outage";
          case MAJOR -> "Partial outage";
          case CRITICAL -> "Major outage";
        };
    return new StatusView(impact.id(), label);
  }

  ComponentStatus currentStatus(String componentId) {
    return report.componentStatus().getOrDefault(componentId, ComponentStatus.OPERATIONAL);
  }

  /** A component's name, or its id when the page no longer has it. */
  String componentName(String id) {
    Component component = componentsById.get(id);
    return component == null ? id : component.name();
  }

  /** A link to a component's page, without one when the page no longer has it. */
  LinkView componentLink(String id, String root) {
    Component component = componentsById.get(id);
    return component == null
        ? new LinkView(id, null)
        : new LinkView(component.name(), root + SitePaths.component(id));
  }

  EntryView entry(Incident incident, String root) {
    String summary =
        incident.resolved().isPresent()
            ? "Resolved after " + Format.duration(incident.duration(report.now()))
            : "Ongoing for " + Format.duration(incident.duration(report.now()));
    return new EntryView(
        incident.title(),
        root + SitePaths.incident(incident.id()),
        impact(incident.impact()),
        new StatusView(incident.state(report.now()).id(), incident.state(report.now()).label()),
        format.time(incident.started()),
        summary);
  }

  EntryView entry(Maintenance maintenance, String root) {
    MaintenanceState state = maintenance.state(report.now());
    Duration planned = Duration.between(maintenance.start(), maintenance.end());
    Duration took = Duration.between(maintenance.start(), maintenance.effectiveEnd());
    String summary =
        state == MaintenanceState.COMPLETED
            ? "Took " + Format.duration(took)
            : "Planned for " + Format.duration(planned);
    return new EntryView(
        maintenance.title(),
        root + SitePaths.incident(maintenance.id()),
        new StatusView("maintenance", "Maintenance"),
        new StatusView(state.id(), state.label()),
        format.time(maintenance.start()),
        summary);
  }

  /**
   * The uptime bar of a component, or {@code null} when the report has no series for it.
   *
   * @param everyDay whether keyboard users can reach every day; otherwise only the days with
   *     incidents or maintenance, so that a page of many bars is not hundreds of tab stops
   */
  BarView bar(String componentId, boolean everyDay) {
    UptimeSeries series = report.uptime().get(componentId);
    if (series == null || series.days().isEmpty()) {
      return null;
    }
    List<DayView> days = new ArrayList<>(series.days().size());
    for (DayUptime day : series.days()) {
      days.add(new DayView(dayClass(day), dayText(day), everyDay || eventful(day)));
    }
    List<DayUptime> all = series.days();
    String label = "Uptime of " + componentName(componentId) + ", last " + all.size() + " days";
    String percent = Format.percent(series.percent());
    return new BarView(
        label,
        days,
        percent,
        format.day(all.get(0).date()),
        format.day(all.get(all.size() - 1).date()),
        all.size() > BarView.RECENT
            ? format.day(all.get(all.size() - BarView.RECENT).date())
            : null,
        summary(label, percent, all));
  }

  /**
   * The bar in words: "Uptime of API, last 90 days: 99.97%. No data for the 52 days until Sep 30,
   * 2026. Days with incidents or maintenance: Nov 19, 2026 (99.82% uptime, Partial Outage)."
   */
  private String summary(String label, String percent, List<DayUptime> days) {
    StringBuilder text = new StringBuilder(label).append(": ").append(percent).append('.');
    List<DayUptime> uncounted = days.stream().filter(d -> !d.counted()).toList();
    if (!uncounted.isEmpty()) {
      text.append(" No data for ")
          .append(uncounted.size() == 1 ? "1 day" : uncounted.size() + " days")
          .append(uncounted.size() == days.size() ? "" : ", " + dayRange(uncounted))
          .append('.');
    }
    List<String> bad = new ArrayList<>();
    for (DayUptime day : days) {
      if (eventful(day)) {
        String status =
            day.worst() == ComponentStatus.OPERATIONAL ? "" : ", " + day.worst().label();
        bad.add(
            format.day(day.date()).text()
                + " ("
                + Format.percent(day.uptime())
                + " uptime"
                + status
                + ")");
      }
    }
    if (bad.isEmpty() && uncounted.size() < days.size()) {
      text.append(" No incidents or maintenance.");
    } else if (!bad.isEmpty()) {
      text.append(" Days with incidents or maintenance: ")
          .append(String.join("; ", bad))
          .append('.');
    }
    return text.toString();
  }

  private String dayRange(List<DayUptime> days) {
    String first = format.day(days.get(0).date()).text();
    String last = format.day(days.get(days.size() - 1).date()).text();
    return days.size() == 1 ? "on " + first : "from " + first + " to " + last;
  }

  /** A day counted with an incident or maintenance in it. */
  private static boolean eventful(DayUptime day) {
    return day.counted() && (day.worst() != ComponentStatus.OPERATIONAL || day.uptime() < 1);
  }

  private static String dayClass(DayUptime day) {
    if (!day.counted()) {
      return "nd";
    }
    return switch (day.worst()) {
      case OPERATIONAL -> "op";
      case UNDER_MAINTENANCE -> "um";
      case DEGRADED_PERFORMANCE -> "dp";
      case PARTIAL_OUTAGE -> "po";
      case MAJOR_OUTAGE -> "mo";
    };
  }

  private String dayText(DayUptime day) {
    String date = format.day(day.date()).text();
    if (!day.counted()) {
      return date + ": no data";
    }
    String text = date + ": " + Format.percent(day.uptime()) + " uptime";
    return day.worst() == ComponentStatus.OPERATIONAL ? text : text + ", " + day.worst().label();
  }
}
