package dev.outpost.config.yaml;

import java.util.List;

/** A YAML sequence. */
public record YamlList(Location location, List<YamlNode> items) implements YamlNode {
  public YamlList {
    items = List.copyOf(items);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
