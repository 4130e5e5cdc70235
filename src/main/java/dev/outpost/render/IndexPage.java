package dev.outpost.render;

import dev.outpost.model.Component;
import dev.outpost.model.ComponentGroup;
import dev.outpost.model.Incident;
import dev.outpost.model.Maintenance;
import dev.outpost.model.Measured;
import dev.outpost.model.StatusReport;
import dev.outpost.model.Suspicion;
import dev.outpost.render.calendar.Calendars;
import dev.outpost.render.view.ActiveIncidentView;
import dev.outpost.render.view.ComponentRow;
import dev.outpost.render.view.DayEntries;
import dev.outpost.render.view.EntryView;
import dev.outpost.render.view.GroupView;
import dev.outpost.render.view.IndexView;
import dev.outpost.render.view.LinkView;
import dev.outpost.render.view.MaintenanceSummary;
import dev.outpost.render.view.StatusView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Builds the home page's view. */
final class IndexPage {
  /** How many days "Past incidents" covers, today included. */
  static final int PAST_DAYS = 7;

  private static final String ROOT = "";

  private IndexPage() {}

  static IndexView build(Views views) {
    StatusReport report = views.report;
    List<ActiveIncidentView> incidents = new ArrayList<>();
    for (Incident incident : report.activeIncidents()) {
      incidents.add(active(views, incident));
    }
    return new IndexView(
        views.layout(
            SitePaths.HOME, ROOT, views.page.site().title(), views.page.site().description(), true),
        new StatusView(
            report.indicator().id(), views.words.get("indicator." + report.indicator().id())),
        views.format.time(report.now()),
        views.markdown.render(views.page.site().notice(), 2),
        suspected(views),
        incidents,
        maintenance(views, report.activeMaintenance()),
        groups(views),
        maintenance(views, report.upcomingMaintenance()),
        pastDays(views),
        SitePaths.HISTORY,
        Following.home(views.page, views.words));
  }

  /** "We might be having issues with API and Web; we are looking into it.", one per issue. */
  private static List<String> suspected(Views views) {
    List<String> sentences = new ArrayList<>();
    for (Suspicion suspicion : views.page.suspicions()) {
      List<String> names = new ArrayList<>();
      for (String id : suspicion.components()) {
        views.page.component(id).ifPresent(c -> names.add(c.name()));
      }
      if (names.isEmpty()) {
        continue;
      }
      String sentence =
          views.words.format("index.suspected", "components", views.words.list(names));
      if (!sentences.contains(sentence)) {
        sentences.add(sentence);
      }
    }
    return sentences;
  }

  private static ActiveIncidentView active(Views views, Incident incident) {
    Instant now = views.report.now();
    var latest = incident.latestUpdate(now);
    return new ActiveIncidentView(
        incident.title(),
        SitePaths.incident(incident.id()),
        views.impact(views.report.currentImpact(incident)),
        views.state(incident.state(now)),
        views.format.time(latest.at()),
        views.markdown.render(latest.body(), 4));
  }

  private static List<MaintenanceSummary> maintenance(Views views, List<Maintenance> windows) {
    List<MaintenanceSummary> summaries = new ArrayList<>();
    for (Maintenance m : windows) {
      List<LinkView> components = new ArrayList<>();
      for (String id : m.components()) {
        components.add(views.componentLink(id, ROOT));
      }
      var state = m.state(views.report.now());
      summaries.add(
          new MaintenanceSummary(
              m.title(),
              SitePaths.incident(m.id()),
              views.state(state),
              views.format.time(m.start()),
              views.format.until(m.start(), m.effectiveEnd()),
              components,
              SitePaths.incident(m.id()) + Calendars.FILE));
    }
    return summaries;
  }

  /** Components outside any group first, then the groups in the page's order. */
  private static List<GroupView> groups(Views views) {
    List<GroupView> groups = new ArrayList<>();
    List<ComponentRow> ungrouped = rows(views, null);
    if (!ungrouped.isEmpty()) {
      groups.add(new GroupView(null, "", ungrouped));
    }
    for (ComponentGroup group : views.page.groups()) {
      List<ComponentRow> rows = rows(views, group.id());
      if (!rows.isEmpty()) {
        groups.add(new GroupView(group.name(), Views.text(group.description()), rows));
      }
    }
    return groups;
  }

  private static List<ComponentRow> rows(Views views, String groupId) {
    List<ComponentRow> rows = new ArrayList<>();
    for (Component c : views.page.components()) {
      boolean inGroup =
          groupId == null
              ? c.groupId().filter(id -> views.page.group(id).isPresent()).isEmpty()
              : groupId.equals(c.group());
      if (inGroup) {
        rows.add(
            new ComponentRow(
                c.name(),
                SitePaths.component(c.id()),
                Views.text(c.description()),
                views.status(views.currentStatus(c.id())),
                views.bar(c.id(), false),
                measured(views, c.id())));
      }
    }
    return rows;
  }

  /**
   * The share of the runs of a component's checks that passed in the last 90 days, in words, beside
   * its declared uptime; {@code null} when it has no checks.
   */
  static String measured(Views views, String componentId) {
    List<Measured> checks = views.page.measuredOf(componentId);
    if (checks.isEmpty()) {
      return null;
    }
    Duration days = Measured.WINDOWS.get(Measured.WINDOWS.size() - 1);
    List<Measured.Sample> samples = new ArrayList<>();
    checks.forEach(m -> samples.addAll(m.within(views.report.now(), days)));
    return views.words.format(
        "index.measured",
        "percent",
        views.format.percent(Measured.availability(samples)),
        "days",
        days.toDays());
  }

  /** The last {@link #PAST_DAYS} days, today first, each with what started on it. */
  private static List<DayEntries> pastDays(Views views) {
    Instant now = views.report.now();
    LocalDate today = views.format.date(now);
    LocalDate first = today.minusDays(PAST_DAYS - 1);
    List<List<Dated>> byDay = new ArrayList<>();
    for (int i = 0; i < PAST_DAYS; i++) {
      byDay.add(new ArrayList<>());
    }
    for (Incident incident : views.page.incidents()) {
      add(
          views,
          byDay,
          first,
          today,
          incident.started(),
          incident.id(),
          () -> views.entry(incident, ROOT));
    }
    for (Maintenance m : views.page.maintenance()) {
      add(views, byDay, first, today, m.start(), m.id(), () -> views.entry(m, ROOT));
    }
    List<DayEntries> days = new ArrayList<>();
    for (int i = 0; i < PAST_DAYS; i++) {
      List<Dated> dated = byDay.get(i);
      dated.sort(Dated.NEWEST_FIRST);
      // A run of days without entries is one line, from its oldest day to its newest.
      int oldest = i;
      while (dated.isEmpty() && oldest + 1 < PAST_DAYS && byDay.get(oldest + 1).isEmpty()) {
        oldest++;
      }
      days.add(
          new DayEntries(
              views.format.day(today.minusDays(oldest)),
              oldest == i ? null : views.format.day(today.minusDays(i)),
              dated.stream().map(Dated::view).toList()));
      i = oldest;
    }
    return days;
  }

  private static void add(
      Views views,
      List<List<Dated>> byDay,
      LocalDate first,
      LocalDate today,
      Instant start,
      String id,
      Supplier<EntryView> entry) {
    LocalDate date = views.format.date(start);
    if (start.isAfter(views.report.now()) || date.isBefore(first) || date.isAfter(today)) {
      return;
    }
    byDay.get((int) (today.toEpochDay() - date.toEpochDay())).add(new Dated(start, id, entry));
  }
}
