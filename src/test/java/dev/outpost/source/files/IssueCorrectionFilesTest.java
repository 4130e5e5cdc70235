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
  private dev.outpost.config.SiteConfig config = IncidentFilesTest.CONFIG;

  private IncidentFiles.Contents read(String text) throws IOException {
    Files.createDirectories(dir.resolve("incidents"));
    Files.writeString(dir.resolve("incidents/fix.md"), text);
    return IncidentFiles.read(dir.resolve("incidents"), config, IncidentFilesTest.NOW, problems);
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
  void withSeveralRepositoriesTheFileNamesOneOfThem() throws IOException {
    config =
        config(
            """
            github:
              repositories: [acme/api, { repository: acme/web, prefix: site }]
            """);
    assertEquals(
        List.of("acme/api#12 api-gh-12"),
        targets(read("---\nissue: acme/api#12\ntitle: Fixed\n---\n")));
    // GitHub's names ignore case; the config's spelling is kept.
    assertEquals(List.of("acme/web#3 site-gh-3"), targets(read("---\nissue: ACME/web#3\n---\n")));
    assertEquals(List.of(), problems());

    read("---\nissue: 12\n---\n");
    read("---\ntitle: x\nissue: acme/ops#12\n---\n");
    read("---\nissue: acme/api#0\n---\n");
    read("---\nissue: \"#12\"\n---\n");
    assertEquals(
        List.of(
            "fix.md:2:8: `issue: 12` names no repository, and the page reads several: say which,"
                + " as acme/api#12 or acme/web#12",
            "fix.md:2:8: `issue` must be an issue number, such as 123",
            "fix.md:2:8: `issue` must be an issue number, such as 123, or a repository and a"
                + " number, such as acme/api#123",
            "fix.md:3:8: `issue` names the repository `acme/ops`, which the page does not read; it"
                + " reads acme/api, acme/web (github.repositories)"),
        problems());
  }

  @Test
  void withOneRepositoryANumberOrItsNameAndANumberAreTheSameIssue() throws IOException {
    config = config("github: { repository: acme/status }\n");
    assertEquals(List.of("#12 gh-12"), targets(read("---\nissue: 12\n---\n")));
    assertEquals(
        List.of("acme/status#12 gh-12"), targets(read("---\nissue: Acme/Status#12\n---\n")));
    assertEquals(List.of(), problems());
    read("---\nissue: acme/api#12\n---\n");
    assertEquals(
        List.of(
            "fix.md:2:8: `issue` names the repository `acme/api`, which the page does not read;"
                + " it reads acme/status (github.repository)"),
        problems());
  }

  private static List<String> targets(IncidentFiles.Contents contents) {
    return contents.corrections().stream().map(c -> c.issueName() + " " + c.id()).toList();
  }

  private static dev.outpost.config.SiteConfig config(String github) {
    Problems problems = new Problems();
    dev.outpost.config.SiteConfig config =
        dev.outpost.config.ConfigReader.parse(
                "site: { title: T, url: \"https://acme.github.io/status/\" }\n"
                    + "components: [{ id: api, name: API }]\n"
                    + github,
                Path.of("outpost.yml"),
                problems)
            .orElseThrow();
    assertEquals(List.of(), problems.sorted());
    return config;
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
