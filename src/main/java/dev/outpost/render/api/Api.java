package dev.outpost.render.api;

import dev.outpost.model.Component;
import dev.outpost.model.ComponentGroup;
import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Incident;
import dev.outpost.model.IncidentState;
import dev.outpost.model.IncidentUpdate;
import dev.outpost.model.Maintenance;
import dev.outpost.model.MaintenanceState;
import dev.outpost.model.StatusPage;
import dev.outpost.model.StatusReport;
import dev.outpost.model.Subscriptions;
import dev.outpost.render.MaintenanceTimeline;
import dev.outpost.render.Moments;
import dev.outpost.render.SitePaths;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the page and its report into Statuspage's shapes. */
final class Api {
  private final StatusPage page;
  private final StatusReport report;
  private final Instant now;
  private final String pageId;
  private final Instant epoch;
  private final Map<String, Instant> changed;
  private final Map<String, Shapes.Component> components = new LinkedHashMap<>();
  private final Subscriptions subscriptions;

  Api(StatusPage page, StatusReport report) {
    this.page = page;
    this.report = report;
    this.now = report.now();
    this.pageId = pageId(page.site().url().toString());
    this.epoch = epoch(page, now);
    this.changed = Changes.lastChanged(page, now);
    this.subscriptions = page.site().subscriptions();
    buildComponents();
  }

  Shapes.Page page() {
    Instant updated = changed.values().stream().max(Instant::compareTo).orElse(epoch);
    return new Shapes.Page(
        pageId,
        page.site().title(),
        page.site().url().toString(),
        page.site().zone().getId(),
        Moments.utc(updated));
  }

  Shapes.Status status() {
    return new Shapes.Status(report.indicator().id(), report.indicator().description());
  }

  /** Every component and group, in the order the home page shows them. */
  List<Shapes.Component> components() {
    return List.copyOf(components.values());
  }

