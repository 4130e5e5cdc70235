package dev.outpost.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An incident with its whole timeline.
 *
 * <p>The timeline is normalised: the first update is the report at the start and carries the
 * initial component statuses; updates are in time order; only the last may be closed ({@link
 * IncidentState#isClosed()}), and then it marks the end.
 *
 * @param id stable, used in URLs
 * @param declaredImpact set explicitly, or {@code null} to derive it from the worst status
 * @param body the summary or postmortem, in Markdown; may be empty
 * @param postmortem whether {@code body} is a postmortem
 */
public record Incident(
    String id,
    String title,
    Impact declaredImpact,
    List<IncidentUpdate> updates,
    String body,
    boolean postmortem,
    Origin origin) {
  public Incident {
    title = Characters.clean(title);
    body = Characters.clean(body);
    updates = List.copyOf(updates);
    if (updates.isEmpty()) {
      throw new IllegalArgumentException("incident " + id + " has no updates");
    }
    for (int i = 1; i < updates.size(); i++) {
      if (updates.get(i).at().isBefore(updates.get(i - 1).at())) {
        throw new IllegalArgumentException("incident " + id + " has updates out of order");
      }
      if (updates.get(i - 1).state().isClosed()) {
        throw new IllegalArgumentException("incident " + id + " has updates after it closed");
      }
    }
  }

  public Instant started() {
    return updates.get(0).at();
  }

  /** When it was resolved, if it was. */
  public Optional<Instant> resolved() {
    IncidentUpdate last = updates.get(updates.size() - 1);
    return last.state().isClosed() ? Optional.of(last.at()) : Optional.empty();
  }

  /** Whether it had started and was not yet resolved at {@code now}. */
  public boolean isActive(Instant now) {
    return !started().isAfter(now) && resolved().map(r -> r.isAfter(now)).orElse(true);
  }

  /** The latest update posted at or before {@code now}; the first if none was. */
  public IncidentUpdate latestUpdate(Instant now) {
    IncidentUpdate latest = updates.get(0);
    for (IncidentUpdate update : updates) {
      if (!update.at().isAfter(now)) {
        latest = update;
      }
    }
    return latest;
  }

  /** Its state at {@code now}: postmortem once resolved with a postmortem attached. */
  public IncidentState state(Instant now) {
    IncidentState state = latestUpdate(now).state();
    return state.isClosed() && postmortem ? IncidentState.POSTMORTEM : state;
  }

  /** How long it lasted, or has lasted so far at {@code now}. */
  public Duration duration(Instant now) {
    Instant end = resolved().filter(resolved -> !resolved.isAfter(now)).orElse(now);
    return end.isBefore(started()) ? Duration.ZERO : Duration.between(started(), end);
  }

  /** Every component it touched, in the order they were first named. */
  public Set<String> affectedComponents() {
    Set<String> ids = new LinkedHashSet<>();
    for (IncidentUpdate update : updates) {
      ids.addAll(update.components().keySet());
    }
    return ids;
  }

  /**
   * The statuses in effect right after update {@code index}, for every component named so far
   * (operational for all of them after a closing update).
   */
  public Map<String, ComponentStatus> statusesAfter(int index) {
    Map<String, ComponentStatus> statuses = new LinkedHashMap<>();
    for (int i = 0; i <= index; i++) {
      IncidentUpdate update = updates.get(i);
      if (update.state().isClosed()) {
        statuses.replaceAll((id, status) -> ComponentStatus.OPERATIONAL);
      } else {
        statuses.putAll(update.components());
      }
    }
    return statuses;
  }

  /**
   * The worst status any component had at any point (statuses named on a closing update are
   * ignored, as they are everywhere else).
   */
  public ComponentStatus worstStatus() {
    ComponentStatus worst = ComponentStatus.OPERATIONAL;
    for (IncidentUpdate update : updates) {
      if (update.state().isClosed()) {
        continue;
      }
      for (ComponentStatus status : update.components().values()) {
        worst = ComponentStatus.worst(worst, status);
      }
    }
    return worst;
  }

  /** The declared impact, or the one the worst status implies. */
  public Impact impact() {
    return declaredImpact != null ? declaredImpact : Impact.of(worstStatus());
  }

  /**
   * The periods in which this incident held component {@code componentId} in a status other than
   * operational, up to its resolution or, while it is ongoing, {@code now}.
   */
  public List<StatusSegment> segments(String componentId, Instant now) {
    if (!names(componentId)) {
      return List.of(); // most incidents, for most components: nothing to build
    }
    List<StatusSegment> segments = new ArrayList<>();
    Instant end = resolved().orElse(now);
    ComponentStatus current = ComponentStatus.OPERATIONAL;
    Instant since = started();
    for (IncidentUpdate update : updates) {
      ComponentStatus next =
          update.state().isClosed()
              ? ComponentStatus.OPERATIONAL
              : update.components().getOrDefault(componentId, current);
      if (next != current) {
        addSegment(segments, since, update.at(), current, end);
        current = next;
        since = update.at();
      }
    }
    addSegment(segments, since, end, current, end);
    return segments;
  }

  private boolean names(String componentId) {
    for (IncidentUpdate update : updates) {
      if (update.components().containsKey(componentId)) {
        return true;
      }
    }
    return false;
  }

  private static void addSegment(
      List<StatusSegment> segments, Instant from, Instant to, ComponentStatus status, Instant end) {
    Instant until = to.isAfter(end) ? end : to;
    if (status != ComponentStatus.OPERATIONAL && until.isAfter(from)) {
      segments.add(new StatusSegment(from, until, status));
    }
  }
}
