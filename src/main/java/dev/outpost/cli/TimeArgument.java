package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import java.time.Instant;
import java.time.ZoneId;

/** Reads a time given on the command line the way incident files are read. */
final class TimeArgument {
  private TimeArgument() {}

  static Instant parse(String option, String text, ZoneId zone) {
    throw new OutpostException(ExitCode.USAGE, option + ": " + text + " (" + zone + ")");
  }
}
