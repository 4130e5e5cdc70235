package dev.outpost.source.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.config.GitHubSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trust rules one at a time, on issues as the reader hands them over ({@link RawIssue}), at the
 * edges the scenarios in {@link TrustTest} do not reach: deleted accounts ({@code null} logins),
 * logins learnt from elsewhere in the read, letter case, and bots.
 */
class TrustRulesTest {
  private static final Instant OPENED = Instant.parse("2026-11-20T10:00:00Z");
  private static final Instant VOUCHED = Instant.parse("2026-11-20T10:15:00Z");
  private static final Instant LATER = Instant.parse("2026-11-20T10:30:00Z");
  private static final GitHubSettings SETTINGS =
      new GitHubSettings(null, GitHubSettings.Labels.DEFAULT, List.of("Carol", "triage[bot]"));

  private static RawIssue.Comment comment(
      String author, String association, Instant editedAt, String editor, RawIssue.History h) {
    return new RawIssue.Comment(author, association, "Now", OPENED, editedAt, editor, "IC_1", h);
  }

  private static RawIssue.History revisions(int total, RawIssue.Revision... revisions) {
    return new RawIssue.History(total, List.of(revisions));
  }

  @Test
  void aTrustedCommentShowsItsBodyUnlessAStrangerEditedItLast() {
    Trust trust = Trust.of(SETTINGS, List.of());

    assertEquals("Now", trust.commentBody(comment("bob", "MEMBER", null, null, null)));
    assertEquals("Now", trust.commentBody(comment("bob", "MEMBER", LATER, "BOB", null)));
    assertEquals("Now", trust.commentBody(comment("bob", "MEMBER", LATER, "carol", null)));
    assertEquals(null, trust.commentBody(comment("bob", "MEMBER", LATER, "mallory", null)));
    assertEquals(null, trust.commentBody(comment(null, "MEMBER", LATER, null, null)));
  }

  @Test
  void aCommentAStrangerEditedShowsTheNewestRevisionItsAuthorOrATrustedLoginSaved() {
    Trust trust = Trust.of(SETTINGS, List.of());
    RawIssue.Revision bob = new RawIssue.Revision(OPENED, "bob", "By bob", false);
    RawIssue.Revision carol = new RawIssue.Revision(VOUCHED, "carol", "By carol", false);
    RawIssue.Revision mallory = new RawIssue.Revision(LATER, "mallory", "Now", false);

    assertEquals(
        "By carol",
        trust.commentBody(
            comment("bob", "MEMBER", LATER, "mallory", revisions(3, mallory, carol, bob))));
    assertEquals(
        "By bob",
        trust.commentBody(comment("bob", "MEMBER", LATER, "mallory", revisions(2, bob, mallory))));
    assertEquals(
        null,
        trust.commentBody(comment("bob", "MEMBER", LATER, "mallory", revisions(1, mallory))),
        "no revision a trusted person saved");
    assertEquals(
        null,
        trust.commentBody(comment("bob", "MEMBER", LATER, "mallory", revisions(3, bob, mallory))),
        "a revision not read");
    assertEquals(
        null,
        trust.commentBody(
            comment(
                "bob",
                "MEMBER",
                LATER,
                "mallory",
                revisions(2, new RawIssue.Revision(OPENED, "bob", "Deleted", true), mallory))),
        "the revision to show was deleted");
  }

  @Test
  void onlyATrustedCommentAStrangerEditedLastNeedsItsHistory() {
    Trust trust = Trust.of(SETTINGS, List.of());

    assertTrue(trust.needsHistory(comment("bob", "MEMBER", LATER, "mallory", null)));
    assertFalse(
        trust.needsHistory(comment("bob", "MEMBER", LATER, "mallory", revisions(0))),
        "already read");
    assertFalse(trust.needsHistory(comment("erin", "CONTRIBUTOR", LATER, "mallory", null)));
    assertFalse(trust.needsHistory(comment("bob", "MEMBER", LATER, "bob", null)));
    assertFalse(trust.needsHistory(comment("bob", "MEMBER", null, null, null)));
  }

  @Test
  void ownersMembersAndCollaboratorsAreTrustedByAssociationWhateverTheirLogin() {
    Trust trust = Trust.of(SETTINGS, List.of());

    assertTrue(trust.person("alice", "OWNER"));
    assertTrue(trust.person("bob", "MEMBER"));
    assertTrue(trust.person("dave", "COLLABORATOR"));
    assertTrue(trust.person(null, "MEMBER"), "a deleted member's words stay trusted");
    assertFalse(trust.person("erin", "CONTRIBUTOR"));
    assertFalse(trust.person("mallory", "NONE"));
    assertFalse(trust.person(null, "NONE"));
  }

