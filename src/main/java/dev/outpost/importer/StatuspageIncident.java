package dev.outpost.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.outpost.config.yaml.YamlQuote;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One incident or scheduled maintenance of Statuspage (as its public v2 API and its manage API give
 * them) as the text of an Outpost incident file, without its first comment line.
 */
final class StatuspageIncident {
  /** Fields that are read, or that only record Statuspage's own bookkeeping; others are noted. */
  private static final Set<String> KNOWN =
      Set.of(
          "id",
          "name",
          "status",
          "impact",
          "impact_override",
          "created_at",
          "updated_at",
          "started_at",
          "monitoring_at",
          "resolved_at",
          "shortlink",
          "page_id",
          "incident_updates",
          "components",
          "postmortem_body",
          "postmortem_body_last_updated_at",
          "postmortem_published_at",
          "postmortem_ignored",
          "postmortem_notified_subscribers",
          "postmortem_notified_twitter",
          "scheduled_for",
          "scheduled_until",
          "scheduled_remind_prior",
          "scheduled_reminded_at",
          "scheduled_auto_in_progress",
          "scheduled_auto_completed",
          "reminder_intervals",
          "auto_transition_deliver_notifications_at_end",
          "auto_transition_deliver_notifications_at_start",
          "auto_transition_to_maintenance_state",
          "auto_transition_to_operational_state",
          "auto_tweet_at_beginning",
          "auto_tweet_on_completion",
          "auto_tweet_on_creation",
          "auto_tweet_one_hour_before",
          "backfill_date",
          "backfilled",
          "deliver_notifications",
          "metadata");

  private static final Set<String> KNOWN_IN_UPDATE =
      Set.of(
          "id",
          "incident_id",
          "status",
          "body",
          "created_at",
          "updated_at",
          "display_at",
          "affected_components",
          "deliver_notifications",
          "tweet_id",
          "twitter_updated_at",
          "wants_twitter_update",
          "custom_tweet");

  /** A resolved update more than this away from {@code resolved_at} is noted. */
  private static final Duration CLOSE = Duration.ofMinutes(1);

  /**
   * The file's text after its first comment line, and what it needs for a name.
   *
   * @param body the front matter's keys after the comment, the closing line and the body
   * @param maintenance whether it is a maintenance window
   * @param start when it began, or the window's start
   */
  record Mapped(String body, boolean maintenance, Instant start) {}

  private record Update(String status, String body, Instant at, List<JsonNode> affected) {}

  private final JsonNode incident;
  private final Function<String, Optional<String>> component;
  private final Instant now;
  private final Notes notes;
  private final String what;

  private StatuspageIncident(
      JsonNode incident, Function<String, Optional<String>> component, Instant now, Notes notes) {
    this.incident = incident;
    this.component = component;
    this.now = now;
    this.notes = notes;
    this.what = "incident " + shown(text(incident, "id"));
  }

  /**
   * Maps {@code incident} as it stood at {@code now}; {@code component} gives the Outpost id of a
   * Statuspage component id. Empty, with the reason noted, when it cannot be imported.
   */
  static Optional<Mapped> map(
      JsonNode incident, Function<String, Optional<String>> component, Instant now, Notes notes) {
    return new StatuspageIncident(incident, component, now, notes).map();
  }

  /** Whether {@code incident} is a scheduled maintenance rather than an incident. */
  static boolean isMaintenance(JsonNode incident) {
    return !text(incident, "scheduled_for").isEmpty()
        || "maintenance".equals(text(incident, "impact"));
  }

  private Optional<Mapped> map() {
    unknownFields(incident, KNOWN, what);
    String title = text(incident, "name");
    if (title.isBlank()) {
      note("no name; not imported");
      return Optional.empty();
    }
    List<Update> updates = updates();
    List<Update> later = updates.stream().filter(u -> u.at().isAfter(now)).toList();
    if (!later.isEmpty()) {
      note(
          (later.size() == 1 ? "an update" : later.size() + " updates")
              + " after now ("
              + now
              + ") left out");
      updates = updates.stream().filter(u -> !u.at().isAfter(now)).toList();
    }
    return isMaintenance(incident) ? maintenance(title, updates) : incident(title, updates);
  }

