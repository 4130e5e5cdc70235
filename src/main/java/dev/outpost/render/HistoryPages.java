package dev.outpost.render;

import dev.outpost.model.Incident;
import dev.outpost.model.Maintenance;
import dev.outpost.render.view.EntryView;
import dev.outpost.render.view.HistoryView;
import dev.outpost.render.view.LinkView;
import dev.outpost.render.view.MonthLink;
import dev.outpost.render.view.MonthView;
import dev.outpost.render.view.YearView;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The history: an index of every month from the first with incidents or maintenance, grouped by
 * year, and one page per month that has any. No page lists everything, so a long history stays fast
 * to load.
 */
final class HistoryPages {
  private final Views views;

  /** Newest month first. */
  private final TreeMap<YearMonth, Month> months = new TreeMap<>(Comparator.reverseOrder());

  /** What one month holds, each list newest first once {@link #sort()} ran. */
  private record Month(List<Incident> incidents, List<Maintenance> maintenance) {
    void sort() {
      incidents.sort(
          Comparator.comparing(Incident::started).reversed().thenComparing(Incident::id));
      maintenance.sort(
          Comparator.comparing(Maintenance::start).reversed().thenComparing(Maintenance::id));
    }
  }

  HistoryPages(Views views) {
    this.views = views;
    for (Incident incident : views.page.incidents()) {
      month(incident.started()).incidents().add(incident);
    }
    for (Maintenance m : views.page.maintenance()) {
      month(m.start()).maintenance().add(m);
    }
    months.values().forEach(Month::sort);
  }

  private Month month(Instant at) {
    return months.computeIfAbsent(
        YearMonth.from(at.atZone(views.format.zone())),
        m -> new Month(new ArrayList<>(), new ArrayList<>()));
  }

  /** The months with entries, newest first. */
  List<YearMonth> months() {
    return List.copyOf(months.keySet());
  }

  HistoryView index() {
    String root = SitePaths.root(SitePaths.HISTORY);
    Map<Integer, List<MonthLink>> years = new TreeMap<>(Comparator.reverseOrder());
    if (!months.isEmpty()) {
      // Every month from the oldest with entries to this one (or a later one with maintenance):
      // a month without entries is listed too, with no page of its own.
      YearMonth current = YearMonth.from(views.report.now().atZone(views.format.zone()));
      YearMonth newest = months.firstKey().isAfter(current) ? months.firstKey() : current;
      for (YearMonth month = newest;
          !month.isBefore(months.lastKey());
          month = month.minusMonths(1)) {
        Month entries = months.get(month);
        years
            .computeIfAbsent(month.getYear(), y -> new ArrayList<>())
            .add(
                entries == null
                    ? new MonthLink(
                        views.format.month(month), null, views.words.get("history.no_incidents"))
                    : new MonthLink(
                        views.format.month(month),
                        month + "/",
                        counts(views, entries.incidents().size(), entries.maintenance().size())));
      }
    }
    List<YearView> yearViews = new ArrayList<>();
    years.forEach((year, links) -> yearViews.add(new YearView(String.valueOf(year), links)));
    return new HistoryView(
        views.layout(
            SitePaths.HISTORY,
            root,
            views.words.get("history.title"),
            views.words.format("history.description", "site", views.page.site().title()),
            false),
        yearViews);
  }

  MonthView month(YearMonth month) {
    String link = SitePaths.month(month);
    String root = SitePaths.root(link);
    Month entries = months.get(month);
    List<EntryView> incidents = new ArrayList<>();
    for (Incident incident : entries.incidents()) {
      incidents.add(views.entry(incident, root));
    }
    List<EntryView> maintenance = new ArrayList<>();
    for (Maintenance m : entries.maintenance()) {
      maintenance.add(views.entry(m, root));
    }
    YearMonth older = months.higherKey(month);
    YearMonth newer = months.lowerKey(month);
    String label = views.format.month(month).text();
    return new MonthView(
        views.layout(
            link,
            root,
            label,
            views.words.format(
                "history.month_description", "site", views.page.site().title(), "month", label),
            false),
        views.format.month(month),
        incidents,
        maintenance,
        older == null ? null : new LinkView(views.format.month(older).text(), "../" + older + "/"),
        newer == null ? null : new LinkView(views.format.month(newer).text(), "../" + newer + "/"),
        "../");
  }

  static String counts(Views views, int incidents, int maintenance) {
    List<String> parts = new ArrayList<>();
    if (incidents > 0) {
      parts.add(views.words.format("history.incidents", "count", incidents));
    }
    if (maintenance > 0) {
      parts.add(views.words.format("history.maintenance", "count", maintenance));
    }
    return views.words.units(parts);
  }
}
