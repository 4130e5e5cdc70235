package dev.outpost;

import dev.outpost.model.StatusPage;
import java.time.Instant;

/** How many pages a build with {@code --cache} keeps, counted from the model, for the tests. */
public final class KeptPages {
  private KeptPages() {}

  /** The resolved incidents and ended maintenance windows of {@code page} at {@code now}. */
  public static int of(StatusPage page, Instant now) {
    long incidents =
        page.incidents().stream()
            .filter(i -> i.resolved().map(r -> !r.isAfter(now)).orElse(false))
            .count();
    long windows = page.maintenance().stream().filter(m -> !m.effectiveEnd().isAfter(now)).count();
    return Math.toIntExact(incidents + windows);
  }
}
