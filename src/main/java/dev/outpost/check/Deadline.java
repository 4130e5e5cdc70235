package dev.outpost.check;

import java.time.Duration;

/** A point in time by which something must be done, on the monotonic clock. */
record Deadline(long nanos) {
  static Deadline in(Duration duration) {
    return new Deadline(System.nanoTime() + duration.toNanos());
  }

  /** What is left, never negative. */
  Duration remaining() {
    return Duration.ofNanos(Math.max(0, nanos - System.nanoTime()));
  }

  boolean passed() {
    return remaining().isZero();
  }

  /** What is left in whole milliseconds, at least 1 (a socket takes 0 to mean forever). */
  int millis() {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, remaining().toMillis()));
  }
}
