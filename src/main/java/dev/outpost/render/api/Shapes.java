package dev.outpost.render.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The shapes of Atlassian Statuspage's public v2 API. Record components are written in snake case
 * ({@code createdAt} → {@code created_at}) and, as Statuspage does, in alphabetical order; each
 * response starts with {@code page}. Times are RFC 3339 strings in UTC; absent values are {@code
 * null}.
 */
final class Shapes {
  private Shapes() {}

  record Page(String id, String name, String url, String timeZone, String updatedAt) {}

  record Status(String indicator, String description) {}

  /**
   * A component, or a group of components ({@code group} true, {@code components} the ids of its
   * members; {@code null} and left out for a plain component).
   */
  record Component(
      String id,
      String name,
      String status,
      String createdAt,
      String updatedAt,
      int position,
      String description,
      boolean showcase,
      String startDate,
      String groupId,
      String pageId,
      boolean group,
      boolean onlyShowIfDegraded,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<String> components) {}

  record AffectedComponent(String code, String name, String oldStatus, String newStatus) {}

  /**
   * One update; {@code affectedComponents} is left out when the update changed no status. {@code
   * deliverNotifications} says whether {@code outpost notify} tells some channel of it.
   */
  record Update(
      String id,
      String status,
      String body,
      String incidentId,
      String createdAt,
      String updatedAt,
      String displayAt,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AffectedComponent> affectedComponents,
      boolean deliverNotifications) {}

  /**
   * An incident or, with {@code scheduledFor} and {@code scheduledUntil} set, a scheduled
   * maintenance (those two and the notification fields after them are left out on incidents).
   * Updates are newest first.
   *
   * <p>A window's notification fields: {@code scheduledRemindPrior} whether some channel of {@code
   * outpost notify} is reminded before its start; {@code scheduledRemindedAt} when that reminder
   * was due, once that time has passed (else null); {@code scheduledAutoInProgress} and {@code
   * scheduledAutoCompleted} true, as Outpost moves every window by the clock; {@code
   * autoTransitionDeliverNotificationsAtStart} and {@code ...AtEnd} whether some channel is told of
   * its start and end.
   */
  record Incident(
      String id,
      String name,
      String status,
      String createdAt,
      String updatedAt,
      String monitoringAt,
      String resolvedAt,
      String impact,
      String shortlink,
      String startedAt,
      String pageId,
      List<Update> incidentUpdates,
      List<Component> components,
      @JsonInclude(JsonInclude.Include.NON_NULL) String scheduledFor,
      @JsonInclude(JsonInclude.Include.NON_NULL) String scheduledUntil,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean scheduledRemindPrior,
      @JsonInclude(JsonInclude.Include.NON_NULL) String scheduledRemindedAt,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean scheduledAutoInProgress,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean scheduledAutoCompleted,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean autoTransitionDeliverNotificationsAtStart,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean autoTransitionDeliverNotificationsAtEnd) {}

  @JsonPropertyOrder({"page", "status"})
  record StatusResponse(Page page, Status status) {}

  @JsonPropertyOrder({"page", "components"})
  record ComponentsResponse(Page page, List<Component> components) {}

  @JsonPropertyOrder({"page", "incidents"})
  record IncidentsResponse(Page page, List<Incident> incidents) {}

  @JsonPropertyOrder({"page", "scheduled_maintenances"})
  record MaintenancesResponse(Page page, List<Incident> scheduledMaintenances) {}

  @JsonPropertyOrder({"page", "components", "incidents", "scheduled_maintenances", "status"})
  record Summary(
      Page page,
      List<Component> components,
      List<Incident> incidents,
      List<Incident> scheduledMaintenances,
      Status status) {}

  /** What a Statuspage webhook says about itself. */
  record Meta(String unsubscribe, String documentation, String generatedAt) {}

  /** The page in a webhook: its id and overall status. */
  record WebhookPage(String id, String statusIndicator, String statusDescription) {}

  /** A Statuspage incident webhook: an incident or maintenance window with every update. */
  @JsonPropertyOrder({"meta", "page", "incident"})
  record IncidentWebhook(Meta meta, WebhookPage page, Incident incident) {}
}
