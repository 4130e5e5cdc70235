package dev.outpost.config;

import dev.outpost.config.yaml.Location;
import dev.outpost.config.yaml.Report;
import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.ValueType;
import dev.outpost.config.yaml.YamlScalar;
import dev.outpost.model.Problem;
import java.util.Optional;

/**
 * Checks one value by the rules {@code outpost.yml} reads it with, for values given elsewhere, such
 * as the answers to {@code outpost init}: each method returns what is wrong, or nothing.
 */
public final class Values {
  private Values() {}

  /** The page's public address, {@code site.url}. */
  public static Optional<String> url(String text) {
    return problem(Urls.SITE, "the page's address", text);
  }

  /** A time zone, {@code site.timezone}. */
  public static Optional<String> timezone(String text) {
    return problem(Zones.TYPE, "the time zone", text);
  }

  /** A component id. */
  public static Optional<String> id(String text) {
    return problem(Types.ID, "a component id", text);
  }

  /** A repository, {@code github.repository}. */
  public static Optional<String> repository(String text) {
    return problem(ConfigReader.REPOSITORY, "the repository", text);
  }

  private static Optional<String> problem(ValueType<?> type, String name, String text) {
    Problems problems = new Problems();
    type.read(
        new YamlScalar(Location.FILE, text, YamlScalar.Kind.STRING),
        name,
        new Report("", problems));
    return problems.sorted().stream().findFirst().map(Problem::message);
  }
}
