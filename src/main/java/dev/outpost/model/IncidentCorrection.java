package dev.outpost.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An incident file that names a GitHub issue ({@code issue: 123}, or {@code issue: acme/api#123}
 * when the page reads several repositories): it corrects the incident read from that issue rather
 * than making a second one. Every field is optional ({@code null} or empty: keep the issue's).
 *
 * @param issue the issue's number
 * @param repository the issue's repository, {@code owner/name}, or {@code null} when the file named
 *     only the number of the page's one repository
 * @param id the id of the incident read from that issue, such as {@code gh-123} or {@code
 *     api-gh-123}
 * @param path the file, for problems and the incident's origin
 * @param started a corrected start
 * @param resolved a corrected end; the issue must then be closed or the incident ends there anyway
 * @param components statuses at the start, over the issue's
 * @param state the state at the start
 * @param updates further updates, merged into the issue's timeline
 * @param body a summary or postmortem, replacing the issue's body when not empty
 */
public record IncidentCorrection(
    int issue,
    String repository,
    String id,
    String path,
    String title,
    Instant started,
    Instant resolved,
    Map<String, ComponentStatus> components,
    IncidentState state,
    Impact impact,
    boolean postmortem,
    String body,
    List<IncidentUpdate> updates) {
  public IncidentCorrection {
    components = Map.copyOf(components);
    updates = List.copyOf(updates);
  }

  /**
   * A correction of issue {@code issue} of the page's one repository: the incident {@code gh-N}.
   */
  public IncidentCorrection(
      int issue,
      String path,
      String title,
      Instant started,
      Instant resolved,
      Map<String, ComponentStatus> components,
      IncidentState state,
      Impact impact,
      boolean postmortem,
      String body,
      List<IncidentUpdate> updates) {
    this(
        issue,
        null,
        "gh-" + issue,
        path,
        title,
        started,
        resolved,
        components,
        state,
        impact,
        postmortem,
        body,
        updates);
  }

  /** The issue as messages name it: {@code acme/api#12}, or {@code #12} without a repository. */
  public String issueName() {
    return (repository == null ? "" : repository) + "#" + issue;
  }

  /**
   * The incident with these corrections applied; its id and link stay the issue's.
   *
   * @throws IllegalArgumentException if the result is no valid incident, such as an update after
   *     the corrected end
   */
  public Incident applyTo(Incident incident) {
    List<IncidentUpdate> old = incident.updates();
    IncidentUpdate head = old.get(0);
    Map<String, ComponentStatus> initial = new HashMap<>(head.components());
    initial.putAll(components);
    IncidentUpdate first =
        new IncidentUpdate(
            started != null ? started : head.at(),
            state != null ? state : head.state(),
            initial,
            head.body());
    List<IncidentUpdate> rest = new ArrayList<>();
    IncidentUpdate closing = null;
    for (IncidentUpdate update : old.subList(1, old.size())) {
      if (update.state().isClosed()) {
        closing = update;
      } else {
        rest.add(update);
      }
    }
    rest.addAll(updates);
    rest.sort(Comparator.comparing(IncidentUpdate::at));
    if (resolved != null) {
      closing = new IncidentUpdate(resolved, IncidentState.RESOLVED, Map.of(), "");
    }
    List<IncidentUpdate> timeline = new ArrayList<>();
    timeline.add(first);
    for (IncidentUpdate update : rest) {
      if (update.at().isBefore(first.at())) {
        throw new IllegalArgumentException(
            "an update at " + update.at() + " is before the start, " + first.at());
      }
      if (closing != null && update.at().isAfter(closing.at())) {
        throw new IllegalArgumentException(
            "an update at " + update.at() + " is after the end, " + closing.at());
      }
      timeline.add(update);
    }
    if (closing != null) {
      if (closing.at().isBefore(first.at())) {
        throw new IllegalArgumentException(
            "it would end at " + closing.at() + ", before its start, " + first.at());
      }
      timeline.add(closing);
    }
    if (postmortem && closing == null) {
      throw new IllegalArgumentException("a postmortem needs a resolved incident");
    }
    return new Incident(
        incident.id(),
        title != null ? title : incident.title(),
        impact != null ? impact : incident.declaredImpact(),
        timeline,
        body.isEmpty() ? incident.body() : body,
        postmortem || incident.postmortem(),
        incident.origin().correctedBy(path));
  }
}
