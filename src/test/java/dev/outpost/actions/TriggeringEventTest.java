package dev.outpost.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event read from GitHub's recorded webhook payloads and from payloads shaped to mislead. */
class TriggeringEventTest {
  @TempDir Path dir;

  private static Optional<TriggeringEvent> of(String name, String path) {
    return TriggeringEvent.of(Map.of("GITHUB_EVENT_NAME", name, "GITHUB_EVENT_PATH", path));
  }

  private Optional<TriggeringEvent> ofText(String name, String payload) throws IOException {
    Path file = dir.resolve("event.json");
    Files.writeString(file, payload);
    return of(name, file.toString());
  }

  @Test
  void readsGitHubsPayloads() {
    assertEquals(
        Optional.of(new TriggeringEvent("issues", "labeled", 1, Set.of("bug"))),
        of("issues", "src/test/resources/webhooks/issues.labeled.10.json"));
    assertEquals(
        Optional.of(new TriggeringEvent("issues", "unlabeled", 1, Set.of("bug"))),
        of("issues", "src/test/resources/webhooks/issues.unlabeled.24.json"));
    assertEquals(
        Optional.of(new TriggeringEvent("issue_comment", "created", 1, Set.of("bug"))),
        of("issue_comment", "src/test/resources/webhooks/issue_comment.created.0.json"));
    assertEquals(
        Optional.of(new TriggeringEvent("push", "", 0, Set.of())),
        of("push", "src/test/resources/webhooks/push.event.0.json"));
  }

  @Test
  void takesOnlyTheIssuesOwnFieldsNotNestedOnesOfTheSameName() throws IOException {
    String payload =
        """
        {"repository": {"action": "no", "label": {"name": "no"}, "issue": {"number": 9}},
         "issue": {"user": {"number": 7, "labels": [{"name": "no"}]},
                   "labels": [{"id": 1, "name": "outage", "color": {"name": "no"}},
                              "odd", 3, {"description": "no name"}],
                   "number": 12,
                   "pull_request": {"labels": [{"name": "no"}]}},
         "label": {"name": "outage-removed", "nested": {"name": "no"}},
         "action": "unlabeled"}
        """;
    assertEquals(
        Optional.of(
            new TriggeringEvent("issues", "unlabeled", 12, Set.of("outage", "outage-removed"))),
        ofText("issues", payload));
  }

  @Test
  void saysNothingWithoutAnEventOrAReadablePayload() throws IOException {
    assertEquals(Optional.empty(), TriggeringEvent.of(Map.of()));
    assertEquals(Optional.empty(), of("issues", dir.resolve("missing.json").toString()));
    assertEquals(Optional.empty(), ofText("issues", "{\"action\": "));
    assertEquals(Optional.empty(), ofText("issues", "[]"));
  }

  @Test
  void concernsAnIssueEventOnlyWithAWatchedLabel() {
    TriggeringEvent labeled = new TriggeringEvent("issues", "labeled", 3, Set.of("bug"));
    assertFalse(labeled.concerns(Set.of("outage")));
    assertTrue(labeled.concerns(Set.of("bug")));
    assertTrue(new TriggeringEvent("schedule", "", 0, Set.of()).concerns(Set.of("outage")));
    assertEquals("issues.labeled on #3", labeled.describe());
  }

  @Test
  void labelNamesIgnoreCaseAsGitHubsDo() {
    // Removing `Outage` from a bogus report must rebuild at once, not at the next schedule.
    TriggeringEvent unlabeled = new TriggeringEvent("issues", "unlabeled", 3, Set.of("Outage"));
    assertTrue(unlabeled.concerns(Set.of("outage")));
    assertTrue(
        new TriggeringEvent("issue_comment", "created", 3, Set.of("outage"))
            .concerns(Set.of("OUTAGE")));
    assertFalse(unlabeled.concerns(Set.of("outages")));
  }
}
