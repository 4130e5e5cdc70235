package dev.outpost.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ids and words of the model's enums, as files, APIs and pages use them. */
class VocabularyTest {
  @Test
  void componentStatuses() {
    assertEquals(
        List.of(
            "operational",
            "under_maintenance",
            "degraded_performance",
            "partial_outage",
            "major_outage"),
        Arrays.stream(ComponentStatus.values()).map(ComponentStatus::id).toList());
    assertEquals("Partial Outage", ComponentStatus.PARTIAL_OUTAGE.label());
    assertEquals(
        Optional.of(ComponentStatus.DEGRADED_PERFORMANCE),
        ComponentStatus.fromId("degraded_performance"));
    assertEquals(Optional.empty(), ComponentStatus.fromId("Degraded_Performance"));
  }

  @Test
  void theWorseOfTwoStatusesWinsInEitherOrder() {
    assertEquals(
        ComponentStatus.MAJOR_OUTAGE,
        ComponentStatus.worst(ComponentStatus.MAJOR_OUTAGE, ComponentStatus.PARTIAL_OUTAGE));
    assertEquals(
        ComponentStatus.MAJOR_OUTAGE,
        ComponentStatus.worst(ComponentStatus.PARTIAL_OUTAGE, ComponentStatus.MAJOR_OUTAGE));
  }

  @Test
  void incidentStates() {
    assertEquals(
        List.of("investigating", "identified", "monitoring", "resolved", "postmortem"),
        Arrays.stream(IncidentState.values()).map(IncidentState::id).toList());
    assertEquals(
        List.of("Investigating", "Identified", "Monitoring", "Resolved", "Postmortem"),
        Arrays.stream(IncidentState.values()).map(IncidentState::label).toList());
    assertEquals(
        List.of(false, false, false, true, true),
        Arrays.stream(IncidentState.values()).map(IncidentState::isClosed).toList());
    assertEquals(Optional.of(IncidentState.MONITORING), IncidentState.fromId("monitoring"));
    assertEquals(Optional.empty(), IncidentState.fromId("closed"));
  }

  @Test
  void impacts() {
    assertEquals(
        List.of("none", "minor", "major", "critical"),
        Arrays.stream(Impact.values()).map(Impact::id).toList());
    assertEquals(Optional.of(Impact.CRITICAL), Impact.fromId("critical"));
    assertEquals(Optional.empty(), Impact.fromId("severe"));
  }

  @Test
  void indicators() {
    assertEquals(
        List.of("none", "maintenance", "minor", "major", "critical"),
        Arrays.stream(Indicator.values()).map(Indicator::id).toList());
    assertEquals("Partial System Outage", Indicator.MAJOR.description());
  }

  @Test
  void maintenanceStates() {
    assertEquals(
        List.of("scheduled", "in_progress", "completed"),
        Arrays.stream(MaintenanceState.values()).map(MaintenanceState::id).toList());
    assertEquals("In Progress", MaintenanceState.IN_PROGRESS.label());
  }
}