  @Test
  void aLoginIsTrustedWhenListedInAnyCaseOrTheActionsBot() {
    Trust trust = Trust.of(SETTINGS, List.of());

    assertTrue(trust.login("carol"));
    assertTrue(trust.login("CAROL"));
    assertTrue(trust.login("GitHub-Actions[bot]"));
    assertFalse(trust.login("github-actions"), "a user may have the bot's login without [bot]");
    assertFalse(trust.login("mallory"));
    assertFalse(trust.login(null));
  }

  @Test
  void aLoginIsLearntFromATrustedIssueOrCommentAnywhereInTheRead() {
    RawIssue byMember = issue("Bob", "MEMBER").build();
    RawIssue commented =
        issue("mallory", "NONE")
            .comment("Dave", "COLLABORATOR")
            .comment("erin", "CONTRIBUTOR")
            .build();

    Trust trust = Trust.of(SETTINGS, List.of(byMember, commented));

    assertTrue(trust.login("bob"), "learnt from an issue, whatever the case");
    assertTrue(trust.login("DAVE"), "learnt from a comment, whatever the case");
    assertFalse(trust.login("mallory"));
    assertFalse(trust.login("erin"));
  }

  @Test
  void aDeletedAccountWithATrustedAssociationTeachesNoLoginAndBreaksNothing() {
    RawIssue issue = issue(null, "MEMBER").comment(null, "OWNER").build();

    Trust trust = Trust.of(SETTINGS, List.of(issue));

    assertTrue(trust.verdict(issue, "outage").counts());
    assertFalse(trust.login(null));
  }

  @Test
  void closingCountsForAnyoneButAnUntrustedAuthorAndNeverForADeletedAccount() {
    RawIssue strangers = issue("mallory", "NONE").build();
    RawIssue members = issue("bob", "MEMBER").build();
    Trust trust = Trust.of(SETTINGS, List.of(strangers, members));

    assertFalse(trust.triager("mallory", strangers));
    assertFalse(trust.triager("MALLORY", strangers), "the author, whatever the case");
    assertTrue(trust.triager("bob", strangers), "only triagers can close others' issues");
    assertTrue(trust.triager("bob", members));
    assertTrue(trust.triager("erin", members));
    assertFalse(trust.triager(null, strangers));
    assertFalse(trust.triager(null, members));
  }

  @Test
  void aDeletedAuthorsIssueIsClosedByAnyoneElse() {
    RawIssue deleted = issue(null, "NONE").build();
    Trust trust = Trust.of(SETTINGS, List.of(deleted));

    assertTrue(trust.triager("bob", deleted));
    assertTrue(trust.vouches("bob", deleted));
  }

  @Test
  void aLabelVouchesWhenAppliedByAnotherPersonOrAListedBot() {
    RawIssue strangers = issue("mallory", "NONE").build();
    RawIssue members = issue("bob", "MEMBER").build();
    Trust trust = Trust.of(SETTINGS, List.of(strangers, members));

    assertTrue(trust.vouches("bob", strangers));
    assertFalse(trust.vouches("mallory", strangers));
    assertFalse(trust.vouches("Mallory", strangers), "the author, whatever the case");
    assertTrue(trust.vouches("bob", members), "a trusted author labels their own issue");
    assertFalse(trust.vouches("labeler[bot]", strangers));
    assertFalse(trust.vouches("labeler[BOT]", strangers), "a bot, whatever the case");
    assertTrue(trust.vouches("triage[bot]", strangers), "listed under trusted.users");
    assertTrue(trust.vouches("bo", strangers), "a login shorter than [bot] is a person");
    assertFalse(trust.vouches(null, strangers));
  }

  @Test
  void anEditKeepsTextTrustedWhenNoneWasMadeOrItWasTheAuthorsOrATrustedPersons() {
    Trust trust = Trust.of(SETTINGS, List.of(issue("bob", "MEMBER").build()));

    assertTrue(trust.edit("alice", null, null), "never edited");
    assertTrue(trust.edit("alice", LATER, "Alice"), "by the author, whatever the case");
    assertTrue(trust.edit("alice", LATER, "bob"), "by a login trusted in this read");
    assertTrue(trust.edit("alice", LATER, "carol"), "by a listed login");
    assertFalse(trust.edit("alice", LATER, "mallory"));
    assertFalse(trust.edit("alice", LATER, null), "by a deleted account");
    assertFalse(trust.edit(null, LATER, "mallory"), "a deleted author's text edited by a stranger");
  }

