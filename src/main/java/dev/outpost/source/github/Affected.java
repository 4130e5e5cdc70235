package dev.outpost.source.github;

import dev.outpost.config.GitHubSettings;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Component;
import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Impact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** What an issue says is affected, and how badly: its labels and its form fields. */
final class Affected {
  private final SiteConfig config;
  private final GitHubSettings.Labels labels;

  Affected(SiteConfig config) {
    this.config = config;
    this.labels = config.github().labels();
  }

  /**
   * The components named by {@code component:<id>} labels, then by the {@code ### Affected
   * components} field, where {@code -} stands for every component; an unknown one goes to {@code
   * problem}.
   */
  Set<String> components(
      List<String> issueLabels, Optional<String> field, Consumer<String> problem) {
    return statuses(issueLabels, field, ComponentStatus.MAJOR_OUTAGE, problem).keySet();
  }

  /**
   * The components as {@link #components} reads them, each with its status: {@code severity},
   * unless the field gives one as {@code id=status} (as an incident template's form writes it).
   */
  Map<String, ComponentStatus> statuses(
      List<String> issueLabels,
      Optional<String> field,
      ComponentStatus severity,
      Consumer<String> problem) {
    Map<String, ComponentStatus> statuses = new LinkedHashMap<>();
    String prefix = labels.componentPrefix();
    for (String label : issueLabels) {
      if (LabelNames.startsWith(label, prefix)) {
        String id = label.substring(prefix.length()).strip().toLowerCase(Locale.ROOT);
        Optional<String> known = componentId(id);
        if (known.isPresent()) {
          statuses.put(known.get(), severity);
        } else {
          problem.accept("label `" + label + "` names unknown component `" + id + "`");
        }
      }
    }
    for (String item : field.map(Affected::items).orElse(List.of())) {
      String name = item;
      ComponentStatus status = severity;
      int equals = item.indexOf('=');
      if (equals >= 0) {
        name = item.substring(0, equals).strip();
        String written = item.substring(equals + 1).strip();
        Optional<ComponentStatus> given = status(written);
        if (given.isEmpty()) {
          problem.accept(
              "`### Affected components` gives `"
                  + name
                  + "` unknown status `"
                  + written
                  + "`; use degraded_performance, partial_outage, major_outage or"
                  + " under_maintenance");
          continue;
        }
        status = given.get();
      }
      Optional<String> id = componentId(name);
      if (name.equals(Commands.EVERY_AFFECTED)) {
        for (Component component : config.components()) {
          statuses.put(component.id(), status);
        }
      } else if (id.isPresent()) {
        statuses.put(id.get(), status);
      } else {
        problem.accept("`### Affected components` names unknown component `" + name + "`");
      }
    }
    return statuses;
  }

  /**
   * The impact {@code ### Impact} declares when it names one rather than a status ({@code None},
   * {@code No impact}, {@code Minor}, {@code Major}, {@code Critical}), as an incident template's
   * form offers.
   */
  static Optional<Impact> impact(String text) {
    String id = text.strip().toLowerCase(Locale.ROOT);
    return id.equals("no impact") ? Optional.of(Impact.NONE) : Impact.fromId(id);
  }

  /** The worst severity label, else {@code ### Impact} if it names a status, else major outage. */
  ComponentStatus severity(List<String> issueLabels, Optional<String> impact) {
    if (has(issueLabels, labels.majorOutage())) {
      return ComponentStatus.MAJOR_OUTAGE;
    }
    if (has(issueLabels, labels.partialOutage())) {
      return ComponentStatus.PARTIAL_OUTAGE;
    }
    if (has(issueLabels, labels.degraded())) {
      return ComponentStatus.DEGRADED_PERFORMANCE;
    }
    return impact.flatMap(Affected::status).orElse(ComponentStatus.MAJOR_OUTAGE);
  }

  /** {@code Major outage}, {@code partial_outage}, {@code Degraded performance}, … */
  static Optional<ComponentStatus> status(String text) {
    String id = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    if (id.equals("degraded")) {
      return Optional.of(ComponentStatus.DEGRADED_PERFORMANCE);
    }
    return ComponentStatus.fromId(id).filter(s -> s != ComponentStatus.OPERATIONAL);
  }

  /** The items of a list field: comma- or line-separated, ticked task-list items only. */
  static List<String> items(String text) {
    List<String> items = new ArrayList<>();
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.startsWith("- [ ]")) {
        continue;
      }
      l = l.replaceFirst("^[-*] (\\[[xX]\\] )?", "");
      for (String part : l.split(",")) {
        if (!part.isBlank()) {
          items.add(part.strip());
        }
      }
    }
    return items;
  }

  /** The id of the component with this id or name, ignoring case. */
  private Optional<String> componentId(String item) {
    for (Component component : config.components()) {
      if (component.id().equalsIgnoreCase(item) || component.name().equalsIgnoreCase(item)) {
        return Optional.of(component.id());
      }
    }
    return Optional.empty();
  }

  private static boolean has(List<String> issueLabels, String label) {
    return LabelNames.contains(issueLabels, label);
  }
}
