package dev.outpost.config;

import dev.outpost.config.yaml.Fields;
import dev.outpost.config.yaml.Report;
import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.YamlList;
import dev.outpost.config.yaml.YamlNode;
import dev.outpost.model.Component;
import dev.outpost.model.ComponentGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code components} list of the config, checking ids and groups. */
final class Components {
  private final Report report;
  private final List<String> groupIds;
  private final Map<String, Integer> lines = new HashMap<>();

  Components(Report report, List<ComponentGroup> groups) {
    this.report = report;
    this.groupIds = groups.stream().map(ComponentGroup::id).toList();
  }

  List<Component> read(YamlList list) {
    if (list.items().isEmpty()) {
      report.at(list.location(), "`components` needs at least one component");
    }
    List<Component> components = new ArrayList<>();
    for (YamlNode item : list.items()) {
      Fields.of(item, "each component", report).flatMap(this::component).ifPresent(components::add);
    }
    return components;
  }

  private Optional<Component> component(Fields fields) {
    Optional<String> id = fields.required("id", Types.ID);
    String name = fields.required("name", Types.NON_EMPTY_TEXT).orElse(id.orElse(""));
    String description = fields.optional("description", Types.TEXT).map(String::strip).orElse("");
    String group =
        fields.optional("group", Types.TEXT).filter(g -> knownGroup(g, fields)).orElse(null);
    LocalDate since = fields.optional("since", Types.DATE).orElse(null);
    fields.finish();
    if (id.isEmpty()) {
      return Optional.empty();
    }
    if (groupIds.contains(id.get())) {
      report.at(
          fields.valueLocation("id"),
          "component id `" + id.get() + "` is also a group id; give one of them another id");
    }
    if (!ConfigReader.unique(
        "component", id.get(), fields.valueLocation("id").line(), lines, fields)) {
      return Optional.empty();
    }
    return Optional.of(new Component(id.get(), name, description, group, since));
  }

  private boolean knownGroup(String group, Fields fields) {
    if (groupIds.contains(group)) {
      return true;
    }
    String hint =
        groupIds.isEmpty()
            ? "; define it under `groups`"
            : Names.closest(group, groupIds)
                .map(g -> "; did you mean `" + g + "`?")
                .orElse("; define it under `groups` or use one of " + Names.quoted(groupIds));
    report.at(fields.valueLocation("group"), "unknown group `" + group + "`" + hint);
    return false;
  }
}
