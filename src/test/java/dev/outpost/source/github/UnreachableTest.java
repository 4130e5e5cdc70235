package dev.outpost.source.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A server that cannot be reached is named by its scheme, host, port and path: a credential in the
 * address's user information or query never reaches a message, a log or an annotation.
 */
class UnreachableTest extends GitHubTestBase {
  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void aRefusedGraphQlConnectionNamesTheServerWithoutItsCredentials() throws Exception {
    int port = closedPort();
    String url = "http://outpost:hunter2@127.0.0.1:" + port + "/api/graphql?key=s3cret#frag";
    GitHubAccess access =
        GitHubAccess.of(Map.of("GITHUB_GRAPHQL_URL", url), "t", false, Issue.REPO)
            .with(Duration.ofSeconds(5), waits::add);

    OutpostException e =
        assertThrows(
            OutpostException.class,
            () -> GitHubIssues.read(CONFIG, access, Issue.REPO, problems, warnings::add));

    assertEquals(ExitCode.REMOTE_ERROR, e.exitCode());
    assertTrue(
        e.getMessage().contains("cannot connect to http://127.0.0.1:" + port + "/api/graphql"),
        e.getMessage());
    for (String secret : new String[] {"hunter2", "outpost:", "s3cret", "frag"}) {
      assertFalse(e.getMessage().contains(secret), e.getMessage());
    }
  }

  @Test
  void aRefusedRestConnectionNamesTheServerWithoutItsCredentials() throws Exception {
    int port = closedPort();
    GitHubAccess access =
        GitHubAccess.of(Map.of(), "t", false, Issue.REPO).with(Duration.ofSeconds(5), waits::add);
    GitHubRest rest =
        GitHubRest.of(
            Map.of(
                "GITHUB_API_URL", "http://outpost:hunter2@127.0.0.1:" + port + "/api/v3?k=s3cret"),
            access,
            Issue.REPO);

    OutpostException e = assertThrows(OutpostException.class, () -> rest.closeNotPlanned(7));

    assertTrue(
        e.getMessage().contains("cannot connect to http://127.0.0.1:" + port + "/api/v3"),
        e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
  }

  @Test
  void anAddressWithoutAHostIsNotQuoted() {
    assertEquals("the configured address", GitHubAccess.shown(URI.create("relative/path?x=1")));
    assertEquals(
        "https://ghe.example:8443/api",
        GitHubAccess.shown(URI.create("https://u:p@ghe.example:8443/api?x")));
  }
}
