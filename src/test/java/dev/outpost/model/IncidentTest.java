package dev.outpost.model;

import static dev.outpost.model.Given.DEGRADED;
import static dev.outpost.model.Given.MAJOR;
import static dev.outpost.model.Given.OPERATIONAL;
import static dev.outpost.model.Given.PARTIAL;
import static dev.outpost.model.Given.at;
import static dev.outpost.model.Given.incident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncidentTest {
  /** api major, then partial, web degraded from the second update, resolved at 13:00. */
  private final Incident incident =
      incident("i")
          .started("2026-11-02T10:00:00Z", Map.of("api", MAJOR))
          .update(
              "2026-11-02T11:00:00Z",
              IncidentState.IDENTIFIED,
              Map.of("web", DEGRADED, "api", PARTIAL))
          .update("2026-11-02T12:00:00Z", IncidentState.MONITORING, Map.of())
          .resolved("2026-11-02T13:00:00Z")
          .build();

  private final Incident ongoing =
      incident("o")
          .started("2026-11-02T10:00:00Z", Map.of("api", PARTIAL))
          .update("2026-11-02T11:00:00Z", IncidentState.IDENTIFIED, Map.of("api", OPERATIONAL))
          .update("2026-11-02T12:00:00Z", IncidentState.MONITORING, Map.of("api", DEGRADED))
          .build();

  @Test
  void segmentsFollowEveryChangeUntilResolution() {
    assertEquals(
        List.of(
            segment("2026-11-02T10:00:00Z", "2026-11-02T11:00:00Z", MAJOR),
            segment("2026-11-02T11:00:00Z", "2026-11-02T13:00:00Z", PARTIAL)),
        incident.segments("api", at("2026-11-03T00:00:00Z")));
    assertEquals(
        List.of(segment("2026-11-02T11:00:00Z", "2026-11-02T13:00:00Z", DEGRADED)),
        incident.segments("web", at("2026-11-03T00:00:00Z")));
    assertEquals(List.of(), incident.segments("db", at("2026-11-03T00:00:00Z")));
  }

  @Test
  void segmentsOfAnOngoingIncidentEndAtNowAndSkipOperationalStretches() {
    assertEquals(
        List.of(
            segment("2026-11-02T10:00:00Z", "2026-11-02T11:00:00Z", PARTIAL),
            segment("2026-11-02T12:00:00Z", "2026-11-02T12:30:00Z", DEGRADED)),
        ongoing.segments("api", at("2026-11-02T12:30:00Z")));
    assertEquals(
        List.of(segment("2026-11-02T10:00:00Z", "2026-11-02T10:30:00Z", PARTIAL)),
        ongoing.segments("api", at("2026-11-02T10:30:00Z")));
    assertEquals(List.of(), ongoing.segments("api", at("2026-11-02T09:00:00Z")));
  }

  @Test
  void segmentsOfAResolvedIncidentRunToItsResolutionWhateverNow() {
    assertEquals(
        incident.segments("api", at("2026-11-03T00:00:00Z")),
        incident.segments("api", at("2026-11-02T10:30:00Z")));
  }

  @Test
  void statusesAfterAnUpdateKeepWhatItDoesNotChange() {
    assertEquals(Map.of("api", MAJOR), incident.statusesAfter(0));
    assertEquals(Map.of("api", PARTIAL, "web", DEGRADED), incident.statusesAfter(1));
    assertEquals(Map.of("api", PARTIAL, "web", DEGRADED), incident.statusesAfter(2));
    assertEquals(List.of("api", "web"), List.copyOf(incident.statusesAfter(2).keySet()));
  }

  @Test
  void statusesAfterTheClosingUpdateAreOperational() {
    assertEquals(Map.of("api", OPERATIONAL, "web", OPERATIONAL), incident.statusesAfter(3));
  }

  @Test
  void theStateIsThatOfTheLatestUpdate() {
    assertEquals(IncidentState.INVESTIGATING, incident.state(at("2026-11-02T09:00:00Z")));
    assertEquals(IncidentState.INVESTIGATING, incident.state(at("2026-11-02T10:59:59Z")));
    assertEquals(IncidentState.IDENTIFIED, incident.state(at("2026-11-02T11:00:00Z")));
    assertEquals(IncidentState.MONITORING, incident.state(at("2026-11-02T12:30:00Z")));
    assertEquals(IncidentState.RESOLVED, incident.state(at("2026-11-02T13:00:00Z")));
  }

  @Test
  void aResolvedIncidentWithAPostmortemIsInPostmortem() {
    Incident withPostmortem =
        incident("p")
            .started("2026-11-02T10:00:00Z", Map.of("api", MAJOR))
            .resolved("2026-11-02T11:00:00Z")
            .postmortem()
            .build();

    assertEquals(IncidentState.INVESTIGATING, withPostmortem.state(at("2026-11-02T10:30:00Z")));
    assertEquals(IncidentState.POSTMORTEM, withPostmortem.state(at("2026-11-02T11:00:00Z")));
  }

  @Test
  void theLatestUpdateIsTheFirstBeforeTheIncidentStarted() {
    assertEquals(incident.updates().get(0), incident.latestUpdate(at("2026-11-01T00:00:00Z")));
    assertEquals(incident.updates().get(1), incident.latestUpdate(at("2026-11-02T11:59:59Z")));
  }

  @Test
  void theImpactIsDeclaredOrFollowsTheWorstStatus() {
    assertEquals(Impact.CRITICAL, incident.impact());
    assertEquals(Impact.MAJOR, ongoing.impact());
    assertEquals(
        Impact.MINOR, Given.outage("d", "api", DEGRADED, "2026-11-02T10:00:00Z", null).impact());
    assertEquals(
        Impact.NONE, incident("n").started("2026-11-02T10:00:00Z", Map.of()).build().impact());
    assertEquals(
        Impact.MINOR,
        incident("declared")
            .started("2026-11-02T10:00:00Z", Map.of("api", MAJOR))
            .impact(Impact.MINOR)
            .build()
            .impact());
  }

  @Test
  void statusesNamedOnTheClosingUpdateAreIgnoredForImpact() {
    Incident closedWithStatus =
        incident("c")
            .started("2026-11-02T10:00:00Z", Map.of("api", DEGRADED))
            .update("2026-11-02T11:00:00Z", IncidentState.RESOLVED, Map.of("api", MAJOR))
            .build();

    assertEquals(DEGRADED, closedWithStatus.worstStatus());
    assertEquals(Impact.MINOR, closedWithStatus.impact());
    assertEquals(
        List.of(segment("2026-11-02T10:00:00Z", "2026-11-02T11:00:00Z", DEGRADED)),
        closedWithStatus.segments("api", at("2026-11-03T00:00:00Z")));
  }

  @Test
  void itIsActiveFromItsStartUntilItsResolution() {
    assertFalse(incident.isActive(at("2026-11-02T09:59:59Z")));
    assertTrue(incident.isActive(at("2026-11-02T10:00:00Z")));
    assertTrue(incident.isActive(at("2026-11-02T12:59:59Z")));
    assertFalse(incident.isActive(at("2026-11-02T13:00:00Z")));
    assertTrue(ongoing.isActive(at("2030-01-01T00:00:00Z")));
  }

  @Test
  void theDurationRunsFromStartToResolutionOrNow() {
    assertEquals(Duration.ofHours(3), incident.duration(at("2026-11-03T00:00:00Z")));
    assertEquals(Duration.ofMinutes(150), ongoing.duration(at("2026-11-02T12:30:00Z")));
    assertEquals(Duration.ZERO, ongoing.duration(at("2026-11-02T09:00:00Z")));
  }

  @Test
  void theDurationOfAnIncidentResolvedAfterNowIsItsDurationSoFar() {
    assertEquals(Duration.ofMinutes(30), incident.duration(at("2026-11-02T10:30:00Z")));
    assertEquals(Duration.ZERO, incident.duration(at("2026-11-02T09:00:00Z")));
  }

  @Test
  void startedResolvedAndAffectedComponents() {
    assertEquals(at("2026-11-02T10:00:00Z"), incident.started());
    assertEquals(Optional.of(at("2026-11-02T13:00:00Z")), incident.resolved());
    assertEquals(Optional.empty(), ongoing.resolved());
    assertEquals(List.of("api", "web"), List.copyOf(incident.affectedComponents()));
  }

  @Test
  void aTimelineMustBeNormalised() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Incident("e", "Empty", null, List.of(), "", false, Origin.file("e.md")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            incident("o")
                .started("2026-11-02T10:00:00Z", Map.of())
                .update("2026-11-02T09:00:00Z", IncidentState.IDENTIFIED, Map.of())
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            incident("c")
                .started("2026-11-02T10:00:00Z", Map.of())
                .resolved("2026-11-02T11:00:00Z")
                .update("2026-11-02T12:00:00Z", IncidentState.MONITORING, Map.of())
                .build());
  }

  private static StatusSegment segment(String from, String to, ComponentStatus status) {
    return new StatusSegment(Instant.parse(from), Instant.parse(to), status);
  }
}
