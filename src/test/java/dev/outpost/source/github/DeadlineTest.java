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
        Duration.ofSeconds(20),
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
    assertTrue(took.compareTo(Duration.ofSeconds(8)) < 0, "took " + took);
  }

  @Test
  void theDeadlineOnAllRequestsEndsARequestWithALongerTimeout() throws Exception {
    server = new TricklingServer(Duration.ofMillis(100));
    GitHubAccess access =
        accessTo(server)
            .with(Duration.ofSeconds(30), waits::add)
            .withDeadline(Duration.ofSeconds(1));
    long start = System.nanoTime();

    OutpostException e = whenReadFrom(access);

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    String host = "127.0.0.1:" + server.port();
    assertTrue(
        e.getMessage()
            .startsWith(
                "cannot read the issues of acme/status, page 1 from GitHub: no complete answer"
                    + " from "
                    + host
                    + " within "),
        e.getMessage());
    assertTrue(
        e.getMessage()
            .endsWith(
                " (tried 1 time); stopped at the deadline of 1 s on all requests to "
                    + host
                    + "; the site was not changed"),
        e.getMessage());
    // The retry's wait of 1 s would pass the deadline, so it is not begun.
    assertEquals(java.util.List.of(), waits);
    // Not the 30 s of the request's timeout; the margin is for a busy machine.
    assertTrue(took.compareTo(Duration.ofSeconds(6)) < 0, "took " + took);
  }
}
