package dev.outpost.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The page's state at one instant: everything computed from a {@link StatusPage} and {@code now}.
 *
 * @param indicator the overall status
 * @param componentStatus every component's current status: the worst over the active incidents and
 *     maintenance windows that touch it, in {@link StatusPage#components()} order
 * @param uptime every component's daily uptime series, by component id
 * @param activeIncidents incidents active at {@code now}, newest first
 * @param activeMaintenance maintenance in progress at {@code now}, soonest end first
 * @param upcomingMaintenance maintenance scheduled after {@code now}, soonest first
 */
public record StatusReport(
    Instant now,
    Indicator indicator,
    Map<String, ComponentStatus> componentStatus,
    Map<String, UptimeSeries> uptime,
    List<Incident> activeIncidents,
    List<Maintenance> activeMaintenance,
    List<Maintenance> upcomingMaintenance) {

  /**
   * Computes the report. The indicator is the worst of the components' statuses ({@link
   * Indicator#of}) and the active incidents' impacts (an active incident of impact major makes the
   * indicator at least major, even with no component named).
   */
  public static StatusReport of(StatusPage page, Instant now) {
    throw new UnsupportedOperationException("not yet");
  }
}
