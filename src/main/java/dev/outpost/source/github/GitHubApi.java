package dev.outpost.source.github;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.kohsuke.github.GHFileNotFoundException;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.kohsuke.github.HttpException;
import org.kohsuke.github.authorization.AuthorizationProvider;
import org.kohsuke.github.extras.HttpClientGitHubConnector;

/**
 * GitHub's REST API through the org.kohsuke {@code github-api} client, for what it does well: a
 * GitHub App's JWT and installation tokens, repository metadata, labels, files and the rate limit.
 * Issues are read through Outpost's own GraphQL documents ({@link IssueFetcher}), which get 50
 * issues with their comments and events in one request.
 *
 * <p>The client never waits out a rate limit (a primary limit can take an hour, longer than a
 * workflow's job): it fails, and the caller says so.
 */
final class GitHubApi {
  static final URI GITHUB_API = URI.create("https://api.github.com");

  private GitHubApi() {}

  /** {@code GITHUB_API_URL}, else GitHub.com's REST endpoint. */
  static URI endpoint(Map<String, String> env) {
    String base = env.get("GITHUB_API_URL");
    return base == null || base.isBlank()
        ? GITHUB_API
        : URI.create(base.strip().replaceAll("/+$", ""));
  }

  /**
   * A client of {@code api} that authenticates with {@code auth}, each of whose requests ends
   * within {@code timeout}, from connecting to the last byte of the answer ({@link
   * BoundedHttpClient}).
   */
  static GitHub connect(URI api, AuthorizationProvider auth, Duration timeout) {
    HttpClient http =
        new BoundedHttpClient(
            HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build(),
            timeout);
    try {
      return new GitHubBuilder()
          .withEndpoint(api.toString())
          .withAuthorizationProvider(auth)
          .withConnector(new HttpClientGitHubConnector(http))
          .withRateLimitHandler(GitHubRateLimitHandler.FAIL)
          .withAbuseLimitHandler(GitHubAbuseLimitHandler.FAIL)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A client of {@code api} that authenticates with {@code token}. */
  static GitHub connect(URI api, String token, Duration timeout) {
    return connect(api, () -> "Bearer " + token, timeout);
  }

  /** The HTTP status of a failed request, or 0 when there was no answer. */
  static int status(IOException e) {
    if (e instanceof HttpException http) {
      return http.getResponseCode();
    }
    // github-api reports a 404 as a file that was not found.
    return e instanceof GHFileNotFoundException ? 404 : 0;
  }

  /**
   * What went wrong with a request, for a message: the status and GitHub's {@code message}, never
   * the request's headers.
   */
  static String reason(IOException e) {
    int status = status(e);
    if (status <= 0) {
      // The client reports a failed connection as HTTP -1; what failed is in its cause.
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      return "no answer from GitHub ("
          + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage())
          + ")";
    }
    String message = e.getMessage() == null ? "" : e.getMessage();
    int at = message.indexOf("\"message\":\"");
    if (at >= 0) {
      int end = message.indexOf('"', at + 11);
      message = end > at ? message.substring(at + 11, end) : message;
    }
    message = message.length() > 200 ? message.substring(0, 200) + "…" : message;
    return "HTTP " + status + (message.isBlank() ? "" : ": " + message);
  }
}