  private Optional<Mapped> incident(String title, List<Update> updates) {
    Optional<Instant> created = time(incident, "created_at");
    Optional<Instant> startedAt = time(incident, "started_at");
    Instant started = startedAt.or(() -> created).orElse(null);
    if (started == null) {
      if (updates.isEmpty()) {
        note("no created_at or started_at we can read; not imported");
        return Optional.empty();
      }
      started = updates.get(0).at();
    }
    if (!updates.isEmpty() && updates.get(0).at().isBefore(started)) {
      note("its first update is before it started; started at that update instead");
      started = updates.get(0).at();
    }
    if (started.isAfter(now)) {
      note("began after now (" + now + "); not imported");
      return Optional.empty();
    }
    String status = text(incident, "status");
    boolean closed = status.equals("resolved") || status.equals("postmortem");
    Update closing = null;
    if (closed) {
      for (Update update : updates) {
        if (update.status().equals("resolved")) {
          closing = update;
        }
      }
    }
    Instant resolved = null;
    if (closed) {
      Optional<Instant> resolvedAt = time(incident, "resolved_at");
      if (closing != null) {
        resolved = closing.at();
        if (resolvedAt.isPresent()
            && Duration.between(resolvedAt.get(), resolved).abs().compareTo(CLOSE) > 0) {
          note(
              "resolved_at "
                  + resolvedAt.get()
                  + " differs from its resolving update at "
                  + resolved
                  + "; resolved at the update");
        }
      } else {
        resolved =
            resolvedAt.orElseGet(
                () -> updates.isEmpty() ? null : updates.get(updates.size() - 1).at());
        if (resolved == null) {
          note("resolved without resolved_at or updates; resolved when it began");
          resolved = started;
        }
      }
      if (resolved.isBefore(started)) {
        note("resolved before it started; resolved when it began");
        resolved = started;
      }
      if (resolved.isAfter(now)) {
        note("resolved after now (" + now + "); imported as ongoing");
        resolved = null;
      }
    } else if (!status.isEmpty()
        && !List.of("investigating", "identified", "monitoring").contains(status)) {
      note("status `" + status + "` is not an incident's; imported as ongoing");
    }

    Map<String, String> initial = new LinkedHashMap<>();
    Map<String, String> current = new LinkedHashMap<>();
    boolean anyAffected = updates.stream().anyMatch(u -> !u.affected().isEmpty());
    StringBuilder out = new StringBuilder();
    StringBuilder rest = new StringBuilder();
    List<String> lines = new ArrayList<>();
    String state = "investigating";
    String postmortem = text(incident, "postmortem_body");
    StringBuilder postmortemUpdates = new StringBuilder();
    for (int i = 0; i < updates.size(); i++) {
      Update update = updates.get(i);
      boolean atStart = i == 0 && update.at().equals(started);
      Map<String, String> changes = new LinkedHashMap<>();
      for (JsonNode affected : update.affected()) {
        Optional<String> id = component.apply(text(affected, "code"));
        if (id.isEmpty()) {
          continue; // noted where the components are collected
        }
        String from = status(text(affected, "old_status"));
        String to = status(text(affected, "new_status"));
        if (to == null) {
          note("an update's component status `" + text(affected, "new_status") + "` is unknown");
          continue;
        }
        if (!current.containsKey(id.get()) && !atStart && from != null) {
          initial.put(id.get(), from);
          current.put(id.get(), from);
        }
        if (atStart) {
          initial.put(id.get(), to);
        } else if (!to.equals(current.get(id.get()))) {
          changes.put(id.get(), to);
        }
        current.put(id.get(), to);
      }
      if (resolved != null && update.at().isAfter(resolved)) {
        if (update.status().equals("postmortem")) {
          appendParagraph(postmortemUpdates, update.body());
        } else if (!update.body().isBlank()) {
          appendParagraph(rest, "**" + update.at() + "**: " + update.body());
          note("an update at " + update.at() + " is after it was resolved; kept in the body");
        }
        continue;
      }
      String updateState;
      switch (update.status()) {
        case "investigating", "identified", "monitoring" -> updateState = update.status();
        case "resolved" -> {
          if (update == closing) {
            updateState = "resolved";
          } else {
            updateState = "monitoring";
            note(
                "resolved at "
                    + update.at()
                    + " and then reopened; that update read as monitoring");
          }
        }
        default -> {
          updateState = state;
          note(
              "an update's status `"
                  + update.status()
                  + "` at "
                  + update.at()
                  + " is not an incident's; it keeps the state before it");
        }
      }
      state = updateState.equals("resolved") ? state : updateState;
      lines.add("  - at: " + update.at());
      lines.add("    state: " + updateState);
      if (!changes.isEmpty()) {
        lines.add("    components:");
        changes.forEach((id, s) -> lines.add("      " + id + ": " + s));
      }
      if (!update.body().isBlank()) {
        lines.add("    body: " + YamlQuote.of(update.body()));
      }
    }
    if (!anyAffected) {
      String fromImpact = impactStatus(text(incident, "impact"));
      for (String id : components()) {
        initial.put(id, fromImpact);
      }
      if (!initial.isEmpty()) {
        note(
            "its updates name no component statuses; its components read as "
                + fromImpact
                + ", from its impact");
      }
    }
    out.append("title: ").append(YamlQuote.of(title)).append('\n');
    if (initial.isEmpty()) {
      out.append("components: {}\n");
    } else {
      out.append("components:\n");
      initial.forEach((id, s) -> out.append("  ").append(id).append(": ").append(s).append('\n'));
    }
    String impact = text(incident, "impact");
    if (List.of("none", "minor", "major", "critical").contains(impact)) {
      out.append("impact: ").append(impact).append('\n');
    } else if (!impact.isEmpty()) {
      note("impact `" + impact + "` is unknown; derived from the component statuses instead");
    }
    out.append("started: ").append(started).append('\n');
    if (resolved != null) {
      out.append("resolved: ").append(resolved).append('\n');
    }
    if (postmortem.isBlank() && postmortemUpdates.length() > 0) {
      postmortem = postmortemUpdates.toString();
    }
    if (!postmortem.isBlank() && resolved != null) {
      out.append("postmortem: true\n");
    } else if (!postmortem.isBlank()) {
      note("has a postmortem but is not resolved; the postmortem is kept as its body");
    } else if (status.equals("postmortem")) {
      note(
          "has a postmortem that the public API does not give; import through the manage API"
              + " (--page-id) to carry it over");
    }
    if (!lines.isEmpty()) {
      out.append("updates:\n");
      lines.forEach(line -> out.append(line).append('\n'));
    }
    out.append("---\n");
    StringBuilder body = new StringBuilder();
    appendParagraph(body, postmortem.strip());
    appendParagraph(body, rest.toString());
    if (body.length() > 0) {
      out.append(body).append('\n');
    }
    return Optional.of(new Mapped(out.toString(), false, started));
  }

