package dev.outpost.config.yaml;

import dev.outpost.config.Names;
import dev.outpost.config.Times;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The {@link ValueType}s that config and front matter are made of. */
public final class Types {
  private static final Set<String> TRUE = Set.of("true", "yes", "on", "y");

  private Types() {}

  /** Any single value, as written: {@code 42} and {@code no} are text too. */
  public static final ValueType<String> TEXT =
      (node, name, report) ->
          node instanceof YamlScalar scalar
              ? Optional.of(scalar.text())
              : mismatch(node, "text", name, report);

  /** Text that is not empty or blank. */
  public static final ValueType<String> NON_EMPTY_TEXT =
      TEXT.then(
          (text, node, name, report) -> {
            if (text.isBlank()) {
              report.at(node.location(), name + " must not be empty");
              return Optional.empty();
            }
            return Optional.of(text.strip());
          });

  public static final ValueType<YamlMap> MAP =
      (node, name, report) ->
          node instanceof YamlMap map ? Optional.of(map) : mismatch(node, "a map", name, report);

  public static final ValueType<YamlList> LIST =
      (node, name, report) ->
          node instanceof YamlList list
              ? Optional.of(list)
              : mismatch(node, "a list", name, report);

  /** A whole number, such as {@code 90}. */
  public static final ValueType<Long> INTEGER =
      (node, name, report) -> {
        if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.INTEGER) {
          Optional<BigDecimal> number = decimal(s.text());
          if (number.isPresent()) {
            try {
              return Optional.of(number.get().longValueExact());
            } catch (ArithmeticException e) {
              // Too large, reported below.
            }
          }
        }
        return mismatch(node, "a whole number", name, report);
      };

  /** Any number, such as {@code 0.3} or {@code 1}. */
  public static final ValueType<Double> NUMBER =
      (node, name, report) -> {
        if (node instanceof YamlScalar s
            && (s.kind() == YamlScalar.Kind.INTEGER || s.kind() == YamlScalar.Kind.DECIMAL)) {
          Optional<BigDecimal> number = decimal(s.text());
          if (number.isPresent()) {
            return Optional.of(number.get().doubleValue());
          }
        }
        return mismatch(node, "a number", name, report);
      };

  /**
   * {@code true} or {@code false} (YAML's {@code yes}, {@code no}, {@code on}, {@code off} too).
   */
  public static final ValueType<Boolean> BOOLEAN =
      (node, name, report) ->
          node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.BOOLEAN
              ? Optional.of(TRUE.contains(s.text().toLowerCase(Locale.ROOT)))
              : mismatch(node, "true or false", name, report);

  /** A date such as {@code 2026-03-01}. */
  public static final ValueType<LocalDate> DATE =
      TEXT.then(
          (text, node, name, report) -> {
            try {
              return Optional.of(LocalDate.parse(text.strip()));
            } catch (DateTimeParseException e) {
              report.at(node.location(), "cannot read date `" + text + "`: write it as 2026-03-01");
              return Optional.empty();
            }
          });

  /** An id: {@code [a-z0-9][a-z0-9-]*}. */
  public static final ValueType<String> ID =
      TEXT.then(
          (text, node, name, report) -> {
            if (!Names.isValidId(text)) {
              report.at(node.location(), "invalid id `" + text + "`: " + Names.idRule());
              return Optional.empty();
            }
            return Optional.of(text);
          });

  /** A time, read in {@code zone} when written without an offset; see {@link Times}. */
  public static ValueType<Instant> time(ZoneId zone) {
    return TEXT.then(
        (text, node, name, report) -> {
          Optional<Instant> time = Times.parse(text, zone);
          if (time.isEmpty()) {
            report.at(node.location(), Times.unreadable(text, zone));
          }
          return time;
        });
  }

  /**
   * One of {@code values}, by the id {@code id} gives it; otherwise "unknown {@code noun} `x`; use
   * one of a, b, c".
   */
  public static <E> ValueType<E> oneOf(String noun, List<E> values, Function<E, String> id) {
    return TEXT.then(
        (text, node, name, report) -> {
          for (E value : values) {
            if (id.apply(value).equals(text)) {
              return Optional.of(value);
            }
          }
          String valid = values.stream().map(id).collect(Collectors.joining(", "));
          report.at(node.location(), "unknown " + noun + " `" + text + "`; use one of " + valid);
          return Optional.empty();
        });
  }

  /** Reports "expected {@code expected} for {@code name}, found ..." and returns empty. */
  public static <T> Optional<T> mismatch(
      YamlNode node, String expected, String name, Report report) {
    report.at(
        node.location(), "expected " + expected + " for " + name + ", found " + node.describe());
    return Optional.empty();
  }

  private static Optional<BigDecimal> decimal(String text) {
    try {
      return Optional.of(new BigDecimal(text.replace("_", "")));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
