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
}
