package dev.outpost.render;

import dev.outpost.model.Component;
import dev.outpost.model.Incident;
import dev.outpost.model.Maintenance;
import dev.outpost.model.Measured;
import dev.outpost.model.MonthUptime;
import dev.outpost.render.view.BarView;
import dev.outpost.render.view.ComponentView;
import dev.outpost.render.view.EntryView;
import dev.outpost.render.view.MonthUptimeView;
import java.util.ArrayList;
import java.util.List;

/** Builds a component's page view: status, uptime by day and by month, and its history. */
final class ComponentPage {
  /** How many incidents and maintenance windows a component page lists at most. */
  static final int MAX_ENTRIES = 50;

  /** How many months of uptime a component page shows at most: those since the component's. */
  static final int MONTHS = 12;

  private ComponentPage() {}

  static ComponentView build(Views views, Component component, List<MonthUptime> monthly) {
    String link = SitePaths.component(component.id());
    String root = SitePaths.root(link);
    // The months before the component existed say nothing: the table starts with its first.
    int first = 0;
    while (first < monthly.size() && !monthly.get(first).counted()) {
      first++;
    }
    List<MonthUptimeView> months = new ArrayList<>();
    for (int i = monthly.size() - 1; i >= first; i--) {
      MonthUptime month = monthly.get(i);
      months.add(
          new MonthUptimeView(
              views.format.month(month.month()),
              month.counted() ? views.format.percent(month.uptime()) : views.words.get("no_data")));
    }
    List<Dated> dated = new ArrayList<>();
    for (Incident incident : views.incidentsOf(component.id())) {
      dated.add(new Dated(incident.started(), incident.id(), () -> views.entry(incident, root)));
    }
    for (Maintenance m : views.page.maintenance()) {
      if (m.components().contains(component.id())) {
        dated.add(new Dated(m.start(), m.id(), () -> views.entry(m, root)));
      }
    }
    dated.sort(Dated.NEWEST_FIRST);
    List<EntryView> entries = dated.stream().limit(MAX_ENTRIES).map(Dated::view).toList();
    String description = Views.text(component.description());
    BarView bar = views.bar(component.id(), true);
    List<Measured> measured = views.page.measuredOf(component.id());
    return new ComponentView(
        views
            .layout(
                link,
                root,
                component.name(),
                description.isBlank()
                    ? views.words.format("component.description", "component", component.name())
                    : description,
                false)
            .withOwnFeeds(Following.feeds("", component.name())),
        component.name(),
        description,
        views.status(views.currentStatus(component.id())),
        bar,
        measured.isEmpty()
            ? null
            : ResponseCharts.of(
                views.format,
                measured,
                bar == null ? views.words.get("no_data") : bar.percent(),
                views.page.uptime().days(),
                views.report.now()),
        months,
        entries,
        dated.size() > MAX_ENTRIES,
        root + SitePaths.HISTORY,
        Following.component(views.words));
  }
}
