package dev.outpost.source.files;

import dev.outpost.config.yaml.Fields;
import dev.outpost.config.yaml.Location;
import dev.outpost.config.yaml.Report;
import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.ValueType;
import dev.outpost.config.yaml.YamlList;
import dev.outpost.config.yaml.YamlNode;
import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Impact;
import dev.outpost.model.Incident;
import dev.outpost.model.IncidentCorrection;
import dev.outpost.model.IncidentState;
import dev.outpost.model.IncidentUpdate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the front matter of an incident file into an {@link Incident} with a normal timeline. */
final class IncidentReader {
  private static final List<IncidentState> FILE_STATES =
      List.of(
          IncidentState.INVESTIGATING,
          IncidentState.IDENTIFIED,
          IncidentState.MONITORING,
          IncidentState.RESOLVED);
  private static final ValueType<IncidentState> STATE =
      Types.oneOf("state", FILE_STATES, IncidentState::id);
  private static final ValueType<Impact> IMPACT =
      Types.oneOf("impact", List.of(Impact.values()), Impact::id);

  /** An update as listed, with where its time and state were written. */
  private record Listed(IncidentUpdate update, Location at, Location state) {}

  private final FileContext context;
  private final Report report;

  private IncidentReader(FileContext context) {
    this.context = context;
    this.report = context.report();
  }

  /**
   * The incident, or with an {@code issue} key the correction of that issue's incident; empty if
   * the file has any problem (all of them reported).
   */
  static Optional<Record> read(Fields fields, String body, FileContext context) {
    return new IncidentReader(context).incident(fields, body);
  }

