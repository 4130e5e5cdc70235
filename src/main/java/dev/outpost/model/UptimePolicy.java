package dev.outpost.model;

/**
 * How uptime is counted: downtime = major minutes x {@code majorWeight} + partial minutes x {@code
 * partialWeight} + degraded minutes x {@code degradedWeight}. Maintenance counts as up.
 *
 * @param days how many days the uptime bar and percentage cover (default 90)
 */
public record UptimePolicy(
    int days, double majorWeight, double partialWeight, double degradedWeight) {
  public static final UptimePolicy DEFAULT = new UptimePolicy(90, 1.0, 0.3, 0.0);

  /** The weight of a status in downtime: 0 for operational and maintenance. */
  public double weight(ComponentStatus status) {
    return switch (status) {
      case MAJOR_OUTAGE -> majorWeight;
      case PARTIAL_OUTAGE -> partialWeight;
      case DEGRADED_PERFORMANCE -> degradedWeight;
      case OPERATIONAL, UNDER_MAINTENANCE -> 0.0;
    };
  }
}
