package dev.outpost.model;

import static dev.outpost.model.Given.at;
import static dev.outpost.model.Given.maintenance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaintenanceTest {
  private final Maintenance planned =
      maintenance("p", "2026-11-02T10:00:00Z", "2026-11-02T12:00:00Z", null, "api");
  private final Maintenance early =
      maintenance(
          "e", "2026-11-02T10:00:00Z", "2026-11-02T12:00:00Z", "2026-11-02T11:00:00Z", "api");
  private final Maintenance overran =
      maintenance(
          "o", "2026-11-02T10:00:00Z", "2026-11-02T12:00:00Z", "2026-11-02T13:00:00Z", "api");

  @Test
  void itIsScheduledThenInProgressThenCompleted() {
    assertEquals(MaintenanceState.SCHEDULED, planned.state(at("2026-11-02T09:59:59Z")));
    assertEquals(MaintenanceState.IN_PROGRESS, planned.state(at("2026-11-02T10:00:00Z")));
    assertEquals(MaintenanceState.IN_PROGRESS, planned.state(at("2026-11-02T11:59:59Z")));
    assertEquals(MaintenanceState.COMPLETED, planned.state(at("2026-11-02T12:00:00Z")));
  }

  @Test
  void completingEarlyEndsIt() {
    assertEquals(at("2026-11-02T11:00:00Z"), early.effectiveEnd());
    assertTrue(early.isActive(at("2026-11-02T10:59:59Z")));
    assertFalse(early.isActive(at("2026-11-02T11:00:00Z")));
    assertEquals(MaintenanceState.COMPLETED, early.state(at("2026-11-02T11:30:00Z")));
  }

  @Test
  void aCompletionAfterThePlannedEndDoesNotExtendIt() {
    assertEquals(at("2026-11-02T12:00:00Z"), overran.effectiveEnd());
    assertEquals(MaintenanceState.COMPLETED, overran.state(at("2026-11-02T12:30:00Z")));
  }

  @Test
  void aWindowWithoutItsOwnReminderTakesTheSitesAndOneWithItKeepsIt() {
    Maintenance own =
        planned.withDefaultReminder(Duration.ofHours(2)).withDefaultReminder(Duration.ofHours(5));

    assertEquals(Optional.empty(), planned.ownReminder());
    assertEquals(Optional.of(Duration.ofHours(2)), own.ownReminder());
    assertEquals(planned.title(), own.title());
    assertEquals(planned.effectiveEnd(), own.effectiveEnd());
  }

  @Test
  void aCompletionIsKnownOnlyWhenWritten() {
    assertEquals(Optional.empty(), planned.completedEarly());
    assertEquals(Optional.of(at("2026-11-02T11:00:00Z")), early.completedEarly());
  }
}
