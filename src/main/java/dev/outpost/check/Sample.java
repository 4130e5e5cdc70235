package dev.outpost.check;

import java.time.Instant;

/**
 * One run of one check.
 *
 * @param at when the run started
 * @param ok whether the check passed
 * @param latencyMillis how long the last attempt took
 * @param detail what came back, in words: empty when it passed
 */
public record Sample(Instant at, boolean ok, long latencyMillis, String detail) {
  public Sample {
    detail = detail == null ? "" : detail;
  }
}
