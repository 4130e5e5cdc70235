package dev.outpost.source.github;

import static dev.outpost.model.ComponentStatus.DEGRADED_PERFORMANCE;
import static dev.outpost.model.ComponentStatus.MAJOR_OUTAGE;
import static dev.outpost.model.ComponentStatus.OPERATIONAL;
import static dev.outpost.model.ComponentStatus.PARTIAL_OUTAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.config.GitHubSettings;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Incident;
import dev.outpost.model.IncidentState;
import dev.outpost.model.IncidentUpdate;
import dev.outpost.model.Maintenance;
import dev.outpost.model.MaintenanceUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every mapping rule: labels, issue forms, comment commands, closing, reopening. */
class IssueMappingTest extends GitHubTestBase {
  @Test
  void anOutageIssueIsAnIncidentWithAStableIdAndALink() {
    givenIssues(Issue.outage(12).title("API down").body("Requests fail with 502."));

    whenRead();

    Incident incident = incident(12);
    assertEquals("API down", incident.title());
    assertEquals("Requests fail with 502.", incident.body());
    assertEquals("https://github.com/acme/status/issues/12", incident.origin().url());
    assertEquals(at(Issue.CREATED), incident.started());
    assertEquals(Optional.empty(), incident.resolved());
    assertEquals(IncidentState.INVESTIGATING, incident.state(at("2026-11-21T00:00:00Z")));
    thenProblems();
    thenRequests(1);
  }

  @Test
  void componentAndSeverityLabelsGiveTheStatuses() {
    givenIssues(
        Issue.outage(1).labels("component:api", "component:web", "partial-outage"),
        Issue.outage(2).labels("component:db", "degraded"),
        Issue.outage(3).labels("component:db", "degraded", "major-outage"),
        Issue.outage(4).labels("component:api"));

    whenRead();

    assertEquals(
        Map.of("api", PARTIAL_OUTAGE, "web", PARTIAL_OUTAGE),
        incident(1).updates().get(0).components());
    assertEquals(Map.of("db", DEGRADED_PERFORMANCE), incident(2).updates().get(0).components());
    assertEquals(Map.of("db", MAJOR_OUTAGE), incident(3).updates().get(0).components());
    assertEquals(Map.of("api", MAJOR_OUTAGE), incident(4).updates().get(0).components());
  }

  @Test
  void stateLabelsMoveTheIncidentOnWhenTheyWereApplied() {
    givenIssues(
        Issue.outage(5)
            .labelled("identified", "bob", "2026-11-20T10:20:00Z")
            .labelled("monitoring", "bob", "2026-11-20T10:40:00Z"));

    whenRead();

    List<IncidentUpdate> updates = incident(5).updates();
    assertEquals(3, updates.size());
    assertEquals(IncidentState.IDENTIFIED, updates.get(1).state());
    assertEquals(at("2026-11-20T10:20:00Z"), updates.get(1).at());
    assertEquals(IncidentState.MONITORING, updates.get(2).state());
  }

  @Test
  void everyLabelNameIsConfigurable() {
    SiteConfig config =
        new SiteConfig(
            CONFIG.site(),
            List.of(),
            CONFIG.components(),
            CONFIG.uptime(),
            new GitHubSettings(
                null,
                new GitHubSettings.Labels(
                    "incident",
                    "planned",
                    "svc/",
                    "sev1",
                    "sev2",
                    "sev3",
                    "cause-found",
                    "watching",
                    "notice"),
                List.of()));
    givenIssues(
        Issue.bare(7)
            .labelled("incident", "alice", Issue.CREATED)
            .labels("svc/api", "sev2")
            .labelled("watching", "alice", "2026-11-20T11:00:00Z"),
        Issue.bare(8)
            .labelled("planned", "alice", Issue.CREATED)
            .body("### Start\n\n2026-11-25 02:00\n\n### End\n\n2026-11-25T04:00Z\n"));

    whenRead(config);

    assertEquals(Map.of("api", PARTIAL_OUTAGE), incident(7).updates().get(0).components());
    assertEquals(IncidentState.MONITORING, incident(7).updates().get(1).state());
    assertEquals(at("2026-11-25T02:00:00Z"), maintenance(8).start());
    thenProblems();
  }

  @Test
  void issueFormSectionsAreReadAsFieldsAndNoResponseIsEmpty() {
    givenIssues(
        Issue.outage(9)
            .body(
                """
                ### Affected components

                API, Website

                ### Impact

                Partial outage

                ### Start

                2026-11-20 09:45

                ### Workaround

                Retry with `--slow`.

                ### Anything else?

                _No response_
                """));

    whenRead();

    Incident incident = incident(9);
    assertEquals(at("2026-11-20T09:45:00Z"), incident.started());
    assertEquals(
        Map.of("api", PARTIAL_OUTAGE, "web", PARTIAL_OUTAGE),
        incident.updates().get(0).components());
    assertEquals("### Workaround\n\nRetry with `--slow`.", incident.body());
  }

