package dev.outpost.model;

import static dev.outpost.model.Given.DEGRADED;
import static dev.outpost.model.Given.MAJOR;
import static dev.outpost.model.Given.PARTIAL;
import static dev.outpost.model.Given.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A file that names an issue corrects the incident read from that issue. */
class IncidentCorrectionTest {
  private static final String URL = "https://github.com/acme/status/issues/12";

  /** Issue #12: api partial at 10:00, identified at 11:00, closed at 13:00. */
  private final Incident issue =
      new Incident(
          "gh-12",
          "API errors",
          null,
          List.of(
              update("2026-11-02T10:00:00Z", IncidentState.INVESTIGATING, Map.of("api", PARTIAL)),
              update("2026-11-02T11:00:00Z", IncidentState.IDENTIFIED, Map.of()),
              update("2026-11-02T13:00:00Z", IncidentState.RESOLVED, Map.of())),
          "From the issue.",
          false,
          Origin.issue(12, URL));

  private static IncidentUpdate update(
      String at, IncidentState state, Map<String, ComponentStatus> components) {
    return new IncidentUpdate(at(at), state, components, state.label());
  }

  private static IncidentCorrection correction(
      String started,
      String resolved,
      Map<String, ComponentStatus> components,
      IncidentState state,
      Impact impact,
      boolean postmortem,
      String body,
      List<IncidentUpdate> updates) {
    return new IncidentCorrection(
        12,
        "incidents/api.md",
        null,
        started == null ? null : at(started),
        resolved == null ? null : at(resolved),
        components,
        state,
        impact,
        postmortem,
        body,
        updates);
  }

  @Test
  void anEmptyCorrectionKeepsTheIssuesIncidentAndNamesTheFile() {
    Incident corrected =
        correction(null, null, Map.of(), null, null, false, "", List.of()).applyTo(issue);

    assertEquals(issue.updates(), corrected.updates());
    assertEquals("API errors", corrected.title());
    assertEquals("From the issue.", corrected.body());
    assertEquals(null, corrected.declaredImpact());
    assertEquals(new Origin("incidents/api.md", URL, 12), corrected.origin());
    assertEquals("gh-12", corrected.id());
  }

  @Test
  void everyFieldSetReplacesTheIssues() {
    IncidentCorrection correction =
        new IncidentCorrection(
            12,
            "incidents/api.md",
            "Payment API errors",
            at("2026-11-02T09:30:00Z"),
            at("2026-11-02T12:30:00Z"),
            Map.of("web", DEGRADED),
            IncidentState.IDENTIFIED,
            Impact.CRITICAL,
            true,
            "What happened.",
            List.of(update("2026-11-02T12:00:00Z", IncidentState.MONITORING, Map.of())));

    Incident corrected = correction.applyTo(issue);

    assertEquals(
        List.of(
            new IncidentUpdate(
                at("2026-11-02T09:30:00Z"),
                IncidentState.IDENTIFIED,
                Map.of("api", PARTIAL, "web", DEGRADED),
                "Investigating"),
            update("2026-11-02T11:00:00Z", IncidentState.IDENTIFIED, Map.of()),
            update("2026-11-02T12:00:00Z", IncidentState.MONITORING, Map.of()),
            new IncidentUpdate(at("2026-11-02T12:30:00Z"), IncidentState.RESOLVED, Map.of(), "")),
        corrected.updates());
    assertEquals("Payment API errors", corrected.title());
    assertEquals(Impact.CRITICAL, corrected.declaredImpact());
    assertEquals("What happened.", corrected.body());
    assertEquals(true, corrected.postmortem());
  }

  @Test
  void addedUpdatesGoInTimeOrderAmongTheIssues() {
    Incident corrected =
        correction(
                null,
                null,
                Map.of("api", MAJOR),
                null,
                null,
                false,
                "",
                List.of(
                    update("2026-11-02T12:00:00Z", IncidentState.MONITORING, Map.of()),
                    update("2026-11-02T10:30:00Z", IncidentState.INVESTIGATING, Map.of())))
            .applyTo(issue);

    assertEquals(
        List.of(
            at("2026-11-02T10:00:00Z"),
            at("2026-11-02T10:30:00Z"),
            at("2026-11-02T11:00:00Z"),
            at("2026-11-02T12:00:00Z"),
            at("2026-11-02T13:00:00Z")),
        corrected.updates().stream().map(IncidentUpdate::at).toList());
    assertEquals(Map.of("api", MAJOR), corrected.updates().get(0).components());
    assertEquals(IncidentState.INVESTIGATING, corrected.updates().get(0).state());
  }

