package dev.outpost.source.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.config.GitHubSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every request of the org.kohsuke client ({@link GitHubApi#connect}) ends within the access's
 * timeout, against a local server that accepts connections and then never answers, or answers the
 * headers and then stops in the middle of the body: it fails with a message that says so, in a
 * bounded time, where the client alone waited for ever.
 */
// Without the bound, a request waits for ever: the test then fails here instead of hanging.
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GitHubApiTimeoutTest {
  private static final Duration TIMEOUT = Duration.ofMillis(500);

  private final List<Socket> held = new ArrayList<>();
  private ServerSocket server;

  /** A server that accepts every connection, reads nothing, and writes {@code start}, if any. */
  private URI silent(String start) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accept =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try {
                  Socket socket = server.accept();
                  synchronized (held) {
                    held.add(socket);
                  }
                  if (!start.isEmpty()) {
                    OutputStream out = socket.getOutputStream();
                    out.write(start.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                  }
                } catch (IOException e) {
                  return;
                }
              }
            });
    accept.setDaemon(true);
    accept.start();
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  @AfterEach
  void close() throws IOException {
    if (server != null) {
      server.close();
    }
    synchronized (held) {
      for (Socket socket : held) {
        socket.close();
      }
    }
  }

  @Test
  void aGitHubThatNeverAnswersFailsTheRequestWithinTheTimeout() throws IOException {
    URI api = silent("");
    long start = System.nanoTime();

    IOException e =
        assertThrows(
            IOException.class,
            () -> GitHubApi.connect(api, "t0ken", TIMEOUT).getRepository("acme/api"));

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, took.toString());
    assertEquals(
        "no answer from GitHub (GET /repos/acme/api got no whole answer within 500 ms)",
        GitHubApi.reason(e));
  }

  @Test
  void anAnswerThatStopsInTheMiddleOfItsBodyFailsToo() throws IOException {
    URI api =
        silent(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                + "{\"id\":1,");
    long start = System.nanoTime();

    IOException e =
        assertThrows(
            IOException.class,
            () -> GitHubApi.connect(api, "t0ken", TIMEOUT).getRepository("acme/api"));

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, took.toString());
    assertTrue(GitHubApi.reason(e).contains("got no whole answer within 500 ms"), e.toString());
  }

  @Test
  void doctorSaysSoAndGoesOn() throws IOException {
    URI api = silent("");
    Map<String, String> env = Map.of("GITHUB_API_URL", api.toString());
    GitHubAccess access =
        GitHubAccess.of(env, "t0ken", false, null).with(TIMEOUT, GitHubAccess.NONE.sleeper());
    long start = System.nanoTime();

    List<Doctor.Check> checks =
        new Doctor(access, env)
            .run(
                List.of(GitHubSettings.Repository.single("acme/api")),
                null,
                GitHubSettings.Labels.DEFAULT,
                false);

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, took.toString());
    assertEquals(
        List.of(
            new Doctor.Check(
                "access acme/api",
                false,
                "cannot read it: no answer from GitHub (GET /repos/acme/api got no whole answer"
                    + " within 500 ms)",
                "try again later")),
        checks);
  }
}
