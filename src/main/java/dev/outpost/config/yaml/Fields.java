package dev.outpost.config.yaml;

import dev.outpost.config.Names;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the keys of one YAML map, each with a {@link ValueType}, and then reports the keys nobody
 * asked for.
 *
 * <p>Every key asked for through {@link #optional} or {@link #required} is a known key; {@link
 * #finish()} reports every other key at its own line and column, suggesting the closest known key.
 * So the known keys of a map are simply the keys its reader asks for, and adding a key is one line.
 */
public final class Fields {
  private final YamlMap map;
  private final Report report;
  private final Set<String> known = new LinkedHashSet<>();
  private final List<String> missing = new ArrayList<>();

  private Fields(YamlMap map, Report report) {
    this.map = map;
    this.report = report;
  }

  /** Fields of {@code node} if it is a map; otherwise reports "expected a map for {@code name}". */
  public static Optional<Fields> of(YamlNode node, String name, Report report) {
    Optional<YamlMap> map = Types.MAP.read(node, name, report);
    return map.isEmpty() ? Optional.empty() : Optional.of(new Fields(map.get(), report));
  }

  /** Where the map starts: where a missing key is reported. */
  public Location location() {
    return map.location();
  }

  public Report report() {
    return report;
  }

  /** Whether {@code key} is written at all, even without a value. */
  public boolean contains(String key) {
    return map.entry(key).isPresent();
  }

  /** Whether {@code key} is present with a value other than null. */
  public boolean has(String key) {
    return value(key).isPresent();
  }

  /** The value of {@code key}, if present and not null; does not make the key known. */
  public Optional<YamlNode> value(String key) {
    return map.entry(key)
        .map(YamlMap.Entry::value)
        .filter(v -> !(v instanceof YamlScalar s && s.isNull()));
  }

  /** Where the value of {@code key} is, or where the map is when the key is absent. */
  public Location valueLocation(String key) {
    return value(key).map(YamlNode::location).orElse(map.location());
  }

  /** Where {@code key} itself is, or where the map is when the key is absent. */
  public Location keyLocation(String key) {
    return map.entry(key).map(YamlMap.Entry::keyLocation).orElse(map.location());
  }

  /** The value of {@code key} read as {@code type}; empty when absent, null or wrong. */
  public <T> Optional<T> optional(String key, ValueType<T> type) {
    known.add(key);
    Optional<YamlNode> value = value(key);
    return value.isEmpty() ? Optional.empty() : type.read(value.get(), "`" + key + "`", report);
  }

  /**
   * Like {@link #optional}, but a missing key or value is a problem. A missing key is reported by
   * {@link #finish()}, at the map, unless an unknown key looks like a typo of it (then only the
   * typo is reported); so always call {@code finish}.
   */
  public <T> Optional<T> required(String key, ValueType<T> type) {
    known.add(key);
    Optional<YamlMap.Entry> entry = map.entry(key);
    if (entry.isEmpty()) {
      missing.add(key);
      return Optional.empty();
    }
    if (entry.get().value() instanceof YamlScalar s && s.isNull()) {
      report.at(entry.get().keyLocation(), "missing value for `" + key + "`");
      return Optional.empty();
    }
    return type.read(entry.get().value(), "`" + key + "`", report);
  }

  /** Makes {@code key} known without reading it, for a key read some other way. */
  public void allow(String key) {
    known.add(key);
  }

  /** Reports missing required keys and unknown keys. */
  public void finish() {
    finish(Map.of());
  }

  /**
   * Reports missing required keys and unknown keys; an unknown key in {@code explanations} is
   * reported with its explanation rather than a suggestion, such as {@code `started` is for
   * incidents}.
   */
  public void finish(Map<String, String> explanations) {
    Set<String> suggested = new LinkedHashSet<>();
    for (YamlMap.Entry entry : map.entries()) {
      String key = entry.key();
      if (known.contains(key)) {
        continue;
      }
      Optional<String> closest = Names.closest(key, known);
      closest.ifPresent(suggested::add);
      String message;
      if (explanations.containsKey(key)) {
        message = "`" + key + "` " + explanations.get(key);
      } else if (closest.isPresent()) {
        message = "unknown key `" + key + "`; did you mean `" + closest.get() + "`?";
      } else {
        message = "unknown key `" + key + "`; valid keys here: " + Names.quoted(known);
      }
      report.at(entry.keyLocation(), message);
    }
    for (String key : missing) {
      if (!suggested.contains(key)) {
        report.at(map.location(), "missing required key `" + key + "`");
      }
    }
  }
}
