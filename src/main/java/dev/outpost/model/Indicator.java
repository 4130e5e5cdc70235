package dev.outpost.model;

import java.util.Locale;

/** The overall status of the page, as Statuspage's {@code status.indicator} and description. */
public enum Indicator {
  NONE("All Systems Operational"),
  MAINTENANCE("Service Under Maintenance"),
  MINOR("Minor Service Outage"),
  MAJOR("Partial System Outage"),
  CRITICAL("Major System Outage");

  private final String description;

  Indicator(String description) {
    this.description = description;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String description() {
    return description;
  }

  /**
   * The indicator for the worst current component status: degraded is minor, partial is major,
   * major outage is critical, maintenance alone is maintenance.
   */
  public static Indicator of(ComponentStatus worst) {
    return switch (worst) {
      case OPERATIONAL -> NONE;
      case UNDER_MAINTENANCE -> MAINTENANCE;
      case DEGRADED_PERFORMANCE -> MINOR;
      case PARTIAL_OUTAGE -> MAJOR;
      case MAJOR_OUTAGE -> CRITICAL;
    };
  }
}
