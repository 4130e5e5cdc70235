package dev.outpost.check;

import dev.outpost.config.CheckSpec;
import dev.outpost.model.Measured;
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

  /** Whether no configured check has any sample: a new history, or one the cache lost. */
  public boolean isEmpty(List<CheckSpec> checks) {
    return checks.stream().allMatch(check -> samples.getOrDefault(check.id(), List.of()).isEmpty());
  }

  /**
   * Takes {@code seeds}, samples by check id from the published site, under the samples kept here;
   * a sample at an instant already kept is not taken twice.
   */
  public void seed(Map<String, List<Sample>> seeds) {
    seeds.forEach(
        (id, list) -> {
          List<Sample> kept = samples.computeIfAbsent(id, key -> new ArrayList<>());
          java.util.Set<Instant> known = new java.util.HashSet<>();
          kept.forEach(s -> known.add(s.at()));
          for (Sample s : list) {
            if (s != null && s.at() != null && known.add(s.at())) {
              kept.add(s);
            }
          }
          kept.sort(java.util.Comparator.comparing(Sample::at));
        });
  }

  /** What the history holds of each of {@code checks}, for the page, in their order. */
  public List<Measured> measured(List<CheckSpec> checks) {
    List<Measured> measured = new ArrayList<>();
    for (CheckSpec check : checks) {
      List<Measured.Sample> list = new ArrayList<>();
      for (Sample s : samples.getOrDefault(check.id(), List.of())) {
        if (s != null && s.at() != null) {
          list.add(new Measured.Sample(s.at(), s.ok(), s.latencyMillis()));
        }
      }
      measured.add(
          new Measured(
              check.id(), check.component(), check.kind().key(), Shown.target(check), list));
    }
    return measured;
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