  private Optional<Mapped> maintenance(String title, List<Update> updates) {
    Optional<Instant> start = time(incident, "scheduled_for");
    Optional<Instant> end = time(incident, "scheduled_until");
    if (start.isEmpty() || end.isEmpty()) {
      note("a maintenance without scheduled_for and scheduled_until; not imported");
      return Optional.empty();
    }
    if (!end.get().isAfter(start.get())) {
      note("a maintenance whose scheduled_until is not after scheduled_for; not imported");
      return Optional.empty();
    }
    Instant until = end.get();
    Instant completed = null;
    Optional<Instant> resolvedAt = time(incident, "resolved_at");
    if (text(incident, "status").equals("completed")
        && resolvedAt.isPresent()
        && !resolvedAt.get().isAfter(now)) {
      if (resolvedAt.get().isAfter(until)) {
        note("completed at " + resolvedAt.get() + ", after its window; the window ends then");
        until = resolvedAt.get();
      } else if (resolvedAt.get().isAfter(start.get())) {
        completed = resolvedAt.get();
      } else {
        note("completed at " + resolvedAt.get() + ", before its window began; not carried over");
      }
    }
    Set<String> ids = new LinkedHashSet<>(components());
    for (Update update : updates) {
      for (JsonNode affected : update.affected()) {
        component.apply(text(affected, "code")).ifPresent(ids::add);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("title: ").append(YamlQuote.of(title)).append('\n');
    out.append("components: [").append(String.join(", ", ids)).append("]\n");
    out.append("maintenance:\n");
    out.append("  start: ").append(start.get()).append('\n');
    out.append("  end: ").append(until).append('\n');
    if (completed != null && completed.isBefore(until)) {
      out.append("  completed: ").append(completed).append('\n');
    }
    List<Update> written = updates.stream().filter(u -> !u.body().isBlank()).toList();
    if (!written.isEmpty()) {
      out.append("updates:\n");
      for (Update update : written) {
        out.append("  - at: ").append(update.at()).append('\n');
        out.append("    body: ").append(YamlQuote.of(update.body())).append('\n');
      }
    }
    out.append("---\n");
    String postmortem = text(incident, "postmortem_body");
    if (!postmortem.isBlank()) {
      out.append(postmortem.strip()).append('\n');
    }
    return Optional.of(new Mapped(out.toString(), true, start.get()));
  }

  /** The Outpost ids of the incident's {@code components}, in order. */
  private List<String> components() {
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode c : incident.path("components")) {
      component.apply(text(c, "id")).ifPresent(ids::add);
    }
    return List.copyOf(ids);
  }

  private List<Update> updates() {
    List<Update> updates = new ArrayList<>();
    for (JsonNode node : incident.path("incident_updates")) {
      unknownFields(node, KNOWN_IN_UPDATE, what + "'s update " + shown(text(node, "id")));
      Optional<Instant> at = time(node, "display_at").or(() -> time(node, "created_at"));
      if (at.isEmpty()) {
        note("an update without a time we can read; its text is not carried over");
        continue;
      }
      List<JsonNode> affected = new ArrayList<>();
      node.path("affected_components").forEach(affected::add);
      updates.add(new Update(text(node, "status"), text(node, "body").strip(), at.get(), affected));
    }
    updates.sort(Comparator.comparing(Update::at));
    return updates;
  }

  private void unknownFields(JsonNode node, Set<String> known, String where) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      JsonNode value = node.get(name);
      boolean empty =
          value.isNull()
              || (value.isBoolean() && !value.asBoolean())
              || (value.isContainerNode() && value.isEmpty())
              || (value.isTextual() && value.asText().isBlank());
      if (!known.contains(name) && !empty) {
        notes.file(where + ": `" + shown(name) + "` has no place in Outpost; not carried over");
      } else if (name.equals("custom_tweet") && !empty) {
        notes.file(where + ": its custom tweet has no place in Outpost; not carried over");
      } else if (name.equals("metadata") && !empty) {
        notes.file(where + ": its metadata has no place in Outpost; not carried over");
      }
    }
  }

  private static void appendParagraph(StringBuilder out, String text) {
    if (text.isBlank()) {
      return;
    }
    if (out.length() > 0) {
      out.append("\n\n");
    }
    out.append(text.strip());
  }

  /** An Outpost component status, or null. */
  private static String status(String written) {
    return switch (written) {
      case "operational",
              "degraded_performance",
              "partial_outage",
              "major_outage",
              "under_maintenance" ->
          written;
      default -> null;
    };
  }

  private static String impactStatus(String impact) {
    return switch (impact) {
      case "critical" -> "major_outage";
      case "major" -> "partial_outage";
      case "minor" -> "degraded_performance";
      default -> "operational";
    };
  }

  private void note(String message) {
    notes.file(what + ": " + message);
  }

  private Optional<Instant> time(JsonNode node, String key) {
    String written = text(node, key);
    if (written.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(written).toInstant().truncatedTo(ChronoUnit.SECONDS));
    } catch (DateTimeParseException e) {
      note("`" + key + "` `" + shown(written) + "` is not a time we can read");
      return Optional.empty();
    }
  }

  /** Text from the source as a note may show it: on one line, without controls, at most 80. */
  static String shown(String text) {
    String line = text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+", " ");
    return line.length() > 80 ? line.substring(0, 80) + "…" : line;
  }

  static String text(JsonNode node, String key) {
    JsonNode value = node.path(key);
    return value.isValueNode() && !value.isNull() ? value.asText() : "";
  }
}
