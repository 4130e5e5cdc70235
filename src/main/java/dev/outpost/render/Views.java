package dev.outpost.render;

import dev.outpost.model.Component;
import dev.outpost.model.ComponentStatus;
import dev.outpost.model.DayUptime;
import dev.outpost.model.Impact;
import dev.outpost.model.Incident;
import dev.outpost.model.IncidentState;
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
import dev.outpost.render.view.TimeView;
import dev.outpost.words.Words;
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
  final Words words;
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
    this.words = words(page.site());
    this.format = new Format(page.site().zone(), words);
    this.markdown = markdown.in(words);
    List<LinkView> links = new ArrayList<>();
    for (Link link : page.site().links()) {
      links.add(new LinkView(link.title(), Urls.link(link.url().toString())));
    }
    this.headerLinks = List.copyOf(links);
    this.brand = Assets.view(page.site().brand(), this.markdown);
    for (Component component : page.components()) {
      componentsById.putIfAbsent(component.id(), component);
    }
  }

  /** The words of {@code site}'s language, with its own strings. */
  static Words words(Site site) {
    return Words.of(site.language().tag(), site.language().strings());
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
        words.format("footer.zone", "zone", site.zone().getId()),
        Following.feeds(root, site.title()),
        brand,
        words,
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

  StatusView status(ComponentStatus status) {
    return new StatusView(status.id(), words.get("status." + status.id()));
  }

  /** An incident's state in words. */
  StatusView state(IncidentState state) {
    return new StatusView(state.id(), words.get("state." + state.id()));
  }

  /** A maintenance window's state in words. */
  StatusView state(MaintenanceState state) {
    return new StatusView(state.id(), words.get("maintenance." + state.id()));
  }

  /**
   * An impact in the banner's words (Statuspage's indicators: minor is a Minor Service Outage,
   * major a Partial System Outage, critical a Major System Outage), so that a pill never reads
   * "major" under a banner that reads "partial".
   */
  StatusView impact(Impact impact) {
    return new StatusView(impact.id(), words.get("impact." + impact.id()));
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
    String summary = lasted(incident);
    return new EntryView(
        incident.title(),
        root + SitePaths.incident(incident.id()),
        impact(incident.impact()),
        state(incident.state(report.now())),
        format.time(incident.started()),
        summary);
  }

  /** "Resolved after 1 hr, 35 min" or "Ongoing for 20 min". */
  String lasted(Incident incident) {
    String duration = format.duration(incident.duration(report.now()));
    return incident.resolved().isPresent()
        ? words.format("entry.resolved_after", "duration", duration)
        : words.format("entry.ongoing_for", "duration", duration);
  }

  EntryView entry(Maintenance maintenance, String root) {
    MaintenanceState state = maintenance.state(report.now());
    Duration planned = Duration.between(maintenance.start(), maintenance.end());
    Duration took = Duration.between(maintenance.start(), maintenance.effectiveEnd());
    String summary =
        state == MaintenanceState.COMPLETED
            ? words.format("entry.took", "duration", format.duration(took))
            : words.format("entry.planned_for", "duration", format.duration(planned));
    return new EntryView(
        maintenance.title(),
        root + SitePaths.incident(maintenance.id()),
        new StatusView("maintenance", words.get("maintenance.label")),
        state(state),
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
    String name = componentName(componentId);
    String label = words.format("bar.label", "component", name, "days", all.size());
    String percent = format.percent(series.percent());
    TimeView first = format.day(all.get(0).date());
    TimeView last = format.day(all.get(all.size() - 1).date());
    if (all.size() <= BarView.RECENT) {
      return new BarView(
          label, days, percent, first, last, null, summary(label, percent, all), null, null);
    }
    List<DayUptime> recent = all.subList(all.size() - BarView.RECENT, all.size());
    String recentLabel = words.format("bar.label", "component", name, "days", recent.size());
    String recentPercent = format.percent(series.recent());
    return new BarView(
        label,
        days,
        percent,
        first,
        last,
        format.day(recent.get(0).date()),
        summary(label, percent, all),
        recentPercent,
        summary(recentLabel, recentPercent, recent));
  }

  /**
   * The bar in words: "Uptime of API, last 90 days: 99.97%. No data for the 52 days until Sep 30,
   * 2026. Days with incidents or maintenance: Nov 19, 2026 (99.82% uptime, Partial Outage)."
   */
  private String summary(String label, String percent, List<DayUptime> days) {
    StringBuilder text =
        new StringBuilder(words.format("bar.summary", "label", label, "percent", percent));
    List<DayUptime> uncounted = days.stream().filter(d -> !d.counted()).toList();
    if (!uncounted.isEmpty()) {
      int count = uncounted.size();
      String first = format.day(uncounted.get(0).date()).text();
      String sentence =
          count == days.size()
              ? words.format("bar.no_data_days", "days", count)
              : count == 1
                  ? words.format("bar.no_data_on", "days", count, "day", first)
                  : words.format(
                      "bar.no_data_from",
                      "days",
                      count,
                      "first",
                      first,
                      "last",
                      format.day(uncounted.get(count - 1).date()).text());
      text.append(' ').append(sentence);
    }
    List<String> bad = new ArrayList<>();
    for (DayUptime day : days) {
      if (eventful(day)) {
        String date = format.day(day.date()).text();
        String uptime = format.percent(day.uptime());
        bad.add(
            day.worst() == ComponentStatus.OPERATIONAL
                ? words.format("bar.day", "day", date, "percent", uptime)
                : words.format(
                    "bar.day_status",
                    "day",
                    date,
                    "percent",
                    uptime,
                    "status",
                    status(day.worst()).label()));
      }
    }
    if (bad.isEmpty() && uncounted.size() < days.size()) {
      text.append(' ').append(words.get("bar.quiet"));
    } else if (!bad.isEmpty()) {
      text.append(' ')
          .append(
              words.format(
                  "bar.bad_days", "days", String.join(words.get("bar.day_separator"), bad)));
    }
    return text.toString();
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
      return words.format("bar.day_no_data", "date", date);
    }
    String uptime = format.percent(day.uptime());
    return day.worst() == ComponentStatus.OPERATIONAL
        ? words.format("bar.day_text", "date", date, "percent", uptime)
        : words.format(
            "bar.day_text_status",
            "date",
            date,
            "percent",
            uptime,
            "status",
            status(day.worst()).label());
  }
}