  @Test
  void aTrustedAuthorsIssueCountsWithTheTitleAsItIs() {
    RawIssue issue = issue("alice", "OWNER").title("Now").build();

    Trust.Verdict verdict = Trust.of(SETTINGS, List.of(issue)).verdict(issue, "outage");

    assertEquals(new Trust.Verdict(true, true, null, "Now", "Body"), verdict);
  }

  @Test
  void aTrustedAuthorsIssueEditedByAStrangerCountsWithoutItsBody() {
    RawIssue issue = issue("alice", "OWNER").edited(LATER, "mallory").build();

    Trust.Verdict verdict = Trust.of(SETTINGS, List.of(issue)).verdict(issue, "outage");

    assertTrue(verdict.counts());
    assertFalse(verdict.showBody());
  }

  @Test
  void aStrangersIssueWithoutAVouchingLabelIsSkipped() {
    RawIssue unlabelled = issue("mallory", "NONE").build();
    RawIssue otherLabel = issue("mallory", "NONE").labelled("maintenance", "bob", VOUCHED).build();
    RawIssue byThemselves = issue("mallory", "NONE").labelled("outage", "mallory", VOUCHED).build();
    Trust trust = Trust.of(SETTINGS, List.of(unlabelled, otherLabel, byThemselves));

    assertEquals(Trust.Verdict.SKIP, trust.verdict(unlabelled, "outage"));
    assertEquals(Trust.Verdict.SKIP, trust.verdict(otherLabel, "outage"));
    assertEquals(Trust.Verdict.SKIP, trust.verdict(byThemselves, "outage"));
  }

  @Test
  void aLabelSinceDeletedVouchesForNothing() {
    // GitHub gives a label event whose label was deleted since with no label at all.
    RawIssue issue = issue("mallory", "NONE").labelled(null, "bob", VOUCHED).build();

    assertEquals(Trust.Verdict.SKIP, Trust.of(SETTINGS, List.of()).verdict(issue, "outage"));
  }

  @Test
  void theLabelVouchesInAnyCaseAndOnlyItsLastApplicationCounts() {
    RawIssue issue =
        issue("mallory", "NONE")
            .labelled("Outage", "bob", OPENED.plusSeconds(60))
            .labelled("OUTAGE", "dave", VOUCHED)
            .build();

    Trust.Verdict verdict = Trust.of(SETTINGS, List.of(issue)).verdict(issue, "outage");

    assertEquals(new Trust.Verdict(true, false, VOUCHED, "Title", "Body"), verdict);
  }

  @Test
  void aStrangersReportEditedAfterVouchingKeepsItsBodyOnlyWhenATrustedPersonEditedIt() {
    RawIssue byStranger = vouched().edited(LATER, "mallory").build();
    RawIssue byMaintainer = vouched().edited(LATER, "carol").build();
    RawIssue byDeleted = vouched().edited(LATER, null).build();
    RawIssue before = vouched().edited(VOUCHED.minusSeconds(1), "mallory").build();
    RawIssue sameSecond = vouched().edited(VOUCHED.plusMillis(900), "mallory").build();
    Trust trust = Trust.of(SETTINGS, List.of());

    assertFalse(trust.verdict(byStranger, "outage").showBody());
    assertTrue(trust.verdict(byMaintainer, "outage").showBody());
    assertFalse(trust.verdict(byDeleted, "outage").showBody());
    assertTrue(trust.verdict(before, "outage").showBody());
    assertFalse(trust.verdict(sameSecond, "outage").showBody());
  }

  @Test
  void aVouchedTitleChangesOnlyByTrustedRenamesAfterTheVouch() {
    RawIssue issue =
        vouched()
            .title("Pwned")
            .renamed(OPENED.plusSeconds(1), "mallory", "Draft", "Login fails")
            .renamed(LATER, "mallory", "Login fails", "Junk")
            .renamed(LATER.plusSeconds(60), "carol", "Junk", "Login fails for EU users")
            .renamed(LATER.plusSeconds(120), "mallory", "Login fails for EU users", "Pwned")
            .build();

    Trust.Verdict verdict = Trust.of(SETTINGS, List.of()).verdict(issue, "outage");

    assertEquals("Login fails for EU users", verdict.title());
  }

