package dev.outpost.model;

import java.util.Locale;

/** Where a maintenance window stands; follows from its window and the clock. */
public enum MaintenanceState {
  SCHEDULED("Scheduled"),
  IN_PROGRESS("In Progress"),
  COMPLETED("Completed");

  private final String label;

  MaintenanceState(String label) {
    this.label = label;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String label() {
    return label;
  }
}
