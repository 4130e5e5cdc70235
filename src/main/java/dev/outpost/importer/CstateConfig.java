package dev.outpost.importer;

import dev.outpost.config.Problems;
import dev.outpost.config.yaml.Yaml;
import dev.outpost.config.yaml.YamlList;
import dev.outpost.config.yaml.YamlMap;
import dev.outpost.config.yaml.YamlNode;
import dev.outpost.config.yaml.YamlScalar;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What Outpost takes from a cState site's {@code config.yml}: its systems and categories, the time
 * zone its times without an offset are in, and the path its pages live under.
 *
 * @param systems in the order written
 * @param categories in the order written
 * @param zone Hugo's {@code timeZone}, else UTC
 * @param basePath the path of {@code baseURL}, ending in {@code /}
 */
record CstateConfig(List<System> systems, List<Category> categories, ZoneId zone, String basePath) {
  static final List<String> NAMES = List.of("config.yml", "config.yaml", "hugo.yml", "hugo.yaml");

  /** A cState system: a component. */
  record System(String name, String description, String category) {}

  /** A cState category: a group, unless it is untitled. */
  record Category(String name, String description, boolean untitled) {}

  /** Reads the site's config, or reports why not (then no systems and UTC). */
  static CstateConfig read(Path dir, Problems problems) {
    Optional<Path> file = NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
    if (file.isEmpty()) {
      problems.add(
          dir.resolve("config.yml").toString(),
          0,
          0,
          "no config.yml (or config.yaml, hugo.yml): no systems or categories to import; a TOML"
              + " config is not read");
      return new CstateConfig(List.of(), List.of(), ZoneOffset.UTC, "/");
    }
    String path = file.get().toString();
    String text;
    try {
      text = Files.readString(file.get(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.unreadable(path, "cannot read: " + e.getMessage());
      return new CstateConfig(List.of(), List.of(), ZoneOffset.UTC, "/");
    }
    Optional<YamlNode> root = Yaml.parse(text, 0, path, problems);
    if (root.isEmpty() || !(root.get() instanceof YamlMap map)) {
      return new CstateConfig(List.of(), List.of(), ZoneOffset.UTC, "/");
    }
    ZoneId zone = ZoneOffset.UTC;
    Optional<YamlMap.Entry> timeZone = map.entry("timeZone");
    if (timeZone.isPresent()) {
      String id = text(timeZone.get().value());
      try {
        zone = ZoneId.of(id);
      } catch (DateTimeException e) {
        var at = timeZone.get().value().location();
        problems.add(path, at.line(), at.column(), "unknown time zone `" + id + "`; read as UTC");
      }
    }
    String basePath = "/";
    try {
      String base = map.entry("baseURL").map(e -> text(e.value())).orElse("/");
      String uriPath = URI.create(base).getPath();
      if (uriPath != null && !uriPath.isEmpty()) {
        basePath = uriPath.endsWith("/") ? uriPath : uriPath + "/";
      }
    } catch (IllegalArgumentException e) {
      // a baseURL that is not a URI: pages are at the root
    }
    YamlMap params =
        map.entry("params")
            .map(YamlMap.Entry::value)
            .filter(YamlMap.class::isInstance)
            .map(YamlMap.class::cast)
            .orElse(new YamlMap(map.location(), List.of()));
    List<Category> categories = new ArrayList<>();
    for (YamlMap item : maps(params, "categories", path, problems)) {
      unused(item, List.of("name", "description", "untitled"), "a category's", path, problems);
      String name = field(item, "name");
      if (name.isBlank()) {
        report(problems, path, item, "a category without a name; left out");
      } else {
        categories.add(
            new Category(name, field(item, "description"), "true".equals(field(item, "untitled"))));
      }
    }
    List<System> systems = new ArrayList<>();
    for (YamlMap item : maps(params, "systems", path, problems)) {
      unused(item, List.of("name", "description", "category"), "a system's", path, problems);
      String name = field(item, "name");
      if (name.isBlank()) {
        report(problems, path, item, "a system without a name; left out");
      } else {
        systems.add(new System(name, field(item, "description"), field(item, "category")));
      }
    }
    return new CstateConfig(systems, categories, zone, basePath);
  }

  private static List<YamlMap> maps(YamlMap params, String key, String path, Problems problems) {
    Optional<YamlMap.Entry> entry = params.entry(key);
    if (entry.isEmpty() || !(entry.get().value() instanceof YamlList list)) {
      return List.of();
    }
    List<YamlMap> maps = new ArrayList<>();
    for (YamlNode item : list.items()) {
      if (item instanceof YamlMap map) {
        maps.add(map);
      } else {
        problems.add(
            path,
            item.location().line(),
            item.location().column(),
            "an entry of `" + key + "` that is not a map; left out");
      }
    }
    return maps;
  }

  /** Notes every key of {@code item} but {@code read}: Outpost has no place for them. */
  private static void unused(
      YamlMap item, List<String> read, String what, String path, Problems problems) {
    for (YamlMap.Entry entry : item.entries()) {
      if (!read.contains(entry.key())) {
        var at = entry.keyLocation();
        problems.add(
            path,
            at.line(),
            at.column(),
            what + " `" + entry.key() + "` has no place in Outpost; not carried over");
      }
    }
  }

  private static void report(Problems problems, String path, YamlMap item, String message) {
    problems.add(path, item.location().line(), item.location().column(), message);
  }

  private static String field(YamlMap map, String key) {
    return map.entry(key).map(e -> text(e.value())).orElse("");
  }

  static String text(YamlNode node) {
    return node instanceof YamlScalar scalar && !scalar.isNull() ? scalar.text().strip() : "";
  }
}
