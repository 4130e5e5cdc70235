package dev.outpost.render;

import dev.outpost.model.Maintenance;
import dev.outpost.model.MaintenanceState;
import dev.outpost.model.MaintenanceUpdate;
import dev.outpost.render.calendar.Calendars;
import dev.outpost.render.view.LinkView;
import dev.outpost.render.view.MaintenanceView;
import dev.outpost.render.view.NoteView;
import java.util.ArrayList;
import java.util.List;

/** Builds a maintenance window's page view: its window, components, notes newest first. */
final class MaintenancePage {
  private MaintenancePage() {}

  static MaintenanceView build(Views views, Maintenance maintenance) {
    String link = SitePaths.incident(maintenance.id());
    String root = SitePaths.root(link);
    MaintenanceState state = maintenance.state(views.report.now());
    List<LinkView> components = new ArrayList<>();
    for (String id : maintenance.components()) {
      components.add(views.componentLink(id, root));
    }
    List<NoteView> notes = new ArrayList<>();
    for (int i = maintenance.updates().size() - 1; i >= 0; i--) {
      MaintenanceUpdate update = maintenance.updates().get(i);
      notes.add(
          new NoteView(views.format.time(update.at()), views.markdown.render(update.body(), 3)));
    }
    var completed =
        maintenance
            .completedEarly()
            .filter(c -> c.isBefore(maintenance.end()) && !c.isAfter(views.report.now()));
    String description =
        views.words.format(
            "maintenance.description",
            "title",
            maintenance.title(),
            "start",
            views.format.time(maintenance.start()).text(),
            "end",
            views.format.time(maintenance.end()).text());
    return new MaintenanceView(
        views.layout(link, root, maintenance.title(), description, false),
        maintenance.title(),
        views.state(state),
        views.format.time(maintenance.start()),
        views.format.until(maintenance.start(), maintenance.end()),
        completed.map(views.format::time).orElse(null),
        components,
        Calendars.FILE,
        IncidentPage.discussUrl(maintenance.origin()),
        views.markdown.render(maintenance.body(), 3),
        notes);
  }
}
