package dev.outpost.source.github;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.config.GitHubSettings;
import dev.outpost.config.Problems;
import dev.outpost.model.Incident;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build keeps the issues it read, and the next asks GitHub only for those updated since, until a
 * full read is due or what was kept cannot be used. The fake GitHub counts the requests.
 */
class KeptIssuesTest extends GitHubTestBase {
  static final int N = 10_000;
  static final Instant T0 = Instant.parse("2026-11-21T12:00:00Z");

  @TempDir Path state;
  final List<String> log = new ArrayList<>();
  Instant clock = T0;

  @Test
  void aBigHistoryCostsWhatChanged() {
    List<Issue> history = history(N);
    github.serve(history);
    whenReadKept();
    thenRequests(N / 50);
    assertEquals(N, contents.incidents().size());
    assertEquals(List.of("acme/status: reading every issue: none kept in " + state + " yet"), log);
    List<Incident> cold = contents.incidents();

    // Nothing changed: one request, which finds nothing new.
    later(Duration.ofMinutes(15));
    github.serveUpdatedSince(T0.minus(KeptIssues.OVERLAP), List.of());
    whenReadKept();
    thenRequests(1);
    assertEquals(cold, contents.incidents());
    assertTrue(
        lastLog().startsWith("acme/status: no change since 2026-11-21T11:55:00Z"), lastLog());

    // One issue gets a comment: one request, and the page shows it as a full read would.
    later(Duration.ofMinutes(15));
    Issue edited = history.get(4999).comment("bob", "MEMBER", "2026-11-21T12:20:00Z", "Fixed.");
    github.serveUpdatedSince(T0.minus(KeptIssues.OVERLAP), List.of(edited));
    whenReadKept();
    thenRequests(1);
    assertEquals("Fixed.", last(incident(5000)));
    List<Incident> incremental = contents.incidents();
    github.serve(history);
    assertEquals(incremental, fullRead().incidents());

    // Two issues are deleted or transferred: an incremental read cannot see it.
    Instant editedAt = clock;
    later(Duration.ofMinutes(15));
    history.remove(7); // #8, deleted
    history.remove(7); // #9, transferred to another repository
    github.serveUpdatedSince(editedAt.minus(KeptIssues.OVERLAP), List.of());
    whenReadKept();
    thenRequests(1);
    assertEquals(N, contents.incidents().size());
    incident(8);
    incident(9);

    // A day after the last full read, every issue is read again, and they are gone.
    clock = T0.plus(Duration.ofHours(24));
    github.serve(history);
    whenReadKept();
    thenRequests(N / 50);
    assertEquals(N - 2, contents.incidents().size());
    assertFalse(ids().contains("gh-8"));
    assertFalse(ids().contains("gh-9"));
    assertEquals(
        "acme/status: reading every issue: the last full read was at 2026-11-21T12:00:00Z, 24 h"
            + " or more ago",
        lastLog());
  }

  @Test
  void issuesGivenOutOfOrderAreKeptSoThatTheNextReadFindsNoChange() throws IOException {
    // Not the order they are kept in: #1 and #3 were opened in the same second, #2 before both.
    github.serve(
        List.of(
            Issue.outage(3).created("2026-11-20T10:00:00Z"),
            Issue.outage(1).created("2026-11-20T10:00:00Z"),
            Issue.outage(2).created("2026-11-19T10:00:00Z")));
    whenReadKept();
    byte[] kept = Files.readAllBytes(kept());
    var modified = Files.getLastModifiedTime(kept());

    later(Duration.ofMinutes(15));
    github.serveUpdatedSince(T0.minus(KeptIssues.OVERLAP), List.of());
    whenReadKept();
    thenRequests(1);
    assertTrue(lastLog().startsWith("acme/status: no change since"), lastLog());
    assertEquals(modified, Files.getLastModifiedTime(kept()));
    assertArrayEquals(kept, Files.readAllBytes(kept()));
    thenIds("gh-2", "gh-1", "gh-3");
  }

  @Test
  void aDocumentAnEarlierVersionWrotePrettyPrintedIsRead() throws IOException {
    github.serve(List.of(Issue.outage(1), Issue.outage(2)));
    whenReadKept();
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    Files.writeString(
        kept(),
        json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(kept().toFile())));
    assertTrue(Files.readString(kept()).contains("\n  \"fingerprint\" : \""));

