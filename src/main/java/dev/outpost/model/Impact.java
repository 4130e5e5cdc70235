package dev.outpost.model;

import java.util.Locale;
import java.util.Optional;

/** An incident's impact, in Statuspage's vocabulary. */
public enum Impact {
  NONE,
  MINOR,
  MAJOR,
  CRITICAL;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The impact a component status implies: degraded minor, partial major, major critical. */
  public static Impact of(ComponentStatus status) {
    return switch (status) {
      case OPERATIONAL, UNDER_MAINTENANCE -> NONE;
      case DEGRADED_PERFORMANCE -> MINOR;
      case PARTIAL_OUTAGE -> MAJOR;
      case MAJOR_OUTAGE -> CRITICAL;
    };
  }

  public static Optional<Impact> fromId(String id) {
    for (Impact impact : values()) {
      if (impact.id().equals(id)) {
        return Optional.of(impact);
      }
    }
    return Optional.empty();
  }
}