  @Test
  void anUpdateBeforeTheCorrectedStartIsRefused() {
    IncidentCorrection correction =
        correction("2026-11-02T11:30:00Z", null, Map.of(), null, null, false, "", List.of());

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> correction.applyTo(issue));
    assertEquals(
        "an update at 2026-11-02T11:00:00Z is before the start, 2026-11-02T11:30:00Z",
        e.getMessage());
  }

  @Test
  void anUpdateAfterTheCorrectedEndIsRefused() {
    IncidentCorrection correction =
        correction(null, "2026-11-02T10:30:00Z", Map.of(), null, null, false, "", List.of());

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> correction.applyTo(issue));
    assertEquals(
        "an update at 2026-11-02T11:00:00Z is after the end, 2026-11-02T10:30:00Z", e.getMessage());
  }

  @Test
  void anUpdateAtTheCorrectedStartOrEndIsKept() {
    Incident corrected =
        correction(
                "2026-11-02T11:00:00Z",
                "2026-11-02T11:00:00Z",
                Map.of(),
                null,
                null,
                false,
                "",
                List.of())
            .applyTo(issue);

    assertEquals(3, corrected.updates().size());
    assertEquals(at("2026-11-02T11:00:00Z"), corrected.resolved().orElseThrow());
  }

  @Test
  void anEndBeforeTheStartIsRefused() {
    Incident open =
        new Incident(
            "gh-12",
            "API errors",
            null,
            List.of(
                update(
                    "2026-11-02T10:00:00Z", IncidentState.INVESTIGATING, Map.of("api", PARTIAL))),
            "",
            false,
            Origin.issue(12, URL));
    IncidentCorrection correction =
        correction(null, "2026-11-02T09:00:00Z", Map.of(), null, null, false, "", List.of());

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> correction.applyTo(open));
    assertEquals(
        "it would end at 2026-11-02T09:00:00Z, before its start, 2026-11-02T10:00:00Z",
        e.getMessage());
  }

  @Test
  void aPostmortemNeedsAResolvedIncident() {
    Incident open =
        new Incident(
            "gh-12",
            "API errors",
            null,
            List.of(
                update(
                    "2026-11-02T10:00:00Z", IncidentState.INVESTIGATING, Map.of("api", PARTIAL))),
            "",
            false,
            Origin.issue(12, URL));
    IncidentCorrection correction =
        correction(null, null, Map.of(), null, null, true, "What happened.", List.of());

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> correction.applyTo(open));
    assertEquals("a postmortem needs a resolved incident", e.getMessage());
    assertEquals(true, correction.applyTo(issue).postmortem());
  }

  @Test
  void anOngoingIssueKeepsItsImpactAndPostmortemAndTakesAddedUpdates() {
    Incident open =
        new Incident(
            "gh-12",
            "API errors",
            Impact.MINOR,
            List.of(
                update(
                    "2026-11-02T10:00:00Z", IncidentState.INVESTIGATING, Map.of("api", PARTIAL))),
            "Notes.",
            true,
            Origin.issue(12, URL));

    Incident corrected =
        correction(
                null,
                null,
                Map.of(),
                null,
                null,
                false,
                "",
                List.of(update("2026-11-02T11:00:00Z", IncidentState.IDENTIFIED, Map.of())))
            .applyTo(open);

    assertEquals(
        List.of(at("2026-11-02T10:00:00Z"), at("2026-11-02T11:00:00Z")),
        corrected.updates().stream().map(IncidentUpdate::at).toList());
    assertEquals(java.util.Optional.empty(), corrected.resolved());
    assertEquals(Impact.MINOR, corrected.declaredImpact());
    assertEquals(true, corrected.postmortem());
    assertEquals("Notes.", corrected.body());
  }
}
