package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.config.Times;
import java.time.Instant;
import java.time.ZoneId;

/** Reads a time given on the command line the way incident files are read. */
final class TimeArgument {
  private TimeArgument() {}

  static Instant parse(String option, String text, ZoneId zone) {
    return Times.parse(text, zone)
        .orElseThrow(
            () ->
                new OutpostException(ExitCode.USAGE, option + ": " + Times.unreadable(text, zone)));
  }
}