  @Test
  void aRenameWithoutTitlesLeavesTheTitleAsItIs() {
    RawIssue issue = vouched().title("Login fails").renamed(LATER, "carol", null, null).build();

    Trust.Verdict verdict = Trust.of(SETTINGS, List.of()).verdict(issue, "outage");

    assertEquals("Login fails", verdict.title());
  }

  @Test
  void aRenameBeforeTheVouchIsPartOfWhatWasVouchedFor() {
    RawIssue issue =
        vouched()
            .title("Login fails")
            .renamed(OPENED.plusSeconds(1), "mallory", "Draft", "Login fails")
            .build();

    Trust.Verdict verdict = Trust.of(SETTINGS, List.of()).verdict(issue, "outage");

    assertEquals("Login fails", verdict.title());
  }

  @Test
  void aStrangersReportEditedAfterVouchingShowsTheNewestRevisionSurelyBeforeTheVouch() {
    // Given in no particular order: the rule sorts by time, whatever order GitHub gives.
    RawIssue issue =
        vouched()
            .edited(LATER, "mallory")
            .history(
                4,
                revision(OPENED.plusSeconds(60), "mallory", "Vouched for"),
                revision(LATER, "mallory", "Pwned"),
                revision(OPENED, "mallory", "Original"),
                revision(VOUCHED.plusMillis(900), "mallory", "In the same second"))
            .build();

    Trust.Verdict verdict = Trust.of(SETTINGS, List.of()).verdict(issue, "outage");

    assertEquals("Vouched for", verdict.body());
  }

  @Test
  void aStrangersReportShowsTheNewestRevisionATrustedLoginSavedAfterTheVouch() {
    RawIssue issue =
        vouched()
            .edited(LATER.plusSeconds(120), "mallory")
            .history(
                5,
                revision(LATER.plusSeconds(120), "mallory", "Pwned again"),
                revision(LATER.plusSeconds(60), "Carol", "Corrected by Carol"),
                revision(LATER, "mallory", "Pwned"),
                revision(VOUCHED.minusSeconds(1), "carol", "Vouched for"),
                revision(OPENED, "mallory", "Original"))
            .build();

    Trust.Verdict verdict = Trust.of(SETTINGS, List.of()).verdict(issue, "outage");

    assertEquals("Corrected by Carol", verdict.body());
  }

  @Test
  void aStrangersReportHidesItsBodyWhenTheRevisionToShowCannotBeHad() {
    Trust trust = Trust.of(SETTINGS, List.of());
    RawIssue.Revision pwned = revision(LATER, "mallory", "Pwned");
    RawIssue.Revision original = revision(OPENED, "mallory", "Original");
    RawIssue deleted =
        vouched()
            .edited(LATER, "mallory")
            .history(2, pwned, new RawIssue.Revision(OPENED, "mallory", null, true))
            .build();
    RawIssue deletedWithText =
        vouched()
            .edited(LATER, "mallory")
            .history(2, pwned, new RawIssue.Revision(OPENED, "mallory", "Gone", true))
            .build();
    RawIssue withoutText =
        vouched().edited(LATER, "mallory").history(2, pwned, revision(OPENED, "x", null)).build();
    RawIssue notAllRead = vouched().edited(LATER, "mallory").history(3, pwned, original).build();
    RawIssue nothingBefore = vouched().edited(LATER, "mallory").history(1, pwned).build();
    RawIssue deletedEditor =
        vouched()
            .edited(LATER.plusSeconds(60), "mallory")
            .history(2, pwned, revision(LATER.plusSeconds(60), null, "By a deleted account"))
            .build();

    assertEquals(null, trust.verdict(deleted, "outage").body());
    assertEquals(null, trust.verdict(deletedWithText, "outage").body());
    assertEquals(null, trust.verdict(withoutText, "outage").body());
    assertEquals(null, trust.verdict(notAllRead, "outage").body());
    assertEquals(null, trust.verdict(nothingBefore, "outage").body());
    assertEquals(null, trust.verdict(deletedEditor, "outage").body());
    assertEquals(
        "Original",
        trust
            .verdict(
                vouched().edited(LATER, "mallory").history(2, pwned, original).build(), "outage")
            .body());
  }

