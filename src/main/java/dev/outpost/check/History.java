package dev.outpost.check;

import dev.outpost.config.CheckSpec;
import dev.outpost.state.StateFolder;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The samples of every check, kept in the state folder as {@code checks.json}: the last 90 days of
 * each check that is still configured, at most {@link #MOST} samples each.
 */
public final class History {
  static final String DOCUMENT = "checks.json";
  static final String FINGERPRINT = "check-samples";
  static final Duration KEPT = Duration.ofDays(90);

  /** 90 days of a run every 5 minutes. */
  static final int MOST = 90 * 24 * 12;

  /** The document as stored. */
  record Stored(Map<String, List<Sample>> samples) {}

  private final Map<String, List<Sample>> samples;

  private History(Map<String, List<Sample>> samples) {
    this.samples = samples;
  }

  /** The history kept in {@code state}, or an empty one when there is none. */
  public static History read(StateFolder state) {
    Map<String, List<Sample>> samples = new LinkedHashMap<>();
    state
        .read(DOCUMENT, Stored.class, FINGERPRINT)
        .map(Stored::samples)
        .ifPresent(
            stored ->
                stored.forEach(
                    (id, list) -> {
                      if (list != null) {
                        samples.put(id, new ArrayList<>(list));
                      }
                    }));
    return new History(samples);
  }

  /**
   * Adds this run's samples, forgets checks no longer in {@code checks} and samples older than 90
   * days before {@code now}.
   */
  public void add(Map<String, Sample> run, List<CheckSpec> checks, Instant now) {
    Map<String, List<Sample>> kept = new LinkedHashMap<>();
    Instant oldest = now.minus(KEPT);
    for (CheckSpec check : checks) {
      List<Sample> list = new ArrayList<>(samples.getOrDefault(check.id(), List.of()));
      Sample sample = run.get(check.id());
      if (sample != null) {
        list.add(sample);
      }
      list.removeIf(s -> s == null || s.at() == null || s.at().isBefore(oldest));
      list.sort(java.util.Comparator.comparing(Sample::at));
      if (list.size() > MOST) {
        list = new ArrayList<>(list.subList(list.size() - MOST, list.size()));
      }
      kept.put(check.id(), list);
    }
    samples.clear();
    samples.putAll(kept);
  }

  /** The samples of check {@code id}, oldest first. */
  public List<Sample> of(String id) {
    return List.copyOf(samples.getOrDefault(id, List.of()));
  }

  /** Writes the history to {@code state}. */
  public void write(StateFolder state) throws IOException {
    state.write(DOCUMENT, new Stored(samples), FINGERPRINT);
  }
}
