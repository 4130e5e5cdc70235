package dev.outpost.source.github;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.config.GitHubSettings;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Incident;
import dev.outpost.model.IncidentState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every trust rule: who makes an issue count, whose words reach the page. */
class TrustTest extends GitHubTestBase {
  private static final String VOUCHED = "2026-11-20T10:15:00Z";

  @Test
  void ownersMembersCollaboratorsTheBotAndListedUsersOpenIncidents() {
    givenIssues(
        Issue.outage(1).by("alice", "OWNER"),
        Issue.outage(2).by("bob", "MEMBER"),
        Issue.outage(3).by("dave", "COLLABORATOR"),
        Issue.outage(4).by("github-actions[bot]", "NONE"),
        Issue.outage(5).by("Carol", "CONTRIBUTOR"),
        Issue.outage(6).by("erin", "CONTRIBUTOR"),
        Issue.outage(7).by("frank", "FIRST_TIME_CONTRIBUTOR"),
        Issue.outage(8).by("gina", "NONE"));

    whenRead();

    thenIds("gh-1", "gh-2", "gh-3", "gh-4", "gh-5");
  }

  @Test
  void theActionsBotIsTheBotGraphQlNamesGithubActionsNotAUserOfThatName() {
    // GraphQL reports the workflow's bot as a Bot with the login `github-actions`; REST and the
    // web pages call it `github-actions[bot]`. A User could never have the second login.
    givenIssues(
        Issue.outage(1).by("github-actions[bot]", "NONE"),
        Issue.outage(2).by("github-actions", "NONE"));

    whenRead();

    thenIds("gh-1");
  }

  @Test
  void aBotOrAppLabellingAStrangersReportDoesNotVouchForIt() {
    // An auto-labelling workflow or app that reacts to a stranger's title would publish it.
    givenIssues(
        Issue.bare(30).by("mallory", "NONE").labelled("outage", "github-actions[bot]", VOUCHED),
        Issue.bare(31).by("mallory", "NONE").labelled("outage", "issue-labeler[bot]", VOUCHED),
        Issue.bare(32).by("mallory", "NONE").labelled("outage", "bob", VOUCHED));

    whenRead();

    thenIds("gh-32");
  }

  @Test
  void aBotVouchesOnlyWhenListedUnderTrustedUsersWithItsBotSuffix() {
    givenIssues(
        Issue.bare(33).by("mallory", "NONE").labelled("outage", "triage-app[bot]", VOUCHED),
        Issue.bare(34).by("mallory", "NONE").labelled("outage", "other-app[bot]", VOUCHED));

    whenRead(trusting("carol", "triage-app[bot]", "other-app"));

    thenIds("gh-33");
  }

  @Test
  void aDeletedAuthorsReportLabelledByGhostDoesNotCount() {
    // GitHub shows a deleted account as `ghost`: the label may well have been the author's own.
    givenIssues(
        Issue.bare(35).by(null, "NONE").labelled("outage", "ghost", VOUCHED),
        Issue.bare(36).by("mallory", "NONE").labelled("outage", "ghost", VOUCHED),
        Issue.bare(37).by(null, "NONE").labelled("outage", "bob", VOUCHED));

    whenRead(trusting("ghost"));

    thenIds("gh-37");
  }

  @Test
  void anEditOrRenameInTheSecondOfTheVouchingLabelCountsAsAfterIt() {
    // GitHub's times have one-second resolution: within the same second, order is unknown.
    givenIssues(
        Issue.bare(38)
            .by("mallory", "NONE")
            .title("Login fails")
            .body("Pwned! Visit https://evil.example")
            .labelled("outage", "bob", VOUCHED)
            .edited(VOUCHED, "mallory")
            .renamed(VOUCHED, "mallory", "Login fails", "Send BTC to fix"),
        Issue.bare(39)
            .by("mallory", "NONE")
            .title("Send BTC to fix")
            .body("Written a second before.")
            .edited("2026-11-20T10:14:59Z", "mallory")
            .renamed("2026-11-20T10:14:59Z", "mallory", "Login fails", "Send BTC to fix")
            .labelled("outage", "bob", VOUCHED));

    whenRead();

    assertEquals(IssueMapper.NEUTRAL_BODY, incident(38).body());
    assertEquals("Login fails", incident(38).title());
    assertEquals("Written a second before.", incident(39).body());
    assertEquals("Send BTC to fix", incident(39).title());
  }

  private static SiteConfig trusting(String... logins) {
    return new SiteConfig(
        CONFIG.site(),
        CONFIG.groups(),
        CONFIG.components(),
        CONFIG.uptime(),
        new GitHubSettings(null, GitHubSettings.Labels.DEFAULT, List.of(logins)));
  }

