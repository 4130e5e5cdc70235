package dev.outpost.config.yaml;

/** A value of a YAML document, with the place it was written. */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {
  /** Where the value starts. */
  Location location();

  /** How the value reads in a message: "a map", "a list", "text", "a number", ... */
  String describe();
}