  @Test
  void aFormListOfCheckboxesCountsTheTickedOnes() {
    givenIssues(
        Issue.outage(10)
            .body(
                "### Affected components\n\n- [x] api\n- [ ] web\n- [X] Database\n\n### Impact\n\nThe checkout page is slow\n"));

    whenRead();

    assertEquals(
        Map.of("api", MAJOR_OUTAGE, "db", MAJOR_OUTAGE),
        incident(10).updates().get(0).components());
    assertEquals("### Impact\n\nThe checkout page is slow", incident(10).body());
  }

  @Test
  void anyOtherBodyIsPlainMarkdown() {
    givenIssues(Issue.outage(11).body("The **API** is down.\n\n### Not a form\n\nReally."));

    whenRead();

    assertEquals("The **API** is down.\n\n### Not a form\n\nReally.", incident(11).body());
  }

  @Test
  void outpostsCommentWithTheLinkToThePageIsNotAnUpdate() {
    givenIssues(
        Issue.outage(14)
            .comment(
                "github-actions[bot]",
                "NONE",
                "2026-11-20T10:05:00Z",
                GitHubIssues.STATUS_PAGE_LINK_MARKER
                    + "\nThis outage is on the status page:"
                    + " https://acme.github.io/status/incidents/issue-14/\n\nUpdates that"
                    + " maintainers post here appear there too.")
            .comment("bob", "MEMBER", "2026-11-20T10:10:00Z", "Looking into it."));

    whenRead();

    List<IncidentUpdate> updates = incident(14).updates();
    assertEquals(2, updates.size(), updates.toString());
    assertEquals("Looking into it.", updates.get(1).body());
    thenProblems();
  }

  @Test
  void trustedCommentsAreUpdatesAndLeadingCommandsChangeStateAndComponents() {
    givenIssues(
        Issue.outage(13)
            .labels("component:api", "component:web")
            .comment("bob", "MEMBER", "2026-11-20T10:10:00Z", "Looking into it.")
            .comment(
                "alice",
                "OWNER",
                "2026-11-20T10:30:00Z",
                "/state identified\n/component web=operational\nA bad deploy; rolling back.")
            .comment(
                "carol",
                "NONE",
                "2026-11-20T10:50:00Z",
                "/state monitoring\n/component api=degraded-performance")
            .comment("github-actions[bot]", "NONE", "2026-11-20T11:00:00Z", "Checks are green."));

    whenRead();

    List<IncidentUpdate> updates = incident(13).updates();
    assertEquals(5, updates.size());
    assertEquals(
        new IncidentUpdate(
            at("2026-11-20T10:10:00Z"), IncidentState.INVESTIGATING, Map.of(), "Looking into it."),
        updates.get(1));
    assertEquals(
        new IncidentUpdate(
            at("2026-11-20T10:30:00Z"),
            IncidentState.IDENTIFIED,
            Map.of("web", OPERATIONAL),
            "A bad deploy; rolling back."),
        updates.get(2));
    assertEquals(
        new IncidentUpdate(
            at("2026-11-20T10:50:00Z"),
            IncidentState.MONITORING,
            Map.of("api", DEGRADED_PERFORMANCE),
            ""),
        updates.get(3));
    assertEquals(IncidentState.MONITORING, updates.get(4).state());
    thenProblems();
  }

  @Test
  void aTrustedCommentWithABadCommandIsAProblemNamingTheIssue() {
    givenIssues(
        Issue.outage(14)
            .comment(
                "bob",
                "MEMBER",
                "2026-11-20T10:10:00Z",
                "/state fixed\n/component apii=operational\n/restart\nText"));

    whenRead();

    thenProblems(
        "https://github.com/acme/status/issues/14: comment of 2026-11-20T10:10:00Z: `/component apii=operational`: unknown component `apii`",
        "https://github.com/acme/status/issues/14: comment of 2026-11-20T10:10:00Z: `/restart`: unknown command; use `/state STATE`, `/component ID=STATUS`, `/resolve`, `/confirm` or `/dismiss`, or start the line with something other than `/`",
        "https://github.com/acme/status/issues/14: comment of 2026-11-20T10:10:00Z: `/state fixed`: unknown state; use investigating, identified or monitoring (`/resolve` or close the issue to resolve)");
  }

  @Test
  void aTrustedIssueNamingAnUnknownComponentOrAnUnreadableStartIsAProblem() {
    givenIssues(
        Issue.outage(15).labels("component:cache"),
        Issue.outage(16).body("### Start\n\nthis morning\n"));

    whenRead();

    thenProblems(
        "https://github.com/acme/status/issues/15: label `component:cache` names unknown component `cache`",
        "https://github.com/acme/status/issues/16: `### Start`: cannot read time `this morning`: write it as 2026-11-02T14:05:00Z, or without an offset in the site's time zone (UTC)");
  }