    later(Duration.ofMinutes(15));
    github.serveUpdatedSince(T0.minus(KeptIssues.OVERLAP), List.of());
    whenReadKept();
    thenRequests(1);
    assertTrue(lastLog().startsWith("acme/status: no change since"), lastLog());
    thenIds("gh-1", "gh-2");
  }

  @Test
  void anIssueThatLostItsLabelIsGoneAtTheNextRead() {
    github.serve(List.of(Issue.outage(1), Issue.outage(2)));
    whenReadKept();
    later(Duration.ofMinutes(15));
    github.serveUpdatedSince(
        T0.minus(KeptIssues.OVERLAP),
        List.of(
            Issue.bare(2).unlabelled("outage", "alice", "2026-11-21T12:10:00Z"), Issue.bare(3)));
    whenReadKept();
    thenRequests(1);
    thenIds("gh-1");
  }

  @Test
  void aDemotedPersonIsCaughtAtTheNextFullRead() {
    github.serve(
        List.of(Issue.outage(1).comment("erin", "COLLABORATOR", "2026-11-20T10:30:00Z", "Fixed.")));
    whenReadKept();
    assertEquals("Fixed.", last(incident(1)));

    // erin is no collaborator any more: GitHub now tells her comment's association as NONE.
    later(Duration.ofHours(3));
    github.serveUpdatedSince(T0.minus(KeptIssues.OVERLAP), List.of());
    whenReadKept();
    assertEquals("Fixed.", last(incident(1)), "an incremental read cannot see it");

    clock = T0.plus(Duration.ofHours(24));
    github.serve(
        List.of(Issue.outage(1).comment("erin", "NONE", "2026-11-20T10:30:00Z", "Fixed.")));
    whenReadKept();
    assertEquals(1, incident(1).updates().size(), incident(1).updates().toString());
  }

  @Test
  void aDamagedDocumentMeansAFullRead() throws IOException {
    github.serve(List.of(Issue.outage(1)));
    whenReadKept();
    Files.writeString(kept(), "{\"format\": 1, \"fingerprint\": ");
    later(Duration.ofMinutes(15));
    github.serve(List.of(Issue.outage(1)));
    whenReadKept();
    thenRequests(1);
    assertEquals(
        "acme/status: reading every issue: " + kept() + " cannot be read (JsonEOFException)",
        lastLog());
    thenIds("gh-1");
  }

  @Test
  void anotherConfigurationsDocumentMeansAFullRead() throws IOException {
    github.serve(List.of(Issue.outage(1)));
    whenReadKept();
    Files.writeString(
        kept(), Files.readString(kept()).replace(KeptIssues.VERSION, "github-issues-0"));
    later(Duration.ofMinutes(15));
    github.serve(List.of(Issue.outage(1)));
    whenReadKept();
    assertEquals(
        "acme/status: reading every issue: "
            + kept()
            + " was kept by another version or for another configuration",
        lastLog());
  }

  @Test
  void aDocumentNoBuildCouldHaveKeptMeansAFullRead() throws IOException {
    github.serve(List.of(Issue.outage(1)));
    whenReadKept();
    // Someone who could write the cache points the issue's link elsewhere.
    Files.writeString(
        kept(),
        Files.readString(kept())
            .replace("https://github.com/acme/status/issues/1", "https://evil.example/x/issues/1"));
    later(Duration.ofMinutes(15));
    github.serve(List.of(Issue.outage(1)));
    whenReadKept();
    thenRequests(1);
    assertEquals(
        "acme/status: reading every issue: the kept issues are not plausible (issue #1: not a link"
            + " to an issue of acme/status)",
        lastLog());
    assertEquals("https://github.com/acme/status/issues/1", incident(1).origin().url());
  }

  @Test
  void aDocumentFromTheFutureMeansAFullRead() throws IOException {
    github.serve(List.of(Issue.outage(1)));
    whenReadKept();
    clock = T0.minus(Duration.ofHours(1));
    whenReadKept();
    assertTrue(lastLog().contains("not plausible (read at 2026-11-21T12:00:00Z"), lastLog());
  }

  @Test
  void theEditHistoryReadOfAnIssueIsKeptWithItUntilItsBodyChanges() {
    Issue report = EditHistoryTest.vouchedThenEdited(1);
    github.serve(List.of(report));
    whenReadKept();
    thenRequests(2); // the issues, then the edit history of #1
    assertEquals("### What happened\n\nLogins time out.", incident(1).body());

    // Nothing changed: the history is not asked for again.
    later(Duration.ofMinutes(15));
    github.serveUpdatedSince(T0.minus(KeptIssues.OVERLAP), List.of());
    whenReadKept();
    thenRequests(1);
    assertEquals("### What happened\n\nLogins time out.", incident(1).body());

    // A comment updates the issue, not its body: the history kept still holds.
    later(Duration.ofMinutes(15));
    report.comment("bob", "MEMBER", "2026-11-21T12:20:00Z", "Looking into it.");
    github.serveUpdatedSince(T0.minus(KeptIssues.OVERLAP), List.of(report));
    whenReadKept();
    thenRequests(1);
    assertEquals("### What happened\n\nLogins time out.", incident(1).body());

    // Edited again: the history is read again, and shows what bob saved since.
    Instant commented = clock;
    later(Duration.ofMinutes(15));
    report
        .body("Pwned")
        .revision("2026-11-21T12:40:00Z", "bob", "Logins time out in the EU.")
        .revision("2026-11-21T12:41:00Z", "mallory", "Pwned")
        .edited("2026-11-21T12:41:00Z", "mallory");
    github.serveUpdatedSince(commented.minus(KeptIssues.OVERLAP), List.of(report));
    whenReadKept();
    thenRequests(2);
    assertEquals("Logins time out in the EU.", incident(1).body());
  }

  @Test
  void theEditHistoryReadOfACommentIsKeptWithItUntilItsBodyChanges() {
    Issue outage = EditHistoryTest.commentEditedByAStranger(1);
    github.serve(List.of(outage));
    whenReadKept();
    thenRequests(2); // the issues, then the edit history of bob's comment
    assertEquals("We are on it.", last(incident(1)));

    // Another comment updates the issue, not that comment: its history kept still holds.
    later(Duration.ofMinutes(15));
    outage.comment("bob", "MEMBER", "2026-11-21T12:20:00Z", "Rolling back.");
    github.serveUpdatedSince(T0.minus(KeptIssues.OVERLAP), List.of(outage));
    whenReadKept();
    thenRequests(1);
    assertEquals(
        List.of("", "We are on it.", "Rolling back."),
        incident(1).updates().stream().map(u -> u.body()).toList());
  }

  private void whenReadKept() {
    github.server().resetRequests();
    log.clear();
    Problems problems = new Problems();
    contents =
        GitHubIssues.read(
            CONFIG,
            github.access(waits::add),
            GitHubSettings.Repository.single(Issue.REPO),
            KeptIssues.in(state, KeptIssues.DEFAULT_FULL_READ, log::add).withClock(() -> clock),
            problems,
            warnings::add);
    assertTrue(problems.isEmpty(), problems.sorted().toString());
  }

  private GitHubIssues.Contents fullRead() {
    return GitHubIssues.read(
        CONFIG, github.access(waits::add), Issue.REPO, new Problems(), warnings::add);
  }

  private void later(Duration duration) {
    clock = clock.plus(duration);
    github.reset();
  }

  private String lastLog() {
    return log.isEmpty() ? "" : log.get(log.size() - 1);
  }

  private Path kept() throws IOException {
    try (Stream<Path> files = Files.list(state)) {
      List<Path> all = files.toList();
      assertEquals(1, all.size(), all.toString());
      return all.get(0);
    }
  }

  private static String last(Incident incident) {
    return incident.updates().get(incident.updates().size() - 1).body();
  }

  /** {@code n} outage issues, one opened every hour up to a day before {@link #T0}. */
  static List<Issue> history(int n) {
    List<Issue> issues = new ArrayList<>(n);
    Instant first = T0.minus(Duration.ofHours(n + 24L));
    for (int k = 1; k <= n; k++) {
      issues.add(Issue.outage(k).created(first.plus(Duration.ofHours(k)).toString()));
    }
    return issues;
  }
}