  @Test
  void aTrustedAuthorsBodyEditedByAStrangerShowsTheNewestRevisionTheAuthorOrATrustedLoginSaved() {
    Trust trust = Trust.of(SETTINGS, List.of());
    RawIssue byCarol =
        issue("alice", "OWNER")
            .edited(LATER, "mallory")
            .history(
                4,
                revision(OPENED, "alice", "Original"),
                revision(LATER, "mallory", "Pwned"),
                revision(VOUCHED, "carol", "Corrected by Carol"),
                revision(OPENED.plusSeconds(60), "Alice", "Corrected by Alice"))
            .build();
    RawIssue byAlice =
        issue("alice", "OWNER")
            .edited(LATER, "mallory")
            .history(
                3,
                revision(VOUCHED, null, "By a deleted account"),
                revision(LATER, "mallory", "Pwned"),
                revision(OPENED, "ALICE", "Original"))
            .build();
    RawIssue notRead = issue("alice", "OWNER").edited(LATER, "mallory").build();

    assertEquals("Corrected by Carol", trust.verdict(byCarol, "outage").body());
    assertEquals("Original", trust.verdict(byAlice, "outage").body());
    assertEquals(null, trust.verdict(notRead, "outage").body());
  }

  @Test
  void theHistoryIsNeededOnlyForAnIssueThatCountsWithAHiddenBodyAndHasNoneYet() {
    Trust trust = Trust.of(SETTINGS, List.of());
    List<String> labels = List.of("maintenance", "outage");
    RawIssue hidden = vouched().edited(LATER, "mallory").build();
    RawIssue read = vouched().edited(LATER, "mallory").history(0).build();
    RawIssue shown = vouched().edited(LATER, "carol").build();
    RawIssue skipped = issue("mallory", "NONE").edited(LATER, "mallory").build();
    RawIssue byOwner = issue("alice", "OWNER").edited(LATER, "mallory").build();

    assertTrue(trust.needsHistory(hidden, labels));
    assertTrue(trust.needsHistory(byOwner, labels));
    assertFalse(trust.needsHistory(byOwner, List.of("maintenance")));
    assertFalse(trust.needsHistory(read, labels));
    assertFalse(trust.needsHistory(shown, labels));
    assertFalse(trust.needsHistory(skipped, labels));
  }

  private static RawIssue.Revision revision(Instant at, String editor, String text) {
    return new RawIssue.Revision(at, editor, text, false);
  }

  private static Builder vouched() {
    return issue("mallory", "NONE").labelled("outage", "bob", VOUCHED);
  }

  private static Builder issue(String author, String association) {
    return new Builder(author, association);
  }

  /** A {@link RawIssue} built up in a test: open, titled {@code Title}, never edited. */
  private static final class Builder {
    private final String author;
    private final String association;
    private String title = "Title";
    private Instant lastEditedAt;
    private String editor;
    private final List<RawIssue.Comment> comments = new ArrayList<>();
    private final List<RawIssue.Event> events = new ArrayList<>();
    private RawIssue.History history;

    Builder(String author, String association) {
      this.author = author;
      this.association = association;
    }

    Builder title(String title) {
      this.title = title;
      return this;
    }

    Builder edited(Instant at, String editor) {
      this.lastEditedAt = at;
      this.editor = editor;
      return this;
    }

    /** Its body's edit history, {@code totalCount} revisions of which these were read. */
    Builder history(int totalCount, RawIssue.Revision... revisions) {
      this.history = new RawIssue.History(totalCount, List.of(revisions));
      return this;
    }

    Builder comment(String author, String association) {
      comments.add(new RawIssue.Comment(author, association, "Text", OPENED, null, null));
      return this;
    }

    Builder labelled(String label, String actor, Instant at) {
      events.add(new RawIssue.Event("LabeledEvent", at, actor, label, null, null, null));
      return this;
    }

    Builder renamed(Instant at, String actor, String previous, String current) {
      events.add(new RawIssue.Event("RenamedTitleEvent", at, actor, null, previous, current, null));
      return this;
    }

    RawIssue build() {
      return new RawIssue(
          1,
          title,
          "Body",
          "https://github.com/acme/status/issues/1",
          "OPEN",
          null,
          OPENED,
          null,
          author,
          association,
          lastEditedAt,
          editor,
          List.of("outage"),
          comments,
          events,
          false,
          "I_1",
          history);
    }
  }
}
