package dev.outpost.model;

import java.util.Locale;
import java.util.Optional;

/** A component's status, in Atlassian Statuspage's vocabulary. */
public enum ComponentStatus {
  OPERATIONAL("Operational", 0),
  UNDER_MAINTENANCE("Under Maintenance", 1),
  DEGRADED_PERFORMANCE("Degraded Performance", 2),
  PARTIAL_OUTAGE("Partial Outage", 3),
  MAJOR_OUTAGE("Major Outage", 4);

  private final String label;
  private final int severity;

  ComponentStatus(String label, int severity) {
    this.label = label;
    this.severity = severity;
  }

  /** The id used in files and APIs, such as {@code partial_outage}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The words shown to readers, such as "Partial Outage". */
  public String label() {
    return label;
  }

  /** Higher is worse: operational 0, under maintenance 1, then degraded, partial, major. */
  public int severity() {
    return severity;
  }

  /** The worse of two statuses. */
  public static ComponentStatus worst(ComponentStatus a, ComponentStatus b) {
    return a.severity >= b.severity ? a : b;
  }

  /** The status with the given id, if there is one. */
  public static Optional<ComponentStatus> fromId(String id) {
    for (ComponentStatus status : values()) {
      if (status.id().equals(id)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
