package dev.outpost.cli;

import dev.outpost.config.Durations;
import java.time.Duration;
import picocli.CommandLine;

/**
 * Reads a positive duration as {@code outpost.yml} writes one, such as {@code 24h} or {@code 90m}.
 */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    return Durations.parse(value.strip())
        .filter(duration -> !duration.isZero())
        .orElseThrow(
            () ->
                new CommandLine.TypeConversionException(
                    "'"
                        + value
                        + "' is not a duration; write a positive number and a unit, such as 30m,"
                        + " 6h or 1d"));
  }
}
