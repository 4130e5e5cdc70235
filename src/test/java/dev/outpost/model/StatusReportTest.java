package dev.outpost.model;

import static dev.outpost.model.Given.DEGRADED;
import static dev.outpost.model.Given.MAINTENANCE;
import static dev.outpost.model.Given.MAJOR;
import static dev.outpost.model.Given.OPERATIONAL;
import static dev.outpost.model.Given.PARTIAL;
import static dev.outpost.model.Given.at;
import static dev.outpost.model.Given.component;
import static dev.outpost.model.Given.incident;
import static dev.outpost.model.Given.maintenance;
import static dev.outpost.model.Given.outage;
import static dev.outpost.model.Given.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusReportTest {
  private static final Component API = component("api");
  private static final Component WEB = component("web");
  private static final Component DB = component("db");

  private final Incident apiMajorThenPartial =
      incident("rollback")
          .started("2026-11-02T10:00:00Z", Map.of("api", MAJOR, "web", DEGRADED))
          .update("2026-11-02T11:00:00Z", IncidentState.IDENTIFIED, Map.of("api", PARTIAL))
          .update("2026-11-02T12:00:00Z", IncidentState.MONITORING, Map.of())
          .resolved("2026-11-02T13:00:00Z")
          .build();

  private StatusReport report;

  @Test
  void componentStatusesFollowTheLatestUpdateAtOrBeforeNow() {
    givenReport(page().incidents(apiMajorThenPartial), "2026-11-02T10:30:00Z");
    thenStatuses(Map.of("api", MAJOR, "web", DEGRADED, "db", OPERATIONAL));

    givenReport(page().incidents(apiMajorThenPartial), "2026-11-02T11:00:00Z");
    thenStatuses(Map.of("api", PARTIAL, "web", DEGRADED, "db", OPERATIONAL));

    givenReport(page().incidents(apiMajorThenPartial), "2026-11-02T12:30:00Z");
    thenStatuses(Map.of("api", PARTIAL, "web", DEGRADED, "db", OPERATIONAL));
    // the banner tells how things stand now, not the incident's worst moment
    assertEquals(Indicator.MAJOR, report.indicator());
  }

  @Test
  void aResolvedIncidentLeavesEverythingOperational() {
    givenReport(page().incidents(apiMajorThenPartial), "2026-11-02T13:00:00Z");

    thenStatuses(Map.of("api", OPERATIONAL, "web", OPERATIONAL, "db", OPERATIONAL));
    assertEquals(Indicator.NONE, report.indicator());
    assertEquals(List.of(), report.activeIncidents());
  }

  @Test
  void anIncidentThatHasNotStartedYetIsNotActive() {
    givenReport(page().incidents(apiMajorThenPartial), "2026-11-02T09:59:59Z");

    thenStatuses(Map.of("api", OPERATIONAL, "web", OPERATIONAL, "db", OPERATIONAL));
    assertEquals(List.of(), report.activeIncidents());
  }

  @Test
  void theWorstActiveIncidentWinsForEachComponent() {
    givenReport(
        page()
            .incidents(
                outage("a", "api", DEGRADED, "2026-11-02T09:00:00Z", null),
                outage("b", "api", MAJOR, "2026-11-02T10:00:00Z", null),
                outage("c", "web", MAJOR, "2026-11-01T10:00:00Z", "2026-11-01T11:00:00Z")),
        "2026-11-02T12:00:00Z");

    thenStatuses(Map.of("api", MAJOR, "web", OPERATIONAL, "db", OPERATIONAL));
    assertEquals(Indicator.CRITICAL, report.indicator());
  }

  @Test
  void maintenanceInProgressPutsItsComponentsUnderMaintenance() {
    givenReport(
        page()
            .maintenance(
                maintenance(
                    "m",
                    "2026-11-02T10:00:00Z",
                    "2026-11-02T12:00:00Z",
                    null,
                    "db",
                    "web",
                    "gone")),
        "2026-11-02T11:00:00Z");

    thenStatuses(Map.of("api", OPERATIONAL, "web", MAINTENANCE, "db", MAINTENANCE));
    assertEquals(Indicator.MAINTENANCE, report.indicator());
  }

  @Test
  void anIncidentDuringMaintenanceIsWorseThanTheMaintenance() {
    givenReport(
        page()
            .maintenance(
                maintenance(
                    "m", "2026-11-02T10:00:00Z", "2026-11-02T12:00:00Z", null, "api", "web"))
            .incidents(outage("i", "api", DEGRADED, "2026-11-02T10:30:00Z", null)),
        "2026-11-02T11:00:00Z");

    thenStatuses(Map.of("api", DEGRADED, "web", MAINTENANCE, "db", OPERATIONAL));
    assertEquals(Indicator.MINOR, report.indicator());
  }

  @Test
  void maintenanceIsUpcomingInProgressOrCompleted() {
    Maintenance scheduled =
        maintenance("scheduled", "2026-11-02T13:00:00Z", "2026-11-02T14:00:00Z", null, "api");
    Maintenance running =
        maintenance("running", "2026-11-02T11:00:00Z", "2026-11-02T13:00:00Z", null, "web");
    Maintenance completed =
        maintenance("completed", "2026-11-02T08:00:00Z", "2026-11-02T09:00:00Z", null, "db");
    Maintenance early =
        maintenance(
            "early", "2026-11-02T11:00:00Z", "2026-11-02T14:00:00Z", "2026-11-02T11:30:00Z", "db");
    Maintenance late =
        maintenance(
            "late", "2026-11-02T08:00:00Z", "2026-11-02T09:00:00Z", "2026-11-02T15:00:00Z", "api");

    givenReport(
        page().maintenance(scheduled, running, completed, early, late), "2026-11-02T12:00:00Z");

    assertEquals(List.of(running), report.activeMaintenance());
    assertEquals(List.of(scheduled), report.upcomingMaintenance());
    thenStatuses(Map.of("api", OPERATIONAL, "web", MAINTENANCE, "db", OPERATIONAL));
  }

  @Test
  void maintenanceStartsAtItsStartAndEndsAtItsEffectiveEnd() {
    Maintenance window =
        maintenance(
            "m", "2026-11-02T11:00:00Z", "2026-11-02T14:00:00Z", "2026-11-02T13:00:00Z", "api");

    givenReport(page().maintenance(window), "2026-11-02T11:00:00Z");
    assertEquals(List.of(window), report.activeMaintenance());

    givenReport(page().maintenance(window), "2026-11-02T13:00:00Z");
    assertEquals(List.of(), report.activeMaintenance());
    assertEquals(List.of(), report.upcomingMaintenance());
  }

  @Test
  void anIncidentsImpactRaisesTheIndicatorEvenWithoutComponents() {
    Incident announced =
        incident("announced")
            .started("2026-11-02T10:00:00Z", Map.of())
            .impact(Impact.MAJOR)
            .build();

    givenReport(page().incidents(announced), "2026-11-02T11:00:00Z");

    thenStatuses(Map.of("api", OPERATIONAL, "web", OPERATIONAL, "db", OPERATIONAL));
    assertEquals(Indicator.MAJOR, report.indicator());
    assertEquals(List.of(announced), report.activeIncidents());
  }

  @Test
  void aPageWithoutComponentsTakesItsIndicatorFromImpact() {
    Incident critical =
        incident("down").started("2026-11-02T10:00:00Z", Map.of()).impact(Impact.CRITICAL).build();
    Incident quiet = incident("quiet").started("2026-11-02T10:00:00Z", Map.of()).build();
    StatusPage page = page().incidents(critical, quiet).build();

    report = StatusReport.of(page, at("2026-11-02T11:00:00Z"));

    assertEquals(Indicator.CRITICAL, report.indicator());
    assertEquals(Map.of(), report.componentStatus());
    assertEquals(Map.of(), report.uptime());
  }

  @Test
  void theIndicatorIsTheWorseOfComponentsAndImpacts() {
    Incident understated =
        incident("understated")
            .started("2026-11-02T10:00:00Z", Map.of("api", MAJOR))
            .impact(Impact.MINOR)
            .build();

    givenReport(page().incidents(understated), "2026-11-02T11:00:00Z");

    assertEquals(Indicator.CRITICAL, report.indicator());
  }

  @Test
  void anActiveIncidentsCurrentImpactIsTheBannersLevelNotItsWorstMoment() {
    // partial, then degraded while monitored: the banner says minor, and so must its pill
    givenReport(page().incidents(apiMajorThenPartial), "2026-11-02T12:30:00Z");
    assertEquals(Impact.CRITICAL, apiMajorThenPartial.impact());
    assertEquals(Impact.MAJOR, report.currentImpact(apiMajorThenPartial));
    assertEquals(Indicator.MAJOR, report.indicator());

    Incident easing =
        incident("easing")
            .started("2026-11-02T10:00:00Z", Map.of("api", PARTIAL))
            .update("2026-11-02T11:00:00Z", IncidentState.MONITORING, Map.of("api", DEGRADED))
            .build();
    givenReport(page().incidents(easing), "2026-11-02T11:30:00Z");
    assertEquals(Impact.MAJOR, easing.impact());
    assertEquals(Impact.MINOR, report.currentImpact(easing));
    assertEquals(Indicator.MINOR, report.indicator());
  }

  @Test
  void aDeclaredImpactCountsWhenItIsWorseThanTheCurrentStatuses() {
    Incident understated =
        incident("understated")
            .started("2026-11-02T10:00:00Z", Map.of("api", MAJOR))
            .impact(Impact.MINOR)
            .build();
    Incident announced =
        incident("announced")
            .started("2026-11-02T10:00:00Z", Map.of("api", DEGRADED))
            .impact(Impact.CRITICAL)
            .build();

    givenReport(page().incidents(understated, announced), "2026-11-02T11:00:00Z");

    assertEquals(Impact.CRITICAL, report.currentImpact(understated));
    assertEquals(Impact.CRITICAL, report.currentImpact(announced));
  }

  @Test
  void anIncidentWithoutImpactOrComponentsLeavesAllSystemsOperational() {
    givenReport(
        page().incidents(incident("note").started("2026-11-02T10:00:00Z", Map.of()).build()),
        "2026-11-02T11:00:00Z");

    assertEquals(Indicator.NONE, report.indicator());
  }

  @Test
  void listsAreOrdered() {
    Incident older = outage("b", "api", DEGRADED, "2026-11-02T09:00:00Z", null);
    Incident newerA = outage("a", "api", DEGRADED, "2026-11-02T10:00:00Z", null);
    Incident newerC = outage("c", "api", DEGRADED, "2026-11-02T10:00:00Z", null);
    Maintenance endsLast =
        maintenance("a", "2026-11-02T08:00:00Z", "2026-11-02T16:00:00Z", null, "db");
    Maintenance endsFirstY =
        maintenance("y", "2026-11-02T11:00:00Z", "2026-11-02T15:00:00Z", null, "db");
    Maintenance endsFirstX =
        maintenance(
            "x", "2026-11-02T09:00:00Z", "2026-11-02T18:00:00Z", "2026-11-02T15:00:00Z", "db");
    Maintenance startsLast =
        maintenance("b", "2026-11-03T10:00:00Z", "2026-11-03T11:00:00Z", null, "db");
    Maintenance startsFirstZ =
        maintenance("z", "2026-11-02T20:00:00Z", "2026-11-02T21:00:00Z", null, "db");
    Maintenance startsFirstW =
        maintenance("w", "2026-11-02T20:00:00Z", "2026-11-02T23:00:00Z", null, "db");

    givenReport(
        page()
            .incidents(newerC, older, newerA)
            .maintenance(startsLast, endsLast, startsFirstZ, endsFirstY, startsFirstW, endsFirstX),
        "2026-11-02T12:00:00Z");

    assertEquals(List.of(newerA, newerC, older), report.activeIncidents());
    assertEquals(List.of(endsFirstX, endsFirstY, endsLast), report.activeMaintenance());
    assertEquals(List.of(startsFirstW, startsFirstZ, startsLast), report.upcomingMaintenance());
  }

  @Test
  void mapsFollowThePageOrderAndEverythingIsUnmodifiable() {
    givenReport(page().incidents(apiMajorThenPartial), "2026-11-02T12:00:00Z");

    assertEquals(List.of("api", "web", "db"), List.copyOf(report.componentStatus().keySet()));
    assertEquals(List.of("api", "web", "db"), List.copyOf(report.uptime().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> report.componentStatus().clear());
    assertThrows(UnsupportedOperationException.class, () -> report.uptime().clear());
    assertThrows(UnsupportedOperationException.class, () -> report.activeIncidents().clear());
    assertThrows(UnsupportedOperationException.class, () -> report.activeMaintenance().clear());
    assertThrows(UnsupportedOperationException.class, () -> report.upcomingMaintenance().clear());
  }

  @Test
  void uptimeIsTheDailySeriesOfEachComponent() {
    StatusPage page = page().components(API, WEB, DB).incidents(apiMajorThenPartial).build();

    report = StatusReport.of(page, at("2026-11-02T12:00:00Z"));

    assertEquals(Uptime.daily(page, API, at("2026-11-02T12:00:00Z")), report.uptime().get("api"));
    assertEquals(Uptime.daily(page, WEB, at("2026-11-02T12:00:00Z")), report.uptime().get("web"));
    assertEquals(at("2026-11-02T12:00:00Z"), report.now());
  }

  private void givenReport(Given.PageBuilder page, String now) {
    report = StatusReport.of(page.components(API, WEB, DB).build(), at(now));
  }

  private void thenStatuses(Map<String, ComponentStatus> expected) {
    assertEquals(expected, report.componentStatus());
  }
}
