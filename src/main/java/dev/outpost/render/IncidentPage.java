package dev.outpost.render;

import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Incident;
import dev.outpost.model.IncidentState;
import dev.outpost.model.IncidentUpdate;
import dev.outpost.render.view.ComponentStatusView;
import dev.outpost.render.view.IncidentView;
import dev.outpost.render.view.LinkView;
import dev.outpost.render.view.StatusView;
import dev.outpost.render.view.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds an incident's page view: its facts, the timeline newest first, and its summary. */
final class IncidentPage {
  static final String RESOLVED_TEXT = "This incident has been resolved.";

  private IncidentPage() {}

  static IncidentView build(Views views, Incident incident) {
    String link = SitePaths.incident(incident.id());
    String root = SitePaths.root(link);
    Instant now = views.report.now();
    IncidentState state = incident.state(now);
    String duration =
        (incident.resolved().isPresent() ? "Resolved after " : "Ongoing for ")
            + Format.duration(incident.duration(now));
    List<LinkView> components = new ArrayList<>();
    for (String id : incident.affectedComponents()) {
      components.add(views.componentLink(id, root));
    }
    List<TimelineEntry> timeline = new ArrayList<>();
    for (int i = incident.updates().size() - 1; i >= 0; i--) {
      timeline.add(entry(views, incident, i, root));
    }
    String description =
        incident.title() + ": " + Views.impact(incident.impact()).label() + ", " + duration + ".";
    return new IncidentView(
        views.layout(link, root, incident.title(), description, false),
        incident.title(),
        Views.impact(incident.impact()),
        new StatusView(state.id(), state.label()),
        views.format.time(incident.started()),
        duration,
        components,
        discussUrl(incident.origin()),
        incident.postmortem() ? "Postmortem" : "Summary",
        views.markdown.render(incident.body(), 3),
        timeline);
  }

  private static TimelineEntry entry(Views views, Incident incident, int index, String root) {
    IncidentUpdate update = incident.updates().get(index);
    List<ComponentStatusView> statuses = new ArrayList<>();
    for (Map.Entry<String, ComponentStatus> e : incident.statusesAfter(index).entrySet()) {
      LinkView link = views.componentLink(e.getKey(), root);
      statuses.add(new ComponentStatusView(link.text(), link.href(), Views.status(e.getValue())));
    }
    String body =
        update.state().isClosed() && Views.isBlank(update.body()) ? RESOLVED_TEXT : update.body();
    return new TimelineEntry(
        new StatusView(update.state().id(), update.state().label()),
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