  @Test
  void aStrangersIssueFromAPublicFormThatAutoAppliesOutageIsSkipped() {
    givenIssues(
        Issue.outage(10)
            .by("mallory", "NONE")
            .title("EVERYTHING IS DOWN, visit evil.example")
            .body("### Affected components\n\nnot-a-component\n\n### Start\n\nyesterday"));

    whenRead();

    thenIds();
    thenProblems();
    assertEquals(List.of(), warnings, "a skipped issue is not even read");
  }

  @Test
  void aStrangersReportCountsOnceATrustedPersonAppliesTheLabel() {
    givenIssues(
        Issue.bare(11)
            .by("mallory", "NONE")
            .title("Login fails")
            .body("I cannot log in since 10:00.")
            .labelled("outage", "bob", VOUCHED));

    whenRead();

    Incident incident = incident(11);
    assertEquals("Login fails", incident.title());
    assertEquals("I cannot log in since 10:00.", incident.body());
  }

  @Test
  void removingAndReapplyingTheFormsLabelVouchesForTheReport() {
    givenIssues(
        Issue.outage(12)
            .by("mallory", "NONE")
            .unlabelled("outage", "bob", "2026-11-20T10:10:00Z")
            .labelled("outage", "bob", VOUCHED));

    whenRead();

    thenIds("gh-12");
  }

  @Test
  void theLatestLabelEventDecides() {
    // A maintainer's label was taken off again; the last one applied is the author's own.
    givenIssues(
        Issue.bare(13)
            .by("mallory", "NONE")
            .labelled("outage", "bob", "2026-11-20T09:00:00Z")
            .unlabelled("outage", "bob", "2026-11-20T09:30:00Z")
            .labelled("outage", "mallory", "2026-11-20T10:00:00Z"));

    whenRead();

    thenIds();
  }

  @Test
  void aStrangerEditingAReportAfterAMaintainerLabelledItHidesTheBody() {
    givenIssues(
        Issue.bare(14)
            .by("mallory", "NONE")
            .title("Login fails")
            .body("Pwned! Visit https://evil.example")
            .labelled("outage", "bob", VOUCHED)
            .edited("2026-11-20T10:30:00Z", "mallory"));

    whenRead();

    assertEquals(IssueMapper.NEUTRAL_BODY, incident(14).body());
    assertEquals("Login fails", incident(14).title());
  }

  @Test
  void anEditBeforeVouchingOrByATrustedPersonAfterwardsKeepsTheBody() {
    givenIssues(
        Issue.bare(15)
            .by("mallory", "NONE")
            .body("Seen before vouching.")
            .edited("2026-11-20T10:05:00Z", "mallory")
            .labelled("outage", "bob", VOUCHED),
        Issue.bare(16)
            .by("mallory", "NONE")
            .body("Cleaned up by carol.")
            .labelled("outage", "bob", VOUCHED)
            .edited("2026-11-20T10:30:00Z", "carol"));

    whenRead();

    assertEquals("Seen before vouching.", incident(15).body());
    assertEquals("Cleaned up by carol.", incident(16).body());
  }

  @Test
  void aStrangerRenamingAReportAfterVouchingKeepsTheTitleAsVouched() {
    givenIssues(
        Issue.bare(17)
            .by("mallory", "NONE")
            .title("Login fails")
            .labelled("outage", "bob", VOUCHED)
            .renamed("2026-11-20T10:20:00Z", "mallory", "Login fails", "Send BTC to fix")
            .renamed("2026-11-20T10:21:00Z", "mallory", "Send BTC to fix", "Still pwned"),
        Issue.bare(18)
            .by("mallory", "NONE")
            .title("Login fails")
            .labelled("outage", "bob", VOUCHED)
            .renamed("2026-11-20T10:20:00Z", "mallory", "Login fails", "junk")
            .renamed("2026-11-20T10:25:00Z", "carol", "junk", "Login fails for EU users"));

    whenRead();

    assertEquals("Login fails", incident(17).title());
    assertEquals("Login fails for EU users", incident(18).title());
  }

  @Test
  void aVouchedReportsFormFieldsAreIgnoredWithAWarningWhenWrongAndHiddenWhenEdited() {
    givenIssues(
        Issue.bare(19)
            .by("mallory", "NONE")
            .body("### Affected components\n\nkitchen\n\n### Start\n\nthis morning")
            .labelled("outage", "bob", VOUCHED),
        Issue.bare(20)
            .by("mallory", "NONE")
            .body("### Affected components\n\napi\n\n### Start\n\n2026-11-20 09:00")
            .labelled("outage", "bob", VOUCHED)
            .edited("2026-11-20T11:00:00Z", "mallory"));

    whenRead();

    thenProblems();
    assertEquals(
        List.of(
            "https://github.com/acme/status/issues/19: ignored: `### Start`: cannot read time"
                + " `this morning`: write it as 2026-11-02T14:05:00Z, or without an offset in the"
                + " site's time zone (UTC)",
            "https://github.com/acme/status/issues/19: ignored: `### Affected components` names"
                + " unknown component `kitchen`"),
        warnings);
    assertEquals(at(Issue.CREATED), incident(19).started());
    assertEquals(at(Issue.CREATED), incident(20).started(), "the edited form is not read");
    assertEquals(java.util.Map.of(), incident(20).updates().get(0).components());
  }

