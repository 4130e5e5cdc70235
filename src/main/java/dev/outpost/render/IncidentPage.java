package dev.outpost.render;

import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Incident;
import dev.outpost.model.IncidentState;
import dev.outpost.model.IncidentUpdate;
import dev.outpost.render.view.ComponentStatusView;
import dev.outpost.render.view.IncidentView;
import dev.outpost.render.view.LinkView;
import dev.outpost.render.view.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds an incident's page view: its facts, the timeline newest first, and its summary. */
final class IncidentPage {
  private IncidentPage() {}

  static IncidentView build(Views views, Incident incident) {
    String link = SitePaths.incident(incident.id());
    String root = SitePaths.root(link);
    Instant now = views.report.now();
    IncidentState state = incident.state(now);
    String duration = views.lasted(incident);
    List<LinkView> components = new ArrayList<>();
    for (String id : incident.affectedComponents()) {
      components.add(views.componentLink(id, root));
    }
    List<TimelineEntry> timeline = new ArrayList<>();
    for (int i = incident.updates().size() - 1; i >= 0; i--) {
      timeline.add(entry(views, incident, i, root));
    }
    String description =
        views.words.format(
            "incident.description",
            "title",
            incident.title(),
            "impact",
            views.impact(incident.impact()).label(),
            "duration",
            duration);
    return new IncidentView(
        views.layout(link, root, incident.title(), description, false),
        incident.title(),
        views.impact(incident.impact()),
        views.state(state),
        views.format.time(incident.started()),
        duration,
        components,
        discussUrl(incident.origin()),
        views.words.get(incident.postmortem() ? "incident.postmortem" : "incident.summary"),
        views.markdown.render(incident.body(), 3),
        timeline);
  }

  private static TimelineEntry entry(Views views, Incident incident, int index, String root) {
    IncidentUpdate update = incident.updates().get(index);
    List<ComponentStatusView> statuses = new ArrayList<>();
    for (Map.Entry<String, ComponentStatus> e : incident.statusesAfter(index).entrySet()) {
      LinkView link = views.componentLink(e.getKey(), root);
      statuses.add(new ComponentStatusView(link.text(), link.href(), views.status(e.getValue())));
    }
    String body =
        update.state().isClosed() && Views.isBlank(update.body())
            ? views.words.get("incident.resolved_text")
            : update.body();
    return new TimelineEntry(
        views.state(update.state()),
        views.format.time(update.at()),
        statuses,
        views.markdown.render(body, 4));
  }

  /** The origin's URL if it is one a reader may follow, else {@code null}. */
  static String discussUrl(dev.outpost.model.Origin origin) {
    if (origin == null || origin.url() == null || origin.url().isBlank()) {
      return null;
    }
    String url = Urls.link(origin.url());
    return url.equals(Urls.REFUSED) ? null : url;
  }
}
