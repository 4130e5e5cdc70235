package dev.outpost.model;

import java.util.Locale;
import java.util.Optional;

/** Where an incident stands, in Statuspage's vocabulary. */
public enum IncidentState {
  INVESTIGATING("Investigating"),
  IDENTIFIED("Identified"),
  MONITORING("Monitoring"),
  RESOLVED("Resolved"),
  POSTMORTEM("Postmortem");

  private final String label;

  IncidentState(String label) {
    this.label = label;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String label() {
    return label;
  }

  /** Whether the incident is over in this state. */
  public boolean isClosed() {
    return this == RESOLVED || this == POSTMORTEM;
  }

  public static Optional<IncidentState> fromId(String id) {
    for (IncidentState state : values()) {
      if (state.id().equals(id)) {
        return Optional.of(state);
      }
    }
    return Optional.empty();
  }
}
