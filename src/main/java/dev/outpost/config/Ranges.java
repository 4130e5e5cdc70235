package dev.outpost.config;

import dev.outpost.config.yaml.ValueType;
import dev.outpost.config.yaml.YamlNode;
import dev.outpost.config.yaml.YamlScalar;
import java.math.BigDecimal;
import java.util.Optional;

/** Range checks for numbers, reported as "`days` must be from 1 to 3650, not 0". */
final class Ranges {
  private Ranges() {}

  static ValueType.Conversion<Long, Long> between(long min, long max) {
    return (value, node, name, report) -> {
      if (value < min || value > max) {
        report.at(node.location(), message(name, min + " to " + max, node));
        return Optional.empty();
      }
      return Optional.of(value);
    };
  }

  static ValueType.Conversion<Double, Double> between(double min, double max) {
    return (value, node, name, report) -> {
      if (value < min || value > max) {
        report.at(node.location(), message(name, plain(min) + " to " + plain(max), node));
        return Optional.empty();
      }
      return Optional.of(value);
    };
  }

  private static String message(String name, String range, YamlNode node) {
    String written = node instanceof YamlScalar s ? s.text() : "";
    return name + " must be from " + range + ", not " + written;
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
