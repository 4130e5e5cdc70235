package dev.outpost.source.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.config.Problems;
import dev.outpost.model.ComponentStatus;
import dev.outpost.model.IncidentCorrection;
import dev.outpost.model.IncidentState;
import dev.outpost.model.IncidentUpdate;
import dev.outpost.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incident files with {@code issue: N}: corrections of a GitHub issue's incident. */
class IssueCorrectionFilesTest {
  @TempDir Path dir;
  private final Problems problems = new Problems();

  private IncidentFiles.Contents read(String text) throws IOException {
    Files.createDirectories(dir.resolve("incidents"));
    Files.writeString(dir.resolve("incidents/fix.md"), text);
    return IncidentFiles.read(
        dir.resolve("incidents"), IncidentFilesTest.CONFIG, IncidentFilesTest.NOW, problems);
  }

  private List<String> problems() {
    return problems.sorted().stream()
        .map(p -> new Problem("fix.md", p.line(), p.column(), p.message()).format())
        .toList();
  }

  @Test
  void aFileWithIssueNeedsNoOtherKeyAndIsACorrectionNotAnIncident() throws IOException {
    IncidentFiles.Contents contents =
        read(
            """
            ---
            issue: 12
            components: { api: partial_outage }
            resolved: 2026-11-20T11:00:00Z
            updates:
              - at: 2026-11-20T10:30:00Z
                state: monitoring
                body: Watching.
            ---
            Postmortem text.
            """);

    assertEquals(List.of(), problems());
    assertEquals(List.of(), contents.incidents());
    assertEquals(
        List.of(
            new IncidentCorrection(
                12,
                dir.resolve("incidents/fix.md").toString(),
                null,
                null,
                Instant.parse("2026-11-20T11:00:00Z"),
                Map.of("api", ComponentStatus.PARTIAL_OUTAGE),
                null,
                null,
                false,
                "Postmortem text.",
                List.of(
                    new IncidentUpdate(
                        Instant.parse("2026-11-20T10:30:00Z"),
                        IncidentState.MONITORING,
                        Map.of(),
                        "Watching.")))),
        contents.corrections());
  }

  @Test
  void theIssueNumberAndTheTimesAreChecked() throws IOException {
    read(
        """
        ---
        issue: 0
        started: 2026-11-20T12:00:00Z
        resolved: 2026-11-20T11:00:00Z
        ---
        """);

    assertEquals(
        List.of(
            "fix.md:2:8: `issue` must be an issue number, such as 123",
            "fix.md:4:11: `resolved` 2026-11-20T11:00:00Z is before `started` 2026-11-20T12:00:00Z"),
        problems());
  }

  @Test
  void aCorrectionCannotResolveByUpdateNorBeAMaintenanceWindow() throws IOException {
    read(
        """
        ---
        issue: 3
        updates:
          - { at: 2026-11-20T11:00:00Z, state: resolved }
        ---
        """);
    assertEquals(
        List.of(
            "fix.md:4:40: an update cannot resolve an issue's incident; close the issue, or set"
                + " `resolved`"),
        problems());
  }

  @Test
  void applyingACorrectionKeepsTheIssuesIdAndLinkAndMergesTheTimeline() {
    dev.outpost.model.Incident issue =
        new dev.outpost.model.Incident(
            "gh-12",
            "API errors",
            null,
            List.of(
                new IncidentUpdate(
                    Instant.parse("2026-11-20T10:00:00Z"),
                    IncidentState.INVESTIGATING,
                    Map.of("api", ComponentStatus.MAJOR_OUTAGE),
                    ""),
                new IncidentUpdate(
                    Instant.parse("2026-11-20T10:20:00Z"), IncidentState.IDENTIFIED, Map.of(), "x"),
                new IncidentUpdate(
                    Instant.parse("2026-11-20T11:00:00Z"), IncidentState.RESOLVED, Map.of(), "")),
            "Issue body",
            false,
            new dev.outpost.model.Origin(null, "https://github.com/acme/status/issues/12"));
    IncidentCorrection correction =
        new IncidentCorrection(
            12,
            "incidents/fix.md",
            null,
            Instant.parse("2026-11-20T09:50:00Z"),
            Instant.parse("2026-11-20T10:55:00Z"),
            Map.of(),
            null,
            null,
            true,
            "Postmortem.",
            List.of());

    dev.outpost.model.Incident corrected = correction.applyTo(issue);

    assertEquals("gh-12", corrected.id());
    assertEquals(Instant.parse("2026-11-20T09:50:00Z"), corrected.started());
    assertEquals(
        java.util.Optional.of(Instant.parse("2026-11-20T10:55:00Z")), corrected.resolved());
    assertEquals(3, corrected.updates().size());
    assertEquals("Postmortem.", corrected.body());
    assertEquals(true, corrected.postmortem());
    assertEquals("https://github.com/acme/status/issues/12", corrected.origin().url());
    assertEquals("incidents/fix.md", corrected.origin().path());
  }
}
