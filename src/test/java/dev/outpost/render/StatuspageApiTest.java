package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.outpost.model.StatusPage;
import dev.outpost.model.Subscriptions;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Statuspage v2 API files: valid against schemas of Atlassian's shapes, and readable. */
class StatuspageApiTest extends RenderingTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void everyEndpointMatchesItsStatuspageSchema() throws IOException {
    whenRendered();
    thenValid("api/v2/summary.json", "summary");
    thenValid("api/v2/status.json", "status");
    thenValid("api/v2/components.json", "components");
    thenValid("api/v2/incidents.json", "incidents");
    thenValid("api/v2/incidents/unresolved.json", "incidents");
    thenValid("api/v2/scheduled-maintenances.json", "scheduled-maintenances");
    thenValid("api/v2/scheduled-maintenances/upcoming.json", "scheduled-maintenances");
    thenValid("api/v2/scheduled-maintenances/active.json", "scheduled-maintenances");
  }

  @Test
  void aStatuspageWidgetReadsTheSummary() throws IOException {
    whenRendered();
    WidgetSummary summary = MAPPER.readValue(file("api/v2/summary.json"), WidgetSummary.class);

    assertEquals("critical", summary.status().indicator());
    assertEquals("Major System Outage", summary.status().description());
    assertEquals("Acme Status", summary.page().name());
    assertEquals(
        List.of("website operational", "core major_outage", "api operational", "db major_outage"),
        summary.components().stream().map(c -> c.id() + " " + c.status()).toList());
    assertEquals(1, summary.incidents().size());
    Incident incident = summary.incidents().get(0);
    assertEquals("<script>alert(1)</script> Database unreachable", incident.name());
    assertEquals("investigating", incident.status());
    assertEquals("We are looking into failed connections.", incident.updates().get(0).body());
    assertEquals("https://status.acme.example/incidents/db-down/", incident.shortlink());
    assertEquals("db-upgrade", summary.maintenances().get(0).id());
  }

  @Test
  void groupsAreComponentsThatListTheirMembers() throws IOException {
    whenRendered();
    JsonNode components = json("api/v2/components.json").get("components");
    JsonNode core = components.get(1);
    assertEquals("core", core.get("id").asText());
    assertTrue(core.get("group").asBoolean());
    assertEquals("major_outage", core.get("status").asText());
    assertEquals("[\"api\",\"db\"]", core.get("components").toString());
    JsonNode db = components.get(3);
    assertEquals("core", db.get("group_id").asText());
    assertEquals(2, db.get("position").asInt());
    assertEquals("2026-10-01", db.get("start_date").asText());
    assertFalse(components.get(0).has("components"), "only groups list components");
  }

  @Test
  void incidentUpdatesAreNewestFirstWithTheStatusesTheyChanged() throws IOException {
    whenRendered();
    JsonNode incidents = json("api/v2/incidents.json").get("incidents");
    assertEquals(3, incidents.size());
    JsonNode apiErrors = incidents.get(1);
    assertEquals("api-errors", apiErrors.get("id").asText());
    assertEquals("postmortem", apiErrors.get("status").asText());
    assertEquals("major", apiErrors.get("impact").asText());
    assertEquals("2026-11-19T15:10:00Z", apiErrors.get("monitoring_at").asText());
    assertEquals("2026-11-19T15:40:00Z", apiErrors.get("resolved_at").asText());
    JsonNode updates = apiErrors.get("incident_updates");
    assertEquals("resolved", updates.get(0).get("status").asText());
    assertEquals("investigating", updates.get(3).get("status").asText());
    assertEquals(
        "[{\"code\":\"api\",\"name\":\"API\",\"new_status\":\"degraded_performance\","
            + "\"old_status\":\"partial_outage\"}]",
        updates.get(1).get("affected_components").toString());
    assertFalse(updates.get(2).has("affected_components"), "identified changed nothing");
    assertEquals(1, json("api/v2/incidents/unresolved.json").get("incidents").size());
  }

  @Test
  void maintenanceIsToldAsStatuspageTellsIt() throws IOException {
    whenRendered();
    JsonNode all = json("api/v2/scheduled-maintenances.json").get("scheduled_maintenances");
    JsonNode network = all.get(1);
    assertEquals("network-work", network.get("id").asText());
    assertEquals("completed", network.get("status").asText());
    assertEquals("2026-11-20T01:00:00Z", network.get("scheduled_for").asText());
    assertEquals("2026-11-20T03:00:00Z", network.get("scheduled_until").asText());
    assertEquals("2026-11-20T02:30:00Z", network.get("resolved_at").asText());
    assertEquals(
        List.of("completed", "completed", "in_progress", "scheduled"),
        statuses(network.get("incident_updates")));
    assertEquals("Done early.", network.get("incident_updates").get(0).get("body").asText());
    assertEquals(
        1,
        json("api/v2/scheduled-maintenances/upcoming.json").get("scheduled_maintenances").size());
    assertEquals(
        0, json("api/v2/scheduled-maintenances/active.json").get("scheduled_maintenances").size());
  }

  @Test
  void withoutChannelsNothingClaimsToNotify() throws IOException {
    whenRendered();
    JsonNode windows = json("api/v2/scheduled-maintenances.json").get("scheduled_maintenances");
    for (JsonNode window : windows) {
      assertEquals(false, window.get("scheduled_remind_prior").asBoolean(true));
      assertFalse(window.has("scheduled_reminded_at"));
      assertEquals(true, window.get("scheduled_auto_in_progress").asBoolean(false));
      assertEquals(true, window.get("scheduled_auto_completed").asBoolean(false));
      assertEquals(
          false, window.get("auto_transition_deliver_notifications_at_start").asBoolean(true));
      assertEquals(
          false, window.get("auto_transition_deliver_notifications_at_end").asBoolean(true));
      window
          .get("incident_updates")
          .forEach(u -> assertFalse(u.get("deliver_notifications").asBoolean(true)));
    }
    JsonNode incident = json("api/v2/incidents.json").get("incidents").get(0);
    assertFalse(incident.has("scheduled_remind_prior"), "an incident has no schedule");
    assertFalse(
        incident.get("incident_updates").get(0).get("deliver_notifications").asBoolean(true));
  }

  @Test
  void notificationFieldsFollowTheChannelsAndReminders() throws IOException {
    givenChannelsAndAReminderOf45Minutes(List.of(List.of("db")));
    whenRendered();
    JsonNode windows = json("api/v2/scheduled-maintenances.json").get("scheduled_maintenances");
    JsonNode upgrade = windows.get(0);
    assertEquals("db-upgrade", upgrade.get("id").asText());
    assertTrue(upgrade.get("scheduled_remind_prior").asBoolean(false));
    assertFalse(upgrade.has("scheduled_reminded_at"), "its reminder is still ahead");
    assertTrue(upgrade.get("auto_transition_deliver_notifications_at_start").asBoolean(false));
    assertTrue(upgrade.get("auto_transition_deliver_notifications_at_end").asBoolean(false));
    JsonNode network = windows.get(1);
    assertFalse(network.get("scheduled_remind_prior").asBoolean(true), "no channel for its parts");
    assertFalse(network.has("scheduled_reminded_at"));
    assertFalse(network.get("incident_updates").get(0).get("deliver_notifications").asBoolean());
    JsonNode incidents = json("api/v2/incidents.json").get("incidents");
    assertEquals("db-down", incidents.get(0).get("id").asText());
    assertTrue(
        incidents.get(0).get("incident_updates").get(0).get("deliver_notifications").asBoolean());
    assertEquals("api-errors", incidents.get(1).get("id").asText());
    assertFalse(
        incidents.get(1).get("incident_updates").get(0).get("deliver_notifications").asBoolean());
    thenValid("api/v2/scheduled-maintenances.json", "scheduled-maintenances");
    thenValid("api/v2/incidents.json", "incidents");

    givenChannelsAndAReminderOf45Minutes(List.of(List.of()));
    whenRendered();
    network = json("api/v2/scheduled-maintenances.json").get("scheduled_maintenances").get(1);
    assertTrue(network.get("scheduled_remind_prior").asBoolean(false));
    assertEquals("2026-11-20T00:15:00Z", network.get("scheduled_reminded_at").asText());
  }

  private void givenChannelsAndAReminderOf45Minutes(List<List<String>> channels) {
    StatusPage demo = Demo.page();
    page =
        new StatusPage(
            demo.site().withSubscriptions(new Subscriptions(null, channels)),
            demo.groups(),
            demo.components(),
            demo.uptime(),
            demo.incidents(),
            demo.maintenance().stream()
                .map(m -> m.withDefaultReminder(Duration.ofMinutes(45)))
                .toList());
  }

  private static List<String> statuses(JsonNode updates) {
    List<String> statuses = new java.util.ArrayList<>();
    updates.forEach(u -> statuses.add(u.get("status").asText()));
    return statuses;
  }

  private JsonNode json(String path) throws IOException {
    return MAPPER.readTree(file(path));
  }

  private void thenValid(String path, String schemaName) throws IOException {
    JsonSchema schema = schema(schemaName);
    Set<ValidationMessage> errors = schema.validate(file(path), InputFormat.JSON);
    assertTrue(errors.isEmpty(), () -> path + ": " + errors);
  }

  static JsonSchema schema(String name) throws IOException {
    try (InputStream in =
        StatuspageApiTest.class.getResourceAsStream("/statuspage/" + name + ".schema.json")) {
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    }
  }

  /** What Statuspage's embeddable widgets and status clients read from {@code summary.json}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record WidgetSummary(
      Page page,
      Status status,
      List<Component> components,
      List<Incident> incidents,
      @JsonProperty("scheduled_maintenances") List<Incident> maintenances) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Page(String id, String name, String url) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Status(String indicator, String description) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Component(String id, String name, String status, boolean group) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Incident(
      String id,
      String name,
      String status,
      String shortlink,
      @JsonProperty("incident_updates") List<Update> updates) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Update(String status, String body) {}
}