  @Test
  void aStrangersCommentOnARealOutageIsIgnored() {
    givenIssues(
        Issue.outage(21)
            .comment(
                "mallory",
                "NONE",
                "2026-11-20T10:10:00Z",
                "/state monitoring\nAll fixed, go to evil.example")
            .comment("erin", "CONTRIBUTOR", "2026-11-20T10:11:00Z", "Same here")
            .comment("bob", "MEMBER", "2026-11-20T10:20:00Z", "We are on it."));

    whenRead();

    assertEquals(2, incident(21).updates().size());
    assertEquals("We are on it.", incident(21).updates().get(1).body());
    assertEquals(IncidentState.INVESTIGATING, incident(21).updates().get(1).state());
  }

  @Test
  void aTrustedCommentEditedByAnUntrustedEditorIsIgnored() {
    givenIssues(
        Issue.outage(22)
            .editedComment(
                "bob",
                "MEMBER",
                "2026-11-20T10:10:00Z",
                "Evil text",
                "2026-11-20T10:30:00Z",
                "mallory")
            .editedComment(
                "bob",
                "MEMBER",
                "2026-11-20T10:20:00Z",
                "Fixed typo",
                "2026-11-20T10:31:00Z",
                "bob")
            .editedComment(
                "bob",
                "MEMBER",
                "2026-11-20T10:25:00Z",
                "Edited by alice",
                "2026-11-20T10:32:00Z",
                "alice"));

    whenRead();

    assertEquals(
        List.of("", "Fixed typo", "Edited by alice"),
        incident(22).updates().stream().map(u -> u.body()).toList());
  }

  @Test
  void aStrangerClosingTheirVouchedReportDoesNotResolveOrEraseIt() {
    givenIssues(
        Issue.bare(23)
            .by("mallory", "NONE")
            .labelled("outage", "bob", VOUCHED)
            .closed("2026-11-20T10:30:00Z", "NOT_PLANNED", "mallory"),
        Issue.bare(24)
            .by("mallory", "NONE")
            .labelled("outage", "bob", VOUCHED)
            .closed("2026-11-20T10:30:00Z", "COMPLETED", "bob"));

    whenRead();

    assertEquals(Optional.empty(), incident(23).resolved());
    assertEquals(Optional.of(at("2026-11-20T10:30:00Z")), incident(24).resolved());
  }

  @Test
  void aVouchOlderThanTheLast100EventsIsReadBack() {
    Issue issue = Issue.bare(28).by("mallory", "NONE").labelled("outage", "alice", Issue.CREATED);
    Instant at = Instant.parse(Issue.CREATED);
    for (int i = 1; i <= 150; i++) {
      String time = at.plusSeconds(60L * i).toString();
      issue.labelled("triage", "bob", time).unlabelled("triage", "bob", time);
    }
    givenIssues(issue, Issue.outage(29));

    whenRead();

    thenIds("gh-28", "gh-29");
    thenRequests(1 + 3); // the issues with the last 100 of 301 events, then 201 in three pages
  }

  @Test
  void aTrustedAuthorsIssueNeedsNoOlderEvents() {
    Issue issue = Issue.outage(30);
    for (int i = 1; i <= 150; i++) {
      issue.labelled("triage", "bob", "2026-11-20T10:30:00Z");
    }
    givenIssues(issue);

    whenRead();

    thenIds("gh-30");
    thenRequests(1);
  }

  @Test
  void aVouchOlderThanTheEventsReadDoesNotCount() {
    givenIssues(Issue.bare(25).by("mallory", "NONE").labels("outage").eventsCut());

    whenRead();

    thenIds();
  }

  @Test
  void aTrustedAuthorsIssueBodyEditedByAnUnknownLoginIsHidden() {
    givenIssues(
        Issue.outage(26).body("Original").edited("2026-11-20T10:30:00Z", "mallory"),
        Issue.outage(27).body("Fine").edited("2026-11-20T10:30:00Z", "alice"));

    whenRead();

    assertEquals(IssueMapper.NEUTRAL_BODY, incident(26).body());
    assertEquals("Fine", incident(27).body());
  }

  @Test
  void aStrangersJunkNeverBreaksTheBuildEvenWithBothLabels() {
    givenIssues(
        Issue.outage(28)
            .by("mallory", "NONE")
            .labelled("maintenance", "mallory", Issue.CREATED)
            .labels("component:nope")
            .comment("mallory", "NONE", "2026-11-20T10:10:00Z", "/explode"));

    whenRead();

    thenIds();
    thenProblems();
  }
}
