package dev.outpost.notify;

import dev.outpost.model.Component;
import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Incident;
import dev.outpost.model.IncidentUpdate;
import dev.outpost.model.Maintenance;
import dev.outpost.model.StatusPage;
import dev.outpost.model.StatusReport;
import dev.outpost.render.SitePaths;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Folds a run's changes into one {@link Notice} per incident or window. */
final class Notices {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ENGLISH);

  private Notices() {}

  /** One notice per incident or window, in the order of their first change. */
  static List<Notice> of(List<Change> changes, StatusPage page, StatusReport report) {
    Map<String, List<Change>> bySubject = new LinkedHashMap<>();
    for (Change change : changes) {
      bySubject.computeIfAbsent(change.subject(), s -> new ArrayList<>()).add(change);
    }
    List<Notice> notices = new ArrayList<>();
    for (List<Change> group : bySubject.values()) {
      boolean begun =
          group.stream()
              .anyMatch(c -> c.kind() == Change.Kind.STARTED || c.kind() == Change.Kind.COMPLETED);
      List<Change> kept =
          group.stream()
              .filter(
                  c ->
                      !(begun
                          && (c.kind() == Change.Kind.REMINDER
                              || c.kind() == Change.Kind.ANNOUNCED)))
              .toList();
      Change first = kept.get(0);
      List<Notice.Entry> entries = kept.stream().map(c -> entry(c, page)).toList();
      notices.add(
          new Notice(
              first.incident() != null ? first.incident().title() : first.window().title(),
              kept,
              entries,
              statuses(first.components(), page, report),
              SitePaths.absolute(page.site(), SitePaths.incident(first.subject())),
              first.incident(),
              first.window()));
    }
    return notices;
  }

  private static Map<String, ComponentStatus> statuses(
      Collection<String> ids, StatusPage page, StatusReport report) {
    Map<String, ComponentStatus> statuses = new LinkedHashMap<>();
    for (Component component : page.components()) {
      if (ids.contains(component.id())) {
        statuses.put(
            component.name(),
            report.componentStatus().getOrDefault(component.id(), ComponentStatus.OPERATIONAL));
      }
    }
    return statuses;
  }

  private static Notice.Entry entry(Change change, StatusPage page) {
    return switch (change.kind()) {
      case REPORTED, UPDATED, RESOLVED -> update(change.incident(), change.update(), page);
      case POSTMORTEM -> new Notice.Entry("Postmortem", change.incident().body());
      case ANNOUNCED ->
          new Notice.Entry(
              "Scheduled for " + window(change.window(), page), change.window().body());
      case REMINDER ->
          new Notice.Entry(
              "Starts at " + time(change.window().start(), page),
              "Scheduled for " + window(change.window(), page) + ".");
      case STARTED ->
          new Notice.Entry(
              "Started at " + time(change.window().start(), page),
              "Planned to end at " + time(change.window().effectiveEnd(), page) + ".");
      case COMPLETED ->
          new Notice.Entry("Completed at " + time(change.window().effectiveEnd(), page), "");
    };
  }

  private static Notice.Entry update(Incident incident, IncidentUpdate update, StatusPage page) {
    StringBuilder body = new StringBuilder(update.body());
    if (!update.state().isClosed() && !update.components().isEmpty()) {
      StringBuilder statuses = new StringBuilder();
      update
          .components()
          .forEach(
              (id, status) ->
                  statuses
                      .append(statuses.length() == 0 ? "" : ", ")
                      .append(page.component(id).map(Component::name).orElse(id))
                      .append(": ")
                      .append(status.label()));
      body.append(body.length() == 0 ? "" : "\n\n").append(statuses);
    }
    return new Notice.Entry(
        update.state().label() + " · " + time(update.at(), page), body.toString());
  }

  private static String window(Maintenance window, StatusPage page) {
    return time(window.start(), page) + " to " + time(window.end(), page);
  }

  static String time(Instant at, StatusPage page) {
    return TIME.format(at.atZone(page.site().zone()));
  }
}
