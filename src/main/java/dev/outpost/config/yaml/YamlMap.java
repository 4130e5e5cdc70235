package dev.outpost.config.yaml;

import java.util.List;
import java.util.Optional;

/**
 * A YAML mapping, in the order written. Keys are unique: a duplicate is reported while parsing and
 * only its first occurrence is kept.
 */
public record YamlMap(Location location, List<Entry> entries) implements YamlNode {
  public YamlMap {
    entries = List.copyOf(entries);
  }

  /** One key with its own location, and its value. */
  public record Entry(String key, Location keyLocation, YamlNode value) {}

  public Optional<Entry> entry(String key) {
    for (Entry entry : entries) {
      if (entry.key().equals(key)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  @Override
  public String describe() {
    return "a map";
  }
}
