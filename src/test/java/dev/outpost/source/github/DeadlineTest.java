package dev.outpost.source.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server that sends its headers and then trickles the body cannot hold a build: each request ends
 * at its timeout, and all of them, retries and waits included, at the deadline.
 */
class DeadlineTest extends GitHubTestBase {
  private static final Duration TIMEOUT = Duration.ofMillis(300);
  private TricklingServer server;

  @AfterEach
  void stopTrickling() throws Exception {
    server.close();
  }

  private GitHubAccess accessTo(TricklingServer server) {
    return GitHubAccess.of(
            Map.of("GITHUB_GRAPHQL_URL", server.uri().toString()), "t", false, Issue.REPO)
        .with(TIMEOUT, waits::add);
  }

  private OutpostException whenReadFrom(GitHubAccess access) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThrows(
                OutpostException.class,
                () -> GitHubIssues.read(CONFIG, access, Issue.REPO, problems, warnings::add)));
  }

  @Test
  void aTricklingAnswerEndsAtTheTimeoutOfEachAttempt() throws Exception {
    server = new TricklingServer(Duration.ofMillis(100));
    long start = System.nanoTime();

    OutpostException e = whenReadFrom(accessTo(server));

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertEquals(ExitCode.REMOTE_ERROR, e.exitCode());
    assertEquals(
        "cannot read the issues of acme/status, page 1 from GitHub: no complete answer from"
            + " 127.0.0.1:"
            + server.port()
            + " within 0.3 s (tried 4 times); the site was not changed",
        e.getMessage());
    assertEquals(4, server.requests());
    // Four attempts of 0.3 s each (the waits between them are not slept here), not the 70 s the
    // whole answer would take; the margin is for a busy machine.
    assertTrue(took.compareTo(Duration.ofMillis(1200)) >= 0, "took " + took);
    assertTrue(took.compareTo(Duration.ofMillis(4000)) < 0, "took " + took);
  }

  @Test
  void retriesStopAtTheDeadlineOnAllRequests() throws Exception {
    server = new TricklingServer(Duration.ofMillis(100));
    long start = System.nanoTime();

    OutpostException e = whenReadFrom(accessTo(server).withDeadline(Duration.ofMillis(2500)));

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertEquals(
        "cannot read the issues of acme/status, page 1 from GitHub: no complete answer from"
            + " 127.0.0.1:"
            + server.port()
            + " within 0.3 s (tried 2 times); stopped at the deadline of 2.5 s on all requests"
            + " to 127.0.0.1:"
            + server.port()
            + "; the site was not changed",
        e.getMessage());
    // Two attempts of 0.3 s; the second wait (2 s) would pass the deadline, so it is not begun.
    assertEquals(java.util.List.of(Duration.ofSeconds(1)), waits);
    // Not the 70 s the whole answer would take; the margin is for a busy machine.
    assertTrue(took.compareTo(Duration.ofMillis(4000)) < 0, "took " + took);
  }
}
