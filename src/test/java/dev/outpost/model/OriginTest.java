package dev.outpost.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where an incident came from decides whether it belongs to a GitHub issue. */
class OriginTest {
  @Test
  void anIssuesIncidentIsFromItsIssueEvenWhenAFileCorrectsIt() {
    assertTrue(Origin.issue(1, "https://github.com/acme/status/issues/1").fromIssue());
    assertTrue(new Origin("incidents/gh-12.md", null, 12).fromIssue());
    assertEquals(12, new Origin("incidents/gh-12.md", null, 12).issue());
  }

  @Test
  void aFilesIncidentIsFromNoIssue() {
    assertFalse(Origin.file("incidents/outage.md").fromIssue());
    assertFalse(new Origin("incidents/outage.md", "https://example.com/postmortem").fromIssue());
    assertEquals(0, Origin.file("incidents/outage.md").issue());
  }

  @Test
  void anIssueOfARepositoryNamesItAndKeepsItWhenAFileCorrectsIt() {
    Origin issue = Origin.issue("acme/api", 12, "https://github.com/acme/api/issues/12");
    assertEquals(new Origin(null, "https://github.com/acme/api/issues/12", 12, "acme/api"), issue);
    assertEquals(
        new Origin(
            "incidents/api-gh-12.md", "https://github.com/acme/api/issues/12", 12, "acme/api"),
        issue.correctedBy("incidents/api-gh-12.md"));
    assertTrue(issue.correctedBy("incidents/api-gh-12.md").isIssueOf("acme/api"));
  }

  @Test
  void isTheIssueOfItsOwnRepositoryOnlyIgnoringCase() {
    Origin issue = Origin.issue("acme/api", 12, "https://github.com/acme/api/issues/12");
    assertTrue(issue.isIssueOf("acme/api"));
    assertTrue(issue.isIssueOf("Acme/API"));
    assertFalse(issue.isIssueOf("acme/web"));
    assertFalse(Origin.issue(12, "https://github.com/acme/api/issues/12").isIssueOf("acme/api"));
    assertFalse(new Origin("incidents/x.md", null, 0, "acme/api").isIssueOf("acme/api"));
  }
}