  @Test
  void closingResolvesAtClosedAt() {
    givenIssues(
        Issue.outage(17)
            .comment("bob", "MEMBER", "2026-11-20T10:10:00Z", "Fixed.")
            .closed("2026-11-20T11:00:00Z", "COMPLETED", "bob")
            .comment("bob", "MEMBER", "2026-11-20T12:00:00Z", "Postmortem to follow."));

    whenRead();

    Incident incident = incident(17);
    assertEquals(Optional.of(at("2026-11-20T11:00:00Z")), incident.resolved());
    assertEquals(3, incident.updates().size(), "a comment after closing is not an update");
  }

  @Test
  void closingAsNotPlannedIsAFalseAlarmAndLeavesThePage() {
    givenIssues(
        Issue.outage(18).closed("2026-11-20T10:05:00Z", "NOT_PLANNED", "alice"),
        Issue.outage(19).closed("2026-11-20T10:05:00Z", "DUPLICATE", "alice"),
        Issue.outage(20));

    whenRead();

    thenIds("gh-20");
  }

  @Test
  void reopeningMakesItOngoingAgain() {
    givenIssues(
        Issue.outage(21)
            .closed("2026-11-20T11:00:00Z", "COMPLETED", "bob")
            .reopened("2026-11-20T11:30:00Z", "bob")
            .comment("bob", "MEMBER", "2026-11-20T11:31:00Z", "It is back."));

    whenRead();

    assertEquals(Optional.empty(), incident(21).resolved());
    assertEquals("It is back.", incident(21).updates().get(1).body());
  }

  @Test
  void aDeletedOrTransferredIssueIsGoneAtTheNextBuild() {
    givenIssues(Issue.outage(22), Issue.outage(23));
    whenRead();
    thenIds("gh-22", "gh-23");

    github.server().resetAll();
    givenIssues(Issue.outage(23));
    whenRead();

    thenIds("gh-23");
  }

  @Test
  void aMaintenanceIssueIsAWindowFromItsForm() {
    givenIssues(
        Issue.bare(30)
            .labelled("maintenance", "alice", Issue.CREATED)
            .labels("component:db")
            .body(
                "### Start\n\n2026-11-25T02:00:00Z\n\n### End\n\n2026-11-25T04:00:00Z\n\n### Details\n\nFailover test.")
            .comment("bob", "MEMBER", "2026-11-20T12:00:00Z", "Moved by a day.")
            .comment("mallory", "NONE", "2026-11-20T12:30:00Z", "Cancelled!"));

    whenRead();

    Maintenance window = maintenance(30);
    assertEquals(at("2026-11-25T02:00:00Z"), window.start());
    assertEquals(at("2026-11-25T04:00:00Z"), window.end());
    assertEquals(List.of("db"), window.components());
    assertEquals("### Details\n\nFailover test.", window.body());
    assertEquals(
        List.of(new MaintenanceUpdate(at("2026-11-20T12:00:00Z"), "Moved by a day.")),
        window.updates());
  }

  @Test
  void aMaintenanceIssueClosedEarlyIsCompletedThenAndOneWithoutTimesIsAProblem() {
    givenIssues(
        Issue.bare(31)
            .labelled("maintenance", "alice", Issue.CREATED)
            .body("### Start\n\n2026-11-20T12:00Z\n\n### End\n\n2026-11-20T14:00Z")
            .closed("2026-11-20T13:00:00Z", "COMPLETED", "alice"),
        Issue.bare(32).labelled("maintenance", "alice", Issue.CREATED).body("Soon."),
        Issue.bare(33)
            .labelled("maintenance", "alice", Issue.CREATED)
            .body("### Start\n\nSunday\n\n### End\n\n2026-11-20T14:00Z"));

    whenRead();

    assertEquals(at("2026-11-20T13:00:00Z"), maintenance(31).completed());
    thenProblems(
        "https://github.com/acme/status/issues/32: a maintenance issue needs `### Start` and `### End` times in its body",
        "https://github.com/acme/status/issues/33: `### Start`: cannot read time `Sunday`: write it as 2026-11-02T14:05:00Z, or without an offset in the site's time zone (UTC)");
  }

  @Test
  void issuesAreReadOldestFirstAndAnIssueWithoutTheLabelsIsNotAsked() {
    givenIssues(Issue.outage(40), Issue.outage(41));

    whenRead();

    String body = github.logged().get(0).getBodyAsString();
    assertTrue(
        body.contains("\"labels\":[\"outage\",\"maintenance\",\"suspected\",\"notice\"]"), body);
    assertTrue(body.contains("orderBy: { field: CREATED_AT, direction: ASC }"), body);
    assertEquals(
        List.of(Instant.parse(Issue.CREATED), Instant.parse(Issue.CREATED)),
        contents.incidents().stream().map(Incident::started).toList());
  }
}
