package dev.outpost.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the health checks measured of one check: its samples, oldest first, for the response-time
 * charts, the measured availability and {@code api/checks.json}.
 *
 * @param id the check's id
 * @param component the component it is about
 * @param kind {@code http}, {@code tcp}, {@code dns} or {@code tls}
 * @param target what it probes, as it may be shown: never a URL's user information or query
 * @param samples oldest first
 */
public record Measured(
    String id, String component, String kind, String target, List<Measured.Sample> samples) {
  /** The windows a page shows: the last day, week and 90 days. */
  public static final List<Duration> WINDOWS =
      List.of(Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(90));

  public Measured {
    samples = List.copyOf(samples);
  }

  /**
   * One run of the check.
   *
   * @param at when it ran
   * @param ok whether it passed
   * @param millis how long it took
   */
  public record Sample(Instant at, boolean ok, long millis) {}

  /** The samples taken after {@code now - window} and not after {@code now}, oldest first. */
  public List<Sample> within(Instant now, Duration window) {
    Instant from = now.minus(window);
    List<Sample> in = new ArrayList<>();
    for (Sample s : samples) {
      if (s.at().isAfter(from) && !s.at().isAfter(now)) {
        in.add(s);
      }
    }
    return in;
  }

  /**
   * The share of passing samples in {@code window} before {@code now}, from 0 to 1; empty when no
   * sample was taken then. Times without samples (runs that did not happen) count neither way.
   */
  public Optional<Double> availability(Instant now, Duration window) {
    return availability(within(now, window));
  }

  /** The share of passing samples among {@code samples}; empty when there is none. */
  public static Optional<Double> availability(List<Sample> samples) {
    if (samples.isEmpty()) {
      return Optional.empty();
    }
    long ok = samples.stream().filter(Sample::ok).count();
    return Optional.of((double) ok / samples.size());
  }

  /**
   * The median response time of the passing samples in {@code window}, in milliseconds; empty when
   * none passed.
   */
  public Optional<Long> medianMillis(Instant now, Duration window) {
    long[] times =
        within(now, window).stream()
            .filter(Sample::ok)
            .mapToLong(Sample::millis)
            .sorted()
            .toArray();
    if (times.length == 0) {
      return Optional.empty();
    }
    return Optional.of(times[(times.length - 1) / 2]);
  }
}
