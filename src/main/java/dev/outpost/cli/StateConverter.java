package dev.outpost.cli;

import dev.outpost.model.IncidentState;
import picocli.CommandLine;

/** Reads an incident state by its id, such as {@code identified}. */
final class StateConverter implements CommandLine.ITypeConverter<IncidentState> {
  @Override
  public IncidentState convert(String value) {
    return IncidentState.fromId(value)
        .orElseThrow(
            () ->
                new CommandLine.TypeConversionException(
                    "'" + value + "' is not a state; use investigating, identified or monitoring"));
  }
}