  private Optional<Record> incident(Fields fields, String body) {
    ComponentRefs refs = new ComponentRefs(context.componentIds());
    boolean correcting = fields.has("issue");
    Optional<String> title = required(correcting, fields, "title", Types.NON_EMPTY_TEXT);
    Optional<Map<String, ComponentStatus>> components =
        required(correcting, fields, "components", refs.statuses());
    Optional<IncidentState> state = fields.optional("state", STATE);
    Impact impact = fields.optional("impact", IMPACT).orElse(null);
    Optional<Instant> started = required(correcting, fields, "started", context.time());
    Optional<Instant> resolved = fields.optional("resolved", context.time());
    boolean postmortem = fields.optional("postmortem", Types.BOOLEAN).orElse(false);
    List<Listed> updates =
        fields.optional("updates", Types.LIST).map(list -> updates(list, refs)).orElse(List.of());
    Optional<IssueRef> issue = fields.optional("issue", IssueRef.type(context.config().github()));
    fields.finish();

    if (state.filter(s -> s == IncidentState.RESOLVED).isPresent()) {
      report.at(
          fields.valueLocation("state"),
          "the initial `state` cannot be resolved; set `resolved` to when the incident ended");
    }
    if (correcting) {
      // An invalid number is reported already; check the rest all the same.
      return correction(
          issue.orElse(null),
          fields,
          body,
          title,
          components,
          state,
          impact,
          started,
          resolved,
          postmortem,
          updates);
    }
    if (started.isEmpty()) {
      return Optional.empty();
    }
    checkAfterNow("`started`", started.get(), fields.valueLocation("started"));
    Optional<Instant> end = resolved.filter(r -> checkResolved(r, started.get(), fields));
    Optional<Instant> closedAt = checkUpdates(updates, started.get(), end);
    if (postmortem && resolved.isEmpty() && closedAt.isEmpty()) {
      report.at(
          fields.keyLocation("postmortem"),
          "a postmortem needs a resolved incident; set `resolved` or remove `postmortem`");
    }
    if (postmortem && body.isEmpty()) {
      report.at(
          fields.keyLocation("postmortem"),
          "`postmortem` is true but the file has no body; write the postmortem after the front"
              + " matter");
    }
    if (!report.problems().isEmpty()) {
      return Optional.empty();
    }
    IncidentUpdate first =
        new IncidentUpdate(
            started.get(), state.orElse(IncidentState.INVESTIGATING), components.get(), "");
    List<IncidentUpdate> timeline = timeline(first, updates, resolved);
    try {
      return Optional.of(
          new Incident(
              context.id(), title.get(), impact, timeline, body, postmortem, context.origin()));
    } catch (IllegalArgumentException e) {
      // The checks above should rule this out; if they missed a case, say so rather than crash.
      report.at(Location.FILE, "cannot put the updates in order: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** Required, except in a file that corrects an issue's incident. */
  private static <T> Optional<T> required(
      boolean correcting, Fields fields, String key, ValueType<T> type) {
    return correcting ? fields.optional(key, type) : fields.required(key, type);
  }

  private Optional<Record> correction(
      IssueRef issue,
      Fields fields,
      String body,
      Optional<String> title,
      Optional<Map<String, ComponentStatus>> components,
      Optional<IncidentState> state,
      Impact impact,
      Optional<Instant> started,
      Optional<Instant> resolved,
      boolean postmortem,
      List<Listed> updates) {
    started.ifPresent(s -> checkAfterNow("`started`", s, fields.valueLocation("started")));
    resolved.ifPresent(
        r -> {
          if (started.isPresent()) {
            checkResolved(r, started.get(), fields);
          } else {
            checkAfterNow("`resolved`", r, fields.valueLocation("resolved"));
          }
        });
    for (Listed update : updates) {
      if (update.update().state().isClosed()) {
        report.at(
            update.state(),
            "an update cannot resolve an issue's incident; close the issue, or set `resolved`");
      } else {
        checkAfterNow("update at", update.update().at(), update.at());
      }
    }
    if (postmortem && body.isEmpty()) {
      report.at(
          fields.keyLocation("postmortem"),
          "`postmortem` is true but the file has no body; write the postmortem after the front"
              + " matter");
    }
    if (issue == null && report.problems().isEmpty()) {
      report.at(fields.keyLocation("issue"), "`issue` must be an issue number, such as 123");
    }
    if (!report.problems().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new IncidentCorrection(
            issue.number(),
            issue.repository(),
            issue.id(),
            report.path(),
            title.orElse(null),
            started.orElse(null),
            resolved.orElse(null),
            components.orElse(Map.of()),
            state.orElse(null),
            impact,
            postmortem,
            body,
            updates.stream().map(Listed::update).toList()));
  }

  private List<Listed> updates(YamlList list, ComponentRefs refs) {
    List<Listed> updates = new ArrayList<>();
    for (YamlNode item : list.items()) {
      Fields.of(item, "each update", report)
          .ifPresent(
              update -> {
                Optional<Instant> at = update.required("at", context.time());
                Optional<IncidentState> state = update.required("state", STATE);
                Optional<Map<String, ComponentStatus>> components =
                    update.optional("components", refs.statuses());
                String body =
                    update.optional("body", Types.TEXT).map(FrontMatter::trimBlankLines).orElse("");
                update.finish();
                if (at.isPresent() && state.isPresent()) {
                  updates.add(
                      new Listed(
                          new IncidentUpdate(
                              at.get(), state.get(), components.orElse(Map.of()), body),
                          update.valueLocation("at"),
                          update.valueLocation("state")));
                }
              });
    }
    return updates;
  }

  /** Whether {@code resolved} can end the incident; reports why not. */
  private boolean checkResolved(Instant resolved, Instant started, Fields fields) {
    Location location = fields.valueLocation("resolved");
    if (resolved.isBefore(started)) {
      report.at(location, "`resolved` " + resolved + " is before `started` " + started);
      return false;
    }
    return checkAfterNow("`resolved`", resolved, location);
  }

  /**
   * Checks every listed update against the incident's span and returns when a listed update
   * resolves it, if one does.
   */
  private Optional<Instant> checkUpdates(
      List<Listed> listed, Instant started, Optional<Instant> resolved) {
    List<Listed> byTime = new ArrayList<>(listed);
    byTime.sort(Comparator.comparing(l -> l.update().at()));
    Instant closedAt = null;
    for (Listed update : byTime) {
      Instant at = update.update().at();
      Instant end = resolved.orElse(closedAt);
      boolean closing = update.update().state().isClosed();
      if (!checkAfterNow("update at", at, update.at())) {
        continue;
      }
      if (at.isBefore(started) || (end != null && at.isAfter(end))) {
        String span =
            end == null ? "; it started at " + started : " (" + started + " to " + end + ")";
        report.at(update.at(), "update at " + at + " is outside the incident" + span);
      } else if (closing && resolved.isPresent() && !at.equals(resolved.get())) {
        report.at(
            update.state(),
            "this update resolves the incident at "
                + at
                + ", but `resolved` is "
                + resolved.get()
                + "; make them agree");
      } else if (closing && closedAt != null) {
        report.at(update.state(), "the incident is already resolved by the update at " + closedAt);
      } else if (closing) {
        closedAt = at;
      }
    }
    return Optional.ofNullable(closedAt);
  }

  /** Whether {@code time} (named {@code what}, such as "`started`") is not after the build time. */
  private boolean checkAfterNow(String what, Instant time, Location location) {
    if (time.isAfter(context.now())) {
      report.at(location, what + " " + time + " is after the build time " + context.now());
      return false;
    }
    return true;
  }

  /**
   * The normal timeline: {@code first} at the start, merged with a listed update at exactly that
   * time (unless that one resolves the incident); then the other updates by time, a closing one
   * last among equal times; then a resolving update at {@code resolved} if none was listed.
   */
  private static List<IncidentUpdate> timeline(
      IncidentUpdate first, List<Listed> listed, Optional<Instant> resolved) {
    List<IncidentUpdate> rest = new ArrayList<>();
    IncidentUpdate head = first;
    boolean merged = false;
    for (Listed l : listed) {
      IncidentUpdate update = l.update();
      if (!merged && update.at().equals(first.at()) && !update.state().isClosed()) {
        Map<String, ComponentStatus> components = new HashMap<>(first.components());
        components.putAll(update.components());
        head = new IncidentUpdate(first.at(), update.state(), components, update.body());
        merged = true;
      } else {
        rest.add(update);
      }
    }
    rest.sort(
        Comparator.comparing(IncidentUpdate::at)
            .thenComparing(update -> update.state().isClosed()));
    List<IncidentUpdate> timeline = new ArrayList<>();
    timeline.add(head);
    timeline.addAll(rest);
    boolean closed = rest.stream().anyMatch(update -> update.state().isClosed());
    if (resolved.isPresent() && !closed) {
      timeline.add(new IncidentUpdate(resolved.get(), IncidentState.RESOLVED, Map.of(), ""));
    }
    return timeline;
  }
}