  Shapes.Incident incident(Incident incident) {
    List<IncidentUpdate> updates = incident.updates();
    List<Shapes.Update> shaped = new ArrayList<>();
    Instant monitoring = null;
    String id = incident.id();
    boolean notified = subscriptions.notifies(incident.affectedComponents());
    for (int i = 0; i < updates.size() && !updates.get(i).at().isAfter(now); i++) {
      IncidentUpdate update = updates.get(i);
      IncidentState state = update.state().isClosed() ? IncidentState.RESOLVED : update.state();
      if (state == IncidentState.MONITORING && monitoring == null) {
        monitoring = update.at();
      }
      shaped.add(
          0,
          update(id, i, state.id(), update.at(), update.body(), affected(incident, i), notified));
    }
    Instant resolved = incident.resolved().filter(at -> !at.isAfter(now)).orElse(null);
    return new Shapes.Incident(
        id,
        incident.title(),
        incident.state(now).id(),
        Moments.utc(incident.started()),
        Moments.utc(Moments.updated(incident, now)),
        utc(monitoring),
        utc(resolved),
        incident.impact().id(),
        SitePaths.absolute(page.site(), SitePaths.incident(id)),
        Moments.utc(incident.started()),
        pageId,
        shaped,
        componentsOf(List.copyOf(incident.affectedComponents())),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  Shapes.Incident maintenance(Maintenance m) {
    boolean notified = subscriptions.notifies(m.components());
    List<Shapes.Update> updates = new ArrayList<>();
    for (MaintenanceTimeline.Event event : MaintenanceTimeline.of(m, now)) {
      List<Shapes.AffectedComponent> affected = new ArrayList<>();
      if (event.from() != null) {
        for (String code : m.components()) {
          affected.add(
              new Shapes.AffectedComponent(code, name(code), event.from().id(), event.to().id()));
        }
      }
      updates.add(
          0,
          update(
              m.id(),
              updates.size(),
              event.status(),
              event.at(),
              event.body(),
              affected,
              notified));
    }
    MaintenanceState state = m.state(now);
    Instant resolved = state == MaintenanceState.COMPLETED ? m.effectiveEnd() : null;
    Duration reminder = m.ownReminder().orElse(Duration.ZERO);
    boolean remindsPrior = notified && !reminder.isZero() && !reminder.isNegative();
    Instant remindAt = m.start().minus(reminder);
    return new Shapes.Incident(
        m.id(),
        m.title(),
        state.id(),
        Moments.utc(Moments.created(m)),
        Moments.utc(Moments.updated(m, now)),
        null,
        utc(resolved),
        "maintenance",
        SitePaths.absolute(page.site(), SitePaths.incident(m.id())),
        Moments.utc(m.start()),
        pageId,
        updates,
        componentsOf(m.components()),
        Moments.utc(m.start()),
        Moments.utc(m.end()),
        remindsPrior,
        remindsPrior && !remindAt.isAfter(now) ? Moments.utc(remindAt) : null,
        true,
        true,
        notified,
        notified);
  }

  private Shapes.Update update(
      String incidentId,
      int index,
      String status,
      Instant at,
      String body,
      List<Shapes.AffectedComponent> affected,
      boolean notified) {
    String time = Moments.utc(at);
    return new Shapes.Update(
        incidentId + "-" + (index + 1),
        status,
        body == null ? "" : body,
        incidentId,
        time,
        time,
        time,
        affected,
        notified);
  }

  /** The statuses update {@code index} changed, by component id. */
  private List<Shapes.AffectedComponent> affected(Incident incident, int index) {
    List<Shapes.AffectedComponent> affected = new ArrayList<>();
    Map<String, ComponentStatus> before = index == 0 ? Map.of() : incident.statusesAfter(index - 1);
    incident
        .statusesAfter(index)
        .forEach(
            (code, status) -> {
              ComponentStatus old = before.getOrDefault(code, ComponentStatus.OPERATIONAL);
              if (old != status) {
                affected.add(new Shapes.AffectedComponent(code, name(code), old.id(), status.id()));
              }
            });
    return affected;
  }

  private List<Shapes.Component> componentsOf(List<String> ids) {
    List<Shapes.Component> list = new ArrayList<>();
    for (String id : ids) {
      Shapes.Component component = components.get(id);
      if (component != null && !component.group()) {
        list.add(component);
      }
    }
    return list;
  }

  private String name(String id) {
    return page.component(id).map(c -> c.name()).orElse(id);
  }

  /**
   * Components outside any group first, then each group followed by its members. Top-level items
   * are numbered from 1, and members from 1 within their group.
   */
  private void buildComponents() {
    int position = 1;
    for (Component c : page.components()) {
      if (c.groupId().filter(g -> page.group(g).isPresent()).isEmpty()) {
        components.put(c.id(), component(c, position++, null));
      }
    }
    for (ComponentGroup group : page.groups()) {
      List<Component> members =
          page.components().stream().filter(c -> group.id().equals(c.group())).toList();
      if (members.isEmpty()) {
        continue;
      }
      ComponentStatus worst = ComponentStatus.OPERATIONAL;
      Instant updated = epoch;
      for (Component member : members) {
        worst = ComponentStatus.worst(worst, status(member.id()));
        Instant at = changed.getOrDefault(member.id(), epoch);
        updated = at.isAfter(updated) ? at : updated;
      }
      components.put(
          group.id(),
          new Shapes.Component(
              group.id(),
              group.name(),
              worst.id(),
              Moments.utc(epoch),
              Moments.utc(updated),
              position++,
              blankToNull(group.description()),
              false,
              null,
              null,
              pageId,
              true,
              false,
              members.stream().map(Component::id).toList()));
      int member = 1;
      for (Component c : members) {
        components.put(c.id(), component(c, member++, group.id()));
      }
    }
  }

  private Shapes.Component component(Component c, int position, String group) {
    Instant created =
        c.sinceDate().map(d -> d.atStartOfDay(page.site().zone()).toInstant()).orElse(epoch);
    Instant updated = changed.getOrDefault(c.id(), created);
    return new Shapes.Component(
        c.id(),
        c.name(),
        status(c.id()).id(),
        Moments.utc(created),
        Moments.utc(updated.isBefore(created) ? created : updated),
        position,
        blankToNull(c.description()),
        true,
        c.sinceDate().map(Object::toString).orElse(null),
        group,
        pageId,
        false,
        false,
        null);
  }

  private ComponentStatus status(String id) {
    return report.componentStatus().getOrDefault(id, ComponentStatus.OPERATIONAL);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static String utc(Instant at) {
    return at == null ? null : Moments.utc(at);
  }

  /** The earliest time the sources name (an incident's start, a window's start), else now. */
  private static Instant epoch(StatusPage page, Instant now) {
    Instant epoch = now;
    for (Incident incident : page.incidents()) {
      epoch = incident.started().isBefore(epoch) ? incident.started() : epoch;
    }
    for (Maintenance m : page.maintenance()) {
      Instant created = Moments.created(m);
      epoch = created.isBefore(epoch) ? created : epoch;
    }
    return epoch;
  }

  /** Twelve characters of [a-z0-9] derived from the site's URL, like Statuspage's page ids. */
  static String pageId(String url) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
      String alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
      StringBuilder id = new StringBuilder(12);
      for (int i = 0; i < 12; i++) {
        id.append(alphabet.charAt((hash[i] & 0xff) % alphabet.length()));
      }
      return id.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
