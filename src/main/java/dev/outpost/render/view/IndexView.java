package dev.outpost.render.view;

import dev.outpost.render.SafeHtml;
import java.util.List;

/**
 * The home page.
 *
 * @param notice the site notice; empty when there is none
 * @param suspected one sentence for each open suspected issue, such as "We might be having issues
 *     with API; we are looking into it."
 */
public record IndexView(
    Layout layout,
    StatusView indicator,
    TimeView updated,
    SafeHtml notice,
    List<String> suspected,
    List<ActiveIncidentView> incidents,
    List<MaintenanceSummary> activeMaintenance,
    List<GroupView> groups,
    List<MaintenanceSummary> upcomingMaintenance,
    List<DayEntries> pastDays,
    String historyHref,
    FollowView follow) {
  public IndexView {
    suspected = List.copyOf(suspected);
    incidents = List.copyOf(incidents);
    activeMaintenance = List.copyOf(activeMaintenance);
    groups = List.copyOf(groups);
    upcomingMaintenance = List.copyOf(upcomingMaintenance);
    pastDays = List.copyOf(pastDays);
  }
}
