package dev.outpost.config;

import dev.outpost.config.yaml.Fields;
import dev.outpost.config.yaml.Report;
import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.YamlList;
import dev.outpost.config.yaml.YamlNode;
import dev.outpost.model.Component;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code alerts} list of the config: which component an alert is about when the alert
 * does not say, by the alert's name (Alertmanager's and Grafana's {@code alertname}, Uptime Kuma's
 * monitor name).
 */
final class AlertRoutes {
  private final Report report;
  private final List<String> componentIds;

  AlertRoutes(Report report, List<Component> components) {
    this.report = report;
    this.componentIds = components.stream().map(Component::id).toList();
  }

  /** The components by alert name, in the order written. */
  Map<String, String> read(YamlList list) {
    Map<String, String> routes = new LinkedHashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    for (YamlNode item : list.items()) {
      Fields.of(item, "each alert", report).ifPresent(f -> route(f, routes, lines));
    }
    return routes;
  }

  private void route(Fields f, Map<String, String> routes, Map<String, Integer> lines) {
    Optional<String> name = f.required("name", Types.NON_EMPTY_TEXT).map(String::strip);
    Optional<String> component = f.required("component", Types.ID).filter(c -> known(c, f));
    f.finish();
    if (name.isEmpty()) {
      return;
    }
    int line = f.valueLocation("name").line();
    Integer first = lines.putIfAbsent(name.get(), line);
    if (first != null) {
      report.at(
          f.valueLocation("name"),
          "duplicate alert name `" + name.get() + "`; it is already mapped on line " + first);
      return;
    }
    component.ifPresent(c -> routes.put(name.get(), c));
  }

  private boolean known(String component, Fields f) {
    if (componentIds.contains(component)) {
      return true;
    }
    String hint =
        Names.closest(component, componentIds)
            .map(c -> "; did you mean `" + c + "`?")
            .orElse("; use one of " + Names.quoted(componentIds));
    report.at(f.valueLocation("component"), "unknown component `" + component + "`" + hint);
    return false;
  }
}
