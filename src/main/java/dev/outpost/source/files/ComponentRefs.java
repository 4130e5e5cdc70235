package dev.outpost.source.files;

import dev.outpost.config.Names;
import dev.outpost.config.yaml.Location;
import dev.outpost.config.yaml.Report;
import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.ValueType;
import dev.outpost.config.yaml.YamlList;
import dev.outpost.config.yaml.YamlMap;
import dev.outpost.config.yaml.YamlNode;
import dev.outpost.config.yaml.YamlScalar;
import dev.outpost.model.ComponentStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Component ids in front matter, checked against the config's components. */
final class ComponentRefs {
  private static final ValueType<ComponentStatus> STATUS =
      Types.oneOf("status", Arrays.asList(ComponentStatus.values()), ComponentStatus::id);

  private final List<String> ids;

  ComponentRefs(List<String> ids) {
    this.ids = ids;
  }

  /** {@code { api: partial_outage, ... }}: component ids to statuses, in the order written. */
  ValueType<Map<String, ComponentStatus>> statuses() {
    return (node, name, report) -> {
      if (!(node instanceof YamlMap map)) {
        return Types.mismatch(node, "a map of component ids to statuses", name, report);
      }
      Map<String, ComponentStatus> statuses = new LinkedHashMap<>();
      boolean ok = true;
      for (YamlMap.Entry entry : map.entries()) {
        boolean known = check(entry.key(), entry.keyLocation(), report);
        Optional<ComponentStatus> status;
        if (entry.value() instanceof YamlScalar s && s.isNull()) {
          report.at(entry.keyLocation(), "missing status for `" + entry.key() + "`");
          status = Optional.empty();
        } else {
          status = STATUS.read(entry.value(), "`" + entry.key() + "`", report);
        }
        ok &= known && status.isPresent();
        status.ifPresent(s -> statuses.put(entry.key(), s));
      }
      return ok ? Optional.of(statuses) : Optional.empty();
    };
  }

  /** {@code [api, dashboard]}: component ids, in the order written, each once. */
  ValueType<List<String>> list() {
    return (node, name, report) -> {
      if (!(node instanceof YamlList list)) {
        return Types.mismatch(node, "a list of component ids", name, report);
      }
      List<String> result = new ArrayList<>();
      boolean ok = true;
      for (YamlNode item : list.items()) {
        Optional<String> id = Types.TEXT.read(item, "each component", report);
        if (id.isEmpty() || !check(id.get(), item.location(), report)) {
          ok = false;
        } else if (result.contains(id.get())) {
          report.at(item.location(), "component `" + id.get() + "` is listed twice");
          ok = false;
        } else {
          result.add(id.get());
        }
      }
      return ok ? Optional.of(result) : Optional.empty();
    };
  }

  private boolean check(String id, Location location, Report report) {
    if (ids.contains(id)) {
      return true;
    }
    String hint =
        Names.closest(id, ids)
            .map(c -> "; did you mean `" + c + "`?")
            .orElse(
                ids.isEmpty()
                    ? "; add it to outpost.yml"
                    : "; use one of " + Names.quoted(ids) + ", or add it to outpost.yml");
    report.at(location, "unknown component `" + id + "`" + hint);
    return false;
  }
}
