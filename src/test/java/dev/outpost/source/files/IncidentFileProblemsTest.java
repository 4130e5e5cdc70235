package dev.outpost.source.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.config.Problems;
import dev.outpost.model.Incident;
import dev.outpost.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentFileProblemsTest {
  @TempDir Path dir;
  private final Problems problems = new Problems();
  private IncidentFiles.Contents contents;

  private void givenFile(String name, String text) throws IOException {
    Files.createDirectories(dir.resolve("incidents"));
    Files.writeString(dir.resolve("incidents").resolve(name), text);
  }

  private void whenRead() {
    contents =
        IncidentFiles.read(
            dir.resolve("incidents"), IncidentFilesTest.CONFIG, IncidentFilesTest.NOW, problems);
  }

  private void thenProblemsAre(String... expected) {
    List<String> actual =
        problems.sorted().stream()
            .map(p -> new Problem(relative(p.path()), p.line(), p.column(), p.message()).format())
            .toList();
    assertEquals(List.of(expected), actual);
  }

  private void thenNothingWasRead() {
    assertEquals(new IncidentFiles.Contents(List.of(), List.of()), contents);
  }

  private String relative(String path) {
    return dir.relativize(Path.of(path)).toString().replace('\\', '/');
  }

  @Test
  void unknownKeysAreReportedAtTheKey() throws IOException {
    givenFile(
        "x.md",
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: 2026-11-02T14:05:00Z
        updates:
          - at: 2026-11-02T14:20:00Z
            state: identified
            bdy: Rolling back.
        sumary: none
        ---
        """);

    whenRead();

    thenProblemsAre(
        "incidents/x.md:8:5: unknown key `bdy`; did you mean `body`?",
        "incidents/x.md:9:1: unknown key `sumary`; valid keys here: `title`, `components`,"
            + " `state`, `impact`, `started`, `resolved`, `postmortem`, `updates`, `issue`");
    thenNothingWasRead();
  }

  @Test
  void missingOrUnclosedFrontMatter() throws IOException {
    givenFile("plain.md", "# Outage\n\nThe API was down.\n");
    givenFile("open.md", "---\ntitle: Outage\n\nThe API was down.\n");

    whenRead();

    thenProblemsAre(
        "incidents/open.md:1:1: the front matter is not closed: add a `---` line after its last"
            + " key",
        "incidents/plain.md:1:1: missing front matter: start the file with a `---` line, then the"
            + " YAML keys, then a closing `---` line");
    thenNothingWasRead();
  }

  @Test
  void aSyntaxErrorIsReportedAtItsLineInTheFile() throws IOException {
    givenFile(
        "x.md",
        """
        ---
        title: Outage
        components: { api: major_outage
        started: 2026-11-02T14:05:00Z
        ---
        """);
    givenFile(
        "tab.md",
        """
        ---
        title: Outage
        components:
        \tapi: major_outage
        ---
        """);
    givenFile(
        "quote.md",
        """
        ---
        title: "Outage
        ---
        """);

    whenRead();

    thenProblemsAre(
        "incidents/quote.md:2:8: invalid YAML: this quoted value is not closed; add the closing"
            + " quote",
        "incidents/tab.md:4:1: invalid YAML: tabs cannot indent YAML; indent with spaces",
        "incidents/x.md:4:8: invalid YAML: expected `,` or `}`: the `{` at line 3, column 13 is"
            + " not closed");
  }

  @Test
  void emptyFrontMatterMissesTheRequiredKeys() throws IOException {
    givenFile("x.md", "---\n---\nBody.\n");

    whenRead();

    thenProblemsAre(
        "incidents/x.md:1:1: missing required key `components`",
        "incidents/x.md:1:1: missing required key `started`",
        "incidents/x.md:1:1: missing required key `title`");
  }

  @Test
  void missingRequiredKeysOfAnUpdate() throws IOException {
    givenFile(
        "x.md",
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: 2026-11-02T14:05:00Z
        updates:
          - body: No time, no state.
        ---
        """);

    whenRead();

    thenProblemsAre(
        "incidents/x.md:6:5: missing required key `at`",
        "incidents/x.md:6:5: missing required key `state`");
  }

  @Test
  void duplicateKeysAndWrongTypes() throws IOException {
    givenFile(
        "x.md",
        """
        ---
        title: Outage
        title: Another
        components: [api]
        started: [2026-11-02T14:05:00Z]
        postmortem: maybe
        updates: { at: 2026-11-02T14:20:00Z }
        ---
        """);

    whenRead();

    thenProblemsAre(
        "incidents/x.md:3:1: duplicate key `title`; it is already set on line 2",
        "incidents/x.md:4:13: expected a map of component ids to statuses for `components`, found"
            + " a list",
        "incidents/x.md:5:10: expected text for `started`, found a list",
        "incidents/x.md:6:13: expected true or false for `postmortem`, found text",
        "incidents/x.md:7:10: expected a list for `updates`, found a map");
  }

  @Test
  void unknownComponentsStatusesStatesAndImpacts() throws IOException {
    givenFile(
        "x.md",
        """
        ---
        title: Outage
        components: { apii: major_outage, cdn: partial_outage, web: down, dashboard: }
        state: fixing
        impact: severe
        started: 2026-11-02T14:05:00Z
        updates:
          - at: 2026-11-02T14:20:00Z
            state: postmortem
            components: { web: partial-outage }
        ---
        """);

    whenRead();

    thenProblemsAre(
        "incidents/x.md:3:15: unknown component `apii`; did you mean `api`?",
        "incidents/x.md:3:35: unknown component `cdn`; use one of `api`, `dashboard`, `web`, or"
            + " add it to outpost.yml",
        "incidents/x.md:3:61: unknown status `down`; use one of operational,"
            + " under_maintenance, degraded_performance, partial_outage, major_outage",
        "incidents/x.md:3:67: missing status for `dashboard`",
        "incidents/x.md:4:8: unknown state `fixing`; use one of investigating, identified,"
            + " monitoring, resolved",
        "incidents/x.md:5:9: unknown impact `severe`; use one of none, minor, major, critical",
        "incidents/x.md:9:12: unknown state `postmortem`; use one of investigating, identified,"
            + " monitoring, resolved",
        "incidents/x.md:10:24: unknown status `partial-outage`; use one of operational,"
            + " under_maintenance, degraded_performance, partial_outage, major_outage");
  }

  @Test
  void unreadableTimes() throws IOException {
    givenFile(
        "x.md",
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: 2 Nov 2026, 14:05
        resolved: 2026-11-02
        updates:
          - { at: "14:20", state: identified }
        ---
        """);

    whenRead();

    thenProblemsAre(
        "incidents/x.md:4:10: cannot read time `2 Nov 2026, 14:05`: write it as"
            + " 2026-11-02T14:05:00Z, or without an offset in the site's time zone (Europe/Berlin)",
        "incidents/x.md:5:11: cannot read time `2026-11-02`: write it as 2026-11-02T14:05:00Z, or"
            + " without an offset in the site's time zone (Europe/Berlin)",
        "incidents/x.md:7:11: cannot read time `14:20`: write it as 2026-11-02T14:05:00Z, or"
            + " without an offset in the site's time zone (Europe/Berlin)");
  }

  @Test
  void timesOutOfOrder() throws IOException {
    givenFile(
        "early.md",
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: 2026-11-02T14:05:00Z
        resolved: 2026-11-02T13:00:00Z
        ---
        """);
    givenFile(
        "outside.md",
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: 2026-11-02T14:05:00Z
        resolved: 2026-11-02T15:40:00Z
        updates:
          - { at: 2026-11-02T14:00:00Z, state: identified }
          - { at: 2026-11-02T15:50:00Z, state: monitoring }
          - { at: 2026-11-02T15:30:00Z, state: resolved }
        ---
        """);
    givenFile(
        "ongoing.md",
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: 2026-11-02T14:05:00Z
        updates:
          - { at: 2026-11-02T14:00:00Z, state: identified }
          - { at: 2026-11-02T15:00:00Z, state: resolved }
          - { at: 2026-11-02T15:10:00Z, state: monitoring }
          - { at: 2026-11-02T15:00:00Z, state: resolved }
        ---
        """);

    whenRead();

    thenProblemsAre(
        "incidents/early.md:5:11: `resolved` 2026-11-02T13:00:00Z is before `started`"
            + " 2026-11-02T14:05:00Z",
        "incidents/ongoing.md:6:11: update at 2026-11-02T14:00:00Z is outside the incident; it"
            + " started at 2026-11-02T14:05:00Z",
        "incidents/ongoing.md:8:11: update at 2026-11-02T15:10:00Z is outside the incident"
            + " (2026-11-02T14:05:00Z to 2026-11-02T15:00:00Z)",
        "incidents/ongoing.md:9:40: the incident is already resolved by the update at"
            + " 2026-11-02T15:00:00Z",
        "incidents/outside.md:7:11: update at 2026-11-02T14:00:00Z is outside the incident"
            + " (2026-11-02T14:05:00Z to 2026-11-02T15:40:00Z)",
        "incidents/outside.md:8:11: update at 2026-11-02T15:50:00Z is outside the incident"
            + " (2026-11-02T14:05:00Z to 2026-11-02T15:40:00Z)",
        "incidents/outside.md:9:40: this update resolves the incident at 2026-11-02T15:30:00Z, but"
            + " `resolved` is 2026-11-02T15:40:00Z; make them agree");
    thenNothingWasRead();
  }

  @Test
  void nothingMayHappenAfterTheBuildTime() throws IOException {
    givenFile(
        "future.md",
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: 2026-11-21T07:00:00Z
        resolved: 2026-11-21T09:30:00Z
        updates:
          - { at: 2026-11-21T08:30:00Z, state: identified }
        ---
        """);
    givenFile(
        "later.md",
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: 2026-11-22 10:00
        ---
        """);

    whenRead();

    thenProblemsAre(
        "incidents/future.md:5:11: `resolved` 2026-11-21T09:30:00Z is after the build time"
            + " 2026-11-21T08:00:00Z",
        "incidents/future.md:7:11: update at 2026-11-21T08:30:00Z is after the build time"
            + " 2026-11-21T08:00:00Z",
        "incidents/later.md:4:10: `started` 2026-11-22T09:00:00Z is after the build time"
            + " 2026-11-21T08:00:00Z");
  }

  @Test
  void aResolvedInitialStateAndAPostmortemWithoutEnd() throws IOException {
    givenFile(
        "x.md",
        """
        ---
        title: Outage
        components: { api: major_outage }
        state: resolved
        started: 2026-11-02T14:05:00Z
        postmortem: true
        ---
        """);

    whenRead();

    thenProblemsAre(
        "incidents/x.md:4:8: the initial `state` cannot be resolved; set `resolved` to when the"
            + " incident ended",
        "incidents/x.md:6:1: `postmortem` is true but the file has no body; write the postmortem"
            + " after the front matter",
        "incidents/x.md:6:1: a postmortem needs a resolved incident; set `resolved` or remove"
            + " `postmortem`");
  }

  @Test
  void anInvalidFileNameIsAProblemOfTheWholeFile() throws IOException {
    givenFile(
        "API Outage.md",
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: 2026-11-02T14:05:00Z
        ---
        """);

    whenRead();

    thenProblemsAre(
        "incidents/API Outage.md: invalid file name `API Outage.md`: the id before `.md` must use"
            + " lowercase letters, digits and dashes, starting with a letter or digit");
    thenNothingWasRead();
  }

  @Test
  void maintenanceWindowProblems() throws IOException {
    givenFile(
        "backwards.md",
        """
        ---
        title: Upgrade
        components: { api: under_maintenance }
        started: 2026-11-29T02:00:00Z
        maintenance:
          start: 2026-11-29T04:00:00Z
          end: 2026-11-29T02:00:00Z
          completed: 2026-11-29T01:00:00Z
        updates:
          - { at: 2026-11-20T10:00:00Z, state: identified }
        ---
        """);
    givenFile(
        "late.md",
        """
        ---
        title: Upgrade
        components: [api, api, cdn]
        maintenance: { start: 2026-11-10T02:00Z, end: 2026-11-10T03:00Z, completed: 2026-11-10T03:30Z }
        updates:
          - { at: 2026-11-22T10:00:00Z, body: From the future. }
        ---
        """);
    givenFile(
        "unfinished.md",
        """
        ---
        title: Upgrade
        maintenance: { begin: 2026-11-29T02:00:00Z }
        ---
        """);

    whenRead();

    thenProblemsAre(
        "incidents/backwards.md:3:13: expected a list of component ids for `components`, found a"
            + " map",
        "incidents/backwards.md:4:1: `started` is for incidents, not maintenance; a maintenance"
            + " window has `maintenance: { start, end, completed }`",
        "incidents/backwards.md:7:8: maintenance `end` 2026-11-29T02:00:00Z is not after `start`"
            + " 2026-11-29T04:00:00Z",
        "incidents/backwards.md:8:14: `completed` 2026-11-29T01:00:00Z is before `start`"
            + " 2026-11-29T04:00:00Z",
        "incidents/backwards.md:10:33: unknown key `state`; valid keys here: `at`, `body`",
        "incidents/late.md:3:19: component `api` is listed twice",
        "incidents/late.md:3:24: unknown component `cdn`; use one of `api`, `dashboard`, `web`, or"
            + " add it to outpost.yml",
        "incidents/late.md:4:77: `completed` 2026-11-10T03:30:00Z is after `end`"
            + " 2026-11-10T03:00:00Z; if the work ran late, set `end` to when it ended",
        "incidents/late.md:6:11: update at 2026-11-22T10:00:00Z is after the build time"
            + " 2026-11-21T08:00:00Z",
        "incidents/unfinished.md:3:14: missing required key `end`",
        "incidents/unfinished.md:3:14: missing required key `start`",
        "incidents/unfinished.md:3:16: unknown key `begin`; valid keys here: `start`, `end`,"
            + " `completed`, `reminder`");
    thenNothingWasRead();
  }

  @Test
  void everyProblemInEveryFileIsReportedAndGoodFilesAreStillRead() throws IOException {
    givenFile(
        "a-good.md",
        """
        ---
        title: Outage
        components: { api: major_outage }
        started: 2026-11-02T14:05:00Z
        resolved: 2026-11-02T15:00:00Z
        ---
        """);
    givenFile(
        "b-bad.md",
        """
        ---
        titel: Outage
        components: { api: major_outage, wbe: degraded_performance }
        started: 2026-11-02T14:05:00Z
        updates:
          - { at: 2026-11-02T14:00:00Z, state: monitoring, body: Early. }
        ---
        """);
    givenFile("c-broken.md", "---\ntitle: [\n---\n");
    givenFile(
        "d-window.md",
        """
        ---
        title: Upgrade
        components: [web]
        maintenance: { start: 2026-11-29T02:00:00Z, end: 2026-11-29T02:00:00Z }
        ---
        """);

    whenRead();

    thenProblemsAre(
        "incidents/b-bad.md:2:1: unknown key `titel`; did you mean `title`?",
        "incidents/b-bad.md:3:34: unknown component `wbe`; did you mean `web`?",
        "incidents/b-bad.md:6:11: update at 2026-11-02T14:00:00Z is outside the incident; it"
            + " started at 2026-11-02T14:05:00Z",
        "incidents/c-broken.md:2:9: invalid YAML: expected a value, but found the end of the"
            + " YAML",
        "incidents/d-window.md:4:50: maintenance `end` 2026-11-29T02:00:00Z is not after `start`"
            + " 2026-11-29T02:00:00Z");
    assertEquals(List.of("a-good"), contents.incidents().stream().map(Incident::id).toList());
    assertEquals(List.of(), contents.maintenance());
  }
}
