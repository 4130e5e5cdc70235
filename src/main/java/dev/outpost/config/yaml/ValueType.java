package dev.outpost.config.yaml;

import java.util.Optional;

/**
 * Reads one kind of value from a YAML node, reporting why it cannot.
 *
 * @param <T> what the value becomes
 */
@FunctionalInterface
public interface ValueType<T> {
  /**
   * Converts {@code node}, which is never a null scalar.
   *
   * @param name the value's name in messages, such as {@code `title`}
   * @return the value, or empty after reporting a problem to {@code report}
   */
  Optional<T> read(YamlNode node, String name, Report report);

  /** This type, then a check or conversion that may report a problem at the node. */
  default <R> ValueType<R> then(Conversion<T, R> conversion) {
    // No lambda per value: on the C1 compiler a capturing lambda costs a call into the JVM.
    return (node, name, report) -> {
      Optional<T> value = read(node, name, report);
      return value.isEmpty()
          ? Optional.empty()
          : conversion.convert(value.get(), node, name, report);
    };
  }

  /** A step after a {@link ValueType}: it sees the value and the node it came from. */
  @FunctionalInterface
  interface Conversion<T, R> {
    Optional<R> convert(T value, YamlNode node, String name, Report report);
  }
}
