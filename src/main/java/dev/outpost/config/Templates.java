package dev.outpost.config;

import dev.outpost.config.yaml.Fields;
import dev.outpost.config.yaml.Report;
import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.ValueType;
import dev.outpost.config.yaml.YamlList;
import dev.outpost.config.yaml.YamlMap;
import dev.outpost.config.yaml.YamlNode;
import dev.outpost.model.Component;
import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Impact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code templates} list of the config: incidents prepared in advance. */
final class Templates {
  private static final ValueType<ComponentStatus> STATUS =
      Types.oneOf(
          "status",
          Arrays.stream(ComponentStatus.values())
              .filter(s -> s != ComponentStatus.OPERATIONAL)
              .toList(),
          ComponentStatus::id);
  private static final ValueType<Impact> IMPACT =
      Types.oneOf("impact", List.of(Impact.values()), Impact::id);

  private final Report report;
  private final List<String> componentIds;
  private final Map<String, Integer> lines = new HashMap<>();

  Templates(Report report, List<Component> components) {
    this.report = report;
    this.componentIds = components.stream().map(Component::id).toList();
  }

  List<IncidentTemplate> read(YamlList list) {
    List<IncidentTemplate> templates = new ArrayList<>();
    for (YamlNode item : list.items()) {
      Fields.of(item, "each template", report).flatMap(this::template).ifPresent(templates::add);
    }
    return templates;
  }

  private Optional<IncidentTemplate> template(Fields fields) {
    Optional<String> id = fields.required("id", Types.ID);
    Optional<String> title = fields.required("title", Types.NON_EMPTY_TEXT).map(String::strip);
    Optional<Map<String, ComponentStatus>> components =
        fields.required("components", Types.MAP).map(this::components);
    Impact impact = fields.optional("impact", IMPACT).orElse(null);
    String message = fields.optional("message", Types.TEXT).map(String::strip).orElse("");
    fields.finish();
    if (id.isEmpty()
        || !ConfigReader.unique(
            "template", id.get(), fields.valueLocation("id").line(), lines, fields)
        || title.isEmpty()
        || components.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new IncidentTemplate(id.get(), title.get(), components.get(), impact, message));
  }

  /** {@code {api: major_outage, web: degraded_performance}}: every id known, every status one. */
  private Map<String, ComponentStatus> components(YamlMap map) {
    if (map.entries().isEmpty()) {
      report.at(map.location(), "a template needs at least one component");
    }
    Map<String, ComponentStatus> components = new LinkedHashMap<>();
    for (YamlMap.Entry entry : map.entries()) {
      String id = entry.key();
      if (!componentIds.contains(id)) {
        String hint =
            Names.closest(id, componentIds)
                .map(c -> "; did you mean `" + c + "`?")
                .orElse("; use one of " + Names.quoted(componentIds));
        report.at(entry.keyLocation(), "unknown component `" + id + "`" + hint);
        continue;
      }
      if (entry.value() instanceof dev.outpost.config.yaml.YamlScalar s && s.isNull()) {
        report.at(entry.keyLocation(), "give `" + id + "` a status, such as major_outage");
        continue;
      }
      STATUS
          .read(entry.value(), "`" + id + "`", report)
          .ifPresent(status -> components.put(id, status));
    }
    return components;
  }
}
