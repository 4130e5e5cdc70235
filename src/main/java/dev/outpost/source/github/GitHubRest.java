package dev.outpost.source.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * GitHub's REST API for writing issues: open one with its labels, comment, close as not planned.
 * The endpoint is {@code GITHUB_API_URL} (GitHub Enterprise Server's {@code https://HOST/api/v3}),
 * else GitHub.com.
 *
 * <p>Every request is bounded by the access's timeout. A request that may have reached GitHub is
 * retried only when repeating it changes nothing (closing); opening and commenting are retried only
 * when the connection could not be made, so that a slow answer never opens an issue twice.
 */
public final class GitHubRest {
  static final URI GITHUB_API = URI.create("https://api.github.com");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI api;
  private final String token;
  private final String repository;
  private final GitHubAccess access;
  private final HttpClient http;

  private GitHubRest(URI api, GitHubAccess access, String repository) {
    this.api = api;
    this.token = access.token();
    this.repository = repository;
    this.access = access;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(access.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Writes to the issues of {@code repository} ({@code owner/name}) with {@code access}. */
  public static GitHubRest of(Map<String, String> env, GitHubAccess access, String repository) {
    String base = env.get("GITHUB_API_URL");
    URI api =
        base == null || base.isBlank()
            ? GITHUB_API
            : URI.create(base.strip().replaceAll("/+$", ""));
    return new GitHubRest(api, access, repository);
  }

  /** Opens an issue and returns its number. */
  public int open(String title, String body, java.util.List<String> labels) {
    ObjectNode request = JSON.createObjectNode().put("title", title).put("body", body);
    labels.forEach(request.putArray("labels")::add);
    JsonNode issue = send("POST", "/issues", request, false, "open an issue");
    return issue.path("number").asInt();
  }

  /** Comments on issue {@code number}. */
  public void comment(int number, String body) {
    send(
        "POST",
        "/issues/" + number + "/comments",
        JSON.createObjectNode().put("body", body),
        false,
        "comment on issue #" + number);
  }

  /** Closes issue {@code number} as not planned. */
  public void closeNotPlanned(int number) {
    close(number, "not_planned", "not planned");
  }

  /** Closes issue {@code number} as completed. */
  public void closeCompleted(int number) {
    close(number, "completed", "completed");
  }

  private void close(int number, String reason, String words) {
    send(
        "PATCH",
        "/issues/" + number,
        JSON.createObjectNode().put("state", "closed").put("state_reason", reason),
        true,
        "close issue #" + number + " as " + words);
  }

  private JsonNode send(
      String method, String path, ObjectNode body, boolean idempotent, String what) {
    URI uri = URI.create(api + "/repos/" + repository + path);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(access.timeout())
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/vnd.github+json")
            .header("X-GitHub-Api-Version", "2022-11-28")
            .header("Content-Type", "application/json")
            .header("User-Agent", "outpost")
            .method(
                method,
                HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build();
    String last = "";
    for (int attempt = 1; attempt <= GraphQlClient.ATTEMPTS; attempt++) {
      boolean retry;
      try {
        HttpResponse<String> response =
            http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
          return JSON.readTree(response.body());
        }
        last = "GitHub answered HTTP " + status + ": " + message(response.body());
        retry = idempotent && status >= 500;
        if (status == 401 || status == 403 || status == 404 || status == 410 || status == 422) {
          retry = false;
        }
      } catch (ConnectException e) {
        last = "cannot connect to " + GitHubAccess.shown(api);
        retry = true;
      } catch (HttpTimeoutException e) {
        last = "no answer within " + access.timeout().toSeconds() + " s";
        retry = idempotent;
      } catch (IOException e) {
        last = "the connection failed: " + e.getClass().getSimpleName();
        retry = idempotent;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failure(what, "interrupted");
      }
      if (!retry || attempt == GraphQlClient.ATTEMPTS) {
        break;
      }
      try {
        access.sleeper().sleep(Duration.ofSeconds(1L << (attempt - 1)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failure(what, "interrupted");
      }
    }
    throw failure(what, last);
  }

  private static String message(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      if (node != null && node.hasNonNull("message")) {
        return node.get("message").asText();
      }
    } catch (IOException e) {
      // Not JSON.
    }
    String text = body == null ? "" : body.strip();
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }

  private OutpostException failure(String what, String reason) {
    return new OutpostException(
        ExitCode.REMOTE_ERROR, "cannot " + what + " in " + repository + ": " + reason);
  }
}
