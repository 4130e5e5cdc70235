package dev.outpost.source.github;

import static dev.outpost.model.ComponentStatus.PARTIAL_OUTAGE;
import static dev.outpost.model.IncidentState.INVESTIGATING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An issue whose body was edited after it was vouched for, or by a stranger, shows the revision a
 * trusted person vouched for or saved, from its edit history; the fake GitHub serves it as GitHub
 * does, the full text of each revision in {@code diff}, newest first, the creation last.
 */
class EditHistoryTest extends GitHubTestBase {
  static final String VOUCHED = "2026-11-20T10:15:00Z";
  static final String VOUCHED_TEXT =
      "### Affected components\n\nAPI\n\n### Impact\n\nPartial outage\n\n"
          + "### What happened\n\nLogins time out.";
  static final String HOSTILE_TEXT =
      "### Affected components\n\nAPI, Website, Database\n\n### Impact\n\nMajor outage\n\n"
          + "### What happened\n\nEverything is down: [get help](https://evil.example).";

  /** Mallory's report, vouched for by bob, then edited by her into {@link #HOSTILE_TEXT}. */
  static Issue vouchedThenEdited(int number) {
    return Issue.bare(number)
        .by("mallory", "NONE")
        .title("Logins time out")
        .body(HOSTILE_TEXT)
        .revision(Issue.CREATED, "mallory", "Logins are slow.")
        .revision("2026-11-20T10:05:00Z", "mallory", VOUCHED_TEXT)
        .labelled("outage", "bob", VOUCHED)
        .revision("2026-11-20T10:30:00Z", "mallory", HOSTILE_TEXT)
        .edited("2026-11-20T10:30:00Z", "mallory");
  }

  @Test
  void aReportEditedByItsAuthorAfterTheVouchShowsTheVouchedTextAndItsFields() {
    givenIssues(vouchedThenEdited(1));

    whenRead();

    assertEquals("### What happened\n\nLogins time out.", incident(1).body());
    assertEquals(Map.of("api", PARTIAL_OUTAGE), incident(1).updates().get(0).components());
    thenRequests(2);
  }

  @Test
  void aLaterEditByATrustedLoginIsShown() {
    givenIssues(
        vouchedThenEdited(2)
            .body("Logins time out in the EU.")
            .revision("2026-11-20T10:40:00Z", "carol", "Logins time out in the EU.")
            .edited("2026-11-20T10:40:00Z", "carol"),
        vouchedThenEdited(3)
            .revision("2026-11-20T10:40:00Z", "carol", "Logins time out in the EU.")
            .revision("2026-11-20T10:50:00Z", "mallory", HOSTILE_TEXT)
            .edited("2026-11-20T10:50:00Z", "mallory"));

    whenRead();

    assertEquals("Logins time out in the EU.", incident(2).body());
    assertEquals("Logins time out in the EU.", incident(3).body());
    thenRequests(2); // #2 shows its body as it is, with no history asked for
  }

  @Test
  void aDeletedVouchedRevisionOrAHistoryLongerThanReadHidesTheBodyAndItsFields() {
    givenIssues(
        Issue.bare(4)
            .by("mallory", "NONE")
            .body(HOSTILE_TEXT)
            .revision(Issue.CREATED, "mallory", "Logins are slow.")
            .deletedRevision("2026-11-20T10:05:00Z", "mallory", "2026-11-20T10:35:00Z")
            .labelled("outage", "bob", VOUCHED)
            .revision("2026-11-20T10:30:00Z", "mallory", HOSTILE_TEXT)
            .edited("2026-11-20T10:30:00Z", "mallory"),
        vouchedThenEdited(5).unreadRevisions(1));

    whenRead();

    assertEquals(IssueMapper.NEUTRAL_BODY, incident(4).body());
    assertEquals(IssueMapper.NEUTRAL_BODY, incident(5).body());
    assertEquals(Map.of(), incident(4).updates().get(0).components());
    assertEquals(Map.of(), incident(5).updates().get(0).components());
  }

  @Test
  void aTrustedAuthorsBodyEditedByAStrangerShowsWhatTheAuthorLastSaved() {
    givenIssues(
        Issue.outage(6)
            .body(HOSTILE_TEXT)
            .revision(Issue.CREATED, "alice", VOUCHED_TEXT)
            .revision("2026-11-20T10:30:00Z", "mallory", HOSTILE_TEXT)
            .edited("2026-11-20T10:30:00Z", "mallory"));

    whenRead();

    assertEquals("### What happened\n\nLogins time out.", incident(6).body());
    assertEquals(Map.of("api", PARTIAL_OUTAGE), incident(6).updates().get(0).components());
    thenProblems();
  }

  @Test
  void onlyTheIssuesWhoseBodyWouldBeHiddenAreAskedAboutInOneRequest() {
    givenIssues(
        vouchedThenEdited(7),
        Issue.outage(8).body("Edited by its author.").edited("2026-11-20T10:30:00Z", "alice"),
        Issue.bare(9).by("mallory", "NONE").body("Never vouched for.").edited(VOUCHED, "mallory"),
        vouchedThenEdited(10));

    whenRead();

    thenRequests(2);
    List<String> edits = editRequests();
    assertEquals(1, edits.size());
    assertTrue(edits.get(0).contains("\"ids\":[\"I_kwDOAcme7\",\"I_kwDOAcme10\"]"), edits.get(0));
    assertEquals("Edited by its author.", incident(8).body());
  }

