package dev.outpost.config;

import dev.outpost.config.yaml.Fields;
import dev.outpost.config.yaml.Report;
import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.ValueType;
import dev.outpost.config.yaml.YamlList;
import dev.outpost.config.yaml.YamlNode;
import dev.outpost.model.Component;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code pages} list of the config: sub-sites for audiences. */
final class AudiencePages {
  /** The folders the site itself writes at its root, which no page may take. */
  static final Set<String> RESERVED =
      Set.of("api", "assets", "components", "history", "incidents", "badges", "brand");

  /** One folder name under the site. */
  static final ValueType<String> PATH =
      Types.TEXT.then(
          (text, node, name, report) -> {
            String path = text.strip();
            if (path.startsWith("/")) {
              path = path.substring(1);
            }
            if (path.endsWith("/")) {
              path = path.substring(0, path.length() - 1);
            }
            if (!Names.isValidId(path)) {
              report.at(
                  node.location(),
                  "invalid page path `"
                      + text
                      + "`: one folder name of lowercase letters, digits and dashes, such as"
                      + " `partners`");
              return Optional.empty();
            }
            if (RESERVED.contains(path)) {
              report.at(
                  node.location(),
                  "page path `"
                      + path
                      + "` is a folder of the site itself; use another, such as `"
                      + path
                      + "-page`");
              return Optional.empty();
            }
            return Optional.of(path);
          });

  private final Report report;
  private final List<String> componentIds;
  private final Map<String, Integer> lines = new HashMap<>();

  AudiencePages(Report report, List<Component> components) {
    this.report = report;
    this.componentIds = components.stream().map(Component::id).toList();
  }

  List<AudiencePage> read(YamlList list) {
    List<AudiencePage> pages = new ArrayList<>();
    for (YamlNode item : list.items()) {
      Fields.of(item, "each page", report).flatMap(this::page).ifPresent(pages::add);
    }
    return pages;
  }

  private Optional<AudiencePage> page(Fields fields) {
    Optional<String> path = fields.required("path", PATH);
    Optional<String> title = fields.required("title", Types.NON_EMPTY_TEXT).map(String::strip);
    String description = fields.optional("description", Types.TEXT).map(String::strip).orElse(null);
    Optional<List<String>> components =
        fields.required("components", Types.LIST).map(this::components);
    fields.finish();
    if (path.isEmpty() || title.isEmpty() || components.isEmpty()) {
      return Optional.empty();
    }
    Integer first = lines.putIfAbsent(path.get(), fields.valueLocation("path").line());
    if (first != null) {
      report.at(
          fields.valueLocation("path"),
          "duplicate page path `" + path.get() + "`; it is already used on line " + first);
      return Optional.empty();
    }
    Set<String> chosen = new LinkedHashSet<>(components.get());
    List<String> ordered = componentIds.stream().filter(chosen::contains).toList();
    return ordered.isEmpty()
        ? Optional.empty()
        : Optional.of(new AudiencePage(path.get(), title.get(), description, ordered));
  }

  private List<String> components(YamlList list) {
    if (list.items().isEmpty()) {
      report.at(list.location(), "a page needs at least one component");
    }
    List<String> ids = new ArrayList<>();
    for (YamlNode item : list.items()) {
      Types.ID
          .read(item, "each component", report)
          .ifPresent(
              id -> {
                if (!componentIds.contains(id)) {
                  String hint =
                      Names.closest(id, componentIds)
                          .map(c -> "; did you mean `" + c + "`?")
                          .orElse("; use one of " + Names.quoted(componentIds));
                  report.at(item.location(), "unknown component `" + id + "`" + hint);
                } else if (ids.contains(id)) {
                  report.at(item.location(), "component `" + id + "` is listed twice");
                } else {
                  ids.add(id);
                }
              });
    }
    return ids;
  }
}
