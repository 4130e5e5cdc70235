package dev.outpost.source.files;

import dev.outpost.config.Durations;
import dev.outpost.config.yaml.Fields;
import dev.outpost.config.yaml.Location;
import dev.outpost.config.yaml.Report;
import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.YamlList;
import dev.outpost.config.yaml.YamlNode;
import dev.outpost.model.Maintenance;
import dev.outpost.model.MaintenanceUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the front matter of a maintenance file, one with a {@code maintenance} key. */
final class MaintenanceReader {
  private static final Map<String, String> INCIDENT_KEYS = incidentKeys();

  private final FileContext context;
  private final Report report;

  private MaintenanceReader(FileContext context) {
    this.context = context;
    this.report = context.report();
  }

  /** The maintenance window, or empty if the file has any problem (all of them reported). */
  static Optional<Maintenance> read(Fields fields, String body, FileContext context) {
    return new MaintenanceReader(context).maintenance(fields, body);
  }

  private Optional<Maintenance> maintenance(Fields fields, String body) {
    ComponentRefs refs = new ComponentRefs(context.componentIds());
    Optional<String> title = fields.required("title", Types.NON_EMPTY_TEXT);
    List<String> components = fields.optional("components", refs.list()).orElse(List.of());
    Optional<Fields> window = fields.required("maintenance", Fields::of);
    List<MaintenanceUpdate> updates =
        fields.optional("updates", Types.LIST).map(this::updates).orElse(List.of());
    fields.finish(INCIDENT_KEYS);

    Instant start = null;
    Instant end = null;
    Instant completed = null;
    Duration reminder = null;
    if (window.isPresent()) {
      Fields w = window.get();
      start = w.required("start", context.time()).orElse(null);
      end = w.required("end", context.time()).orElse(null);
      completed = w.optional("completed", context.time()).orElse(null);
      reminder = w.optional("reminder", Durations.OR_NONE).orElse(null);
      w.finish();
      check(w, start, end, completed);
    }
    if (!report.problems().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Maintenance(
            context.id(),
            title.orElseThrow(),
            start,
            end,
            completed,
            components,
            updates,
            body,
            context.origin(),
            reminder));
  }

  private void check(Fields window, Instant start, Instant end, Instant completed) {
    if (start != null && end != null && !end.isAfter(start)) {
      report.at(
          window.valueLocation("end"),
          "maintenance `end` " + end + " is not after `start` " + start);
    }
    if (completed == null) {
      return;
    }
    Location location = window.valueLocation("completed");
    if (start != null && completed.isBefore(start)) {
      report.at(location, "`completed` " + completed + " is before `start` " + start);
    } else if (end != null && completed.isAfter(end)) {
      report.at(
          location,
          "`completed` "
              + completed
              + " is after `end` "
              + end
              + "; if the work ran late, set `end` to when it ended");
    } else if (completed.isAfter(context.now())) {
      report.at(location, "`completed` " + completed + " is after the build time " + context.now());
    }
  }

  private List<MaintenanceUpdate> updates(YamlList list) {
    List<MaintenanceUpdate> updates = new ArrayList<>();
    for (YamlNode item : list.items()) {
      Fields.of(item, "each update", report)
          .ifPresent(
              update -> {
                Optional<Instant> at = update.required("at", context.time());
                String body =
                    update.optional("body", Types.TEXT).map(FrontMatter::trimBlankLines).orElse("");
                update.finish();
                if (at.isPresent() && at.get().isAfter(context.now())) {
                  report.at(
                      update.valueLocation("at"),
                      "update at " + at.get() + " is after the build time " + context.now());
                }
                at.ifPresent(time -> updates.add(new MaintenanceUpdate(time, body)));
              });
    }
    updates.sort(Comparator.comparing(MaintenanceUpdate::at));
    return updates;
  }

  private static Map<String, String> incidentKeys() {
    Map<String, String> keys = new LinkedHashMap<>();
    for (String key : List.of("started", "resolved", "state", "impact", "postmortem", "issue")) {
      keys.put(
          key,
          "is for incidents, not maintenance; a maintenance window has `maintenance: { start,"
              + " end, completed }`");
    }
    return Map.copyOf(keys);
  }
}