  @Test
  void aHundredIssuesAreAskedAboutInARequest() {
    List<Issue> issues = new ArrayList<>();
    for (int number = 1; number <= 101; number++) {
      issues.add(vouchedThenEdited(number));
    }
    github.serve(issues);

    whenRead();

    thenRequests(3 + 2);
    assertEquals(2, editRequests().size());
    assertEquals("### What happened\n\nLogins time out.", incident(101).body());
  }

  @Test
  void anIssueDeletedBetweenTheReadsGetsNoHistoryAndTheOtherStillShowsItsVouchedText() {
    Issue deleted = vouchedThenEdited(12);
    givenIssues(vouchedThenEdited(11), deleted);
    github.deleteBeforeHistory(deleted);

    whenRead();

    assertEquals("### What happened\n\nLogins time out.", incident(11).body());
    assertEquals(IssueMapper.NEUTRAL_BODY, incident(12).body());
    assertEquals(Map.of(), incident(12).updates().get(0).components());
    assertEquals(
        List.of(
            "acme/status: #12: not found when reading edit histories (deleted or transferred"
                + " since read); no body shown from history"),
        warnings);
    thenProblems();
    thenRequests(2);
  }

  @Test
  void anyOtherErrorOfTheHistoryReadFailsTheBuild() {
    givenIssues(vouchedThenEdited(13));
    ObjectNode error = Issue.JSON.createObjectNode();
    error.put("type", "FORBIDDEN");
    error.putArray("path").add("nodes").add(0);
    error.put("message", "Resource not accessible by integration");
    github.editErrors(error);

    OutpostException thrown = assertThrows(OutpostException.class, this::whenRead);

    assertEquals(ExitCode.REMOTE_ERROR, thrown.exitCode());
    assertTrue(
        thrown
            .getMessage()
            .contains("GitHub reported errors: FORBIDDEN: Resource not accessible by integration"),
        thrown.getMessage());
  }

  @Test
  void aNotFoundErrorOutsideTheNodesFailsTheBuild() {
    givenIssues(vouchedThenEdited(14));
    ObjectNode error = Issue.JSON.createObjectNode();
    error.put("type", "NOT_FOUND");
    error.putArray("path").add("repository");
    error.put("message", "Could not resolve to a Repository with the name 'acme/status'.");
    github.editErrors(error);

    OutpostException thrown = assertThrows(OutpostException.class, this::whenRead);

    assertTrue(thrown.getMessage().contains("NOT_FOUND: Could not resolve"), thrown.getMessage());
  }

  /** Bob's comment at 10:10, which mallory edited at 10:30 into hostile text. */
  static Issue commentEditedByAStranger(int number) {
    return Issue.outage(number)
        .editedComment(
            "bob",
            "MEMBER",
            "2026-11-20T10:10:00Z",
            "/state resolved\nAll fixed, see https://evil.example",
            "2026-11-20T10:30:00Z",
            "mallory")
        .commentRevision("2026-11-20T10:10:00Z", "bob", "We are on it.");
  }

  @Test
  void aTrustedCommentEditedByAStrangerShowsTheNewestRevisionATrustedPersonSaved() {
    givenIssues(
        commentEditedByAStranger(15)
            .commentRevision("2026-11-20T10:20:00Z", "carol", "Rolling back.")
            .commentRevision(
                "2026-11-20T10:30:00Z",
                "mallory",
                "/state resolved\nAll fixed, see https://evil.example"),
        commentEditedByAStranger(16)
            .commentRevision(
                "2026-11-20T10:30:00Z",
                "mallory",
                "/state resolved\nAll fixed, see https://evil.example")
            .comment("bob", "MEMBER", "2026-11-20T10:40:00Z", "Still on it."));

    whenRead();

    assertEquals(List.of("", "Rolling back."), bodies(incident(15)));
    assertEquals(List.of("", "We are on it.", "Still on it."), bodies(incident(16)));
    assertEquals(INVESTIGATING, incident(15).updates().get(1).state());
    assertTrue(incident(15).resolved().isEmpty(), "mallory's /state resolved does not resolve it");
    thenRequests(2);
    List<String> edits = editRequests();
    assertEquals(1, edits.size());
    assertTrue(
        edits.get(0).contains("\"ids\":[\"IC_kwDOAcme15_1\",\"IC_kwDOAcme16_1\"]"), edits.get(0));
  }

  @Test
  void aTrustedCommentEditedByAStrangerWithNoRevisionToShowIsIgnored() {
    Issue gone = commentEditedByAStranger(18);
    givenIssues(
        Issue.outage(17)
            .editedComment(
                "bob", "MEMBER", "2026-11-20T10:10:00Z", "Evil", "2026-11-20T10:30:00Z", "mallory")
            .commentRevision("2026-11-20T10:10:00Z", "mallory", "Evil"),
        gone);
    github.deleteBeforeHistory(gone);

    whenRead();

    assertEquals(List.of(""), bodies(incident(17)));
    assertEquals(List.of(""), bodies(incident(18)));
    assertEquals(
        List.of(
            "acme/status: #18: not found when reading edit histories (deleted or transferred"
                + " since read); no body shown from history"),
        warnings);
  }

  private static List<String> bodies(dev.outpost.model.Incident incident) {
    return incident.updates().stream().map(u -> u.body()).toList();
  }

  private List<String> editRequests() {
    return github.logged().stream()
        .map(LoggedRequest::getBodyAsString)
        .filter(body -> body.contains("query IssueEdits("))
        .toList();
  }
}
