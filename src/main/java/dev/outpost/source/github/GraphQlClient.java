package dev.outpost.source.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A small GraphQL client for GitHub: one POST per query, every request bounded by a timeout.
 *
 * <p>A server error (5xx), a timeout, a broken connection and a secondary rate limit are retried a
 * few times, waiting 1, 2, then 4 seconds (a secondary rate limit: as long as {@code Retry-After}
 * says, up to {@link #LONGEST_WAIT}, or a minute without it). A primary rate limit fails at once,
 * saying when it resets. Anything else that is not a clean answer — another HTTP status, a body
 * that is not JSON, a GraphQL {@code errors} array, a missing {@code data} — fails at once. Every
 * failure names the request.
 */
final class GraphQlClient {
  static final int ATTEMPTS = 4;
  static final Duration LONGEST_WAIT = Duration.ofMinutes(2);
  static final Duration SECONDARY_WAIT = Duration.ofMinutes(1);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final GitHubAccess access;
  private final HttpClient http;

  GraphQlClient(GitHubAccess access) {
    this.access = access;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(access.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Runs {@code document} with {@code variables} and returns its {@code data}.
   *
   * @param what the request in words, for messages, such as "issues of acme/status, page 3"
   */
  JsonNode query(String document, ObjectNode variables, String what) {
    ObjectNode body = JSON.createObjectNode();
    body.put("query", document);
    body.set("variables", variables);
    HttpRequest request =
        HttpRequest.newBuilder(access.graphql())
            .timeout(access.timeout())
            .header("Authorization", "bearer " + access.token())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("User-Agent", "outpost")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build();
    String lastFailure = "";
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Duration wait = Duration.ofSeconds(1L << (attempt - 1));
      try {
        HttpResponse<String> response =
            http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Outcome outcome = outcome(response, what);
        if (outcome.data() != null) {
          return outcome.data();
        }
        lastFailure = outcome.retry();
        if (outcome.delay() != null) {
          wait = outcome.delay();
        }
      } catch (HttpTimeoutException e) {
        lastFailure = "no answer within " + access.timeout().toSeconds() + " s";
      } catch (java.net.ConnectException e) {
        lastFailure = "cannot connect to " + access.graphql();
      } catch (IOException e) {
        lastFailure =
            "the connection failed: "
                + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failure(what, "interrupted");
      }
      if (attempt < ATTEMPTS) {
        pause(wait, what);
      }
    }
    throw failure(what, lastFailure + " (tried " + ATTEMPTS + " times)");
  }

  /** Data, or a reason to retry with an optional wait; throws when retrying cannot help. */
  private record Outcome(JsonNode data, String retry, Duration delay) {}

  private Outcome outcome(HttpResponse<String> response, String what) {
    int status = response.statusCode();
    HttpHeaders headers = response.headers();
    if (status >= 500) {
      return new Outcome(null, "GitHub answered HTTP " + status, null);
    }
    if (status == 403 || status == 429) {
      return rateLimited(status, headers, response.body(), what);
    }
    if (status == 401) {
      throw failure(what, "GitHub rejected the token (HTTP 401): " + message(response.body()));
    }
    if (status != 200) {
      throw failure(what, "GitHub answered HTTP " + status + ": " + message(response.body()));
    }
    JsonNode root;
    try {
      root = JSON.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw failure(what, "GitHub's answer is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw failure(what, "GitHub's answer is not a JSON object");
    }
    JsonNode errors = root.path("errors");
    if (errors.isArray() && !errors.isEmpty()) {
      if ("RATE_LIMITED".equals(errors.get(0).path("type").asText())) {
        throw failure(what, primaryLimit(headers));
      }
      throw failure(what, "GitHub reported errors: " + errorMessages(errors));
    }
    JsonNode data = root.path("data");
    if (!data.isObject()) {
      throw failure(what, "GitHub's answer has no data");
    }
    return new Outcome(data, null, null);
  }

  private Outcome rateLimited(int status, HttpHeaders headers, String body, String what) {
    Optional<String> retryAfter = headers.firstValue("retry-after");
    if (retryAfter.isPresent()) {
      long seconds = parseLong(retryAfter.get()).orElse(60L);
      Duration wait = Duration.ofSeconds(Math.max(seconds, 1));
      if (wait.compareTo(LONGEST_WAIT) > 0) {
        throw failure(
            what,
            "GitHub's secondary rate limit asks to wait "
                + seconds
                + " s, longer than Outpost waits; try again after "
                + Instant.now().plus(wait).truncatedTo(ChronoUnit.SECONDS));
      }
      return new Outcome(
          null, "GitHub's secondary rate limit (HTTP " + status + "): " + message(body), wait);
    }
    if ("0".equals(headers.firstValue("x-ratelimit-remaining").orElse(""))) {
      throw failure(what, primaryLimit(headers));
    }
    String message = message(body);
    if (message.toLowerCase(java.util.Locale.ROOT).contains("secondary rate limit")) {
      // GitHub's advice without Retry-After: wait at least a minute.
      return new Outcome(
          null, "GitHub's secondary rate limit (HTTP " + status + "): " + message, SECONDARY_WAIT);
    }
    throw failure(
        what, "GitHub refused the request (HTTP " + status + "): " + message + "; check the token");
  }

  private static String primaryLimit(HttpHeaders headers) {
    String limit = headers.firstValue("x-ratelimit-limit").orElse("?");
    OptionalLong reset =
        headers.firstValue("x-ratelimit-reset").stream()
            .mapToLong(v -> parseLong(v).orElse(-1L))
            .filter(v -> v >= 0)
            .findFirst();
    if (reset.isEmpty()) {
      return "GitHub's rate limit of " + limit + " an hour is used up";
    }
    long value = reset.getAsLong();
    // Epoch seconds, as GitHub sends; some recordings hold milliseconds.
    Instant at =
        value > 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    return "GitHub's rate limit of "
        + limit
        + " an hour is used up; it resets at "
        + at
        + ". Not waiting: run the build again after that";
  }

  private static Optional<Long> parseLong(String text) {
    try {
      return Optional.of(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** GitHub's {@code message}, or the start of the body. */
  private static String message(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      if (node != null && node.hasNonNull("message")) {
        return node.get("message").asText();
      }
    } catch (JsonProcessingException e) {
      // Not JSON: show the start of the text.
    }
    String text = body == null ? "" : body.strip();
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }

  private static String errorMessages(JsonNode errors) {
    List<String> messages = new java.util.ArrayList<>();
    for (JsonNode error : errors) {
      String type = error.path("type").asText("");
      String message = error.path("message").asText("unknown error");
      messages.add(type.isEmpty() ? message : type + ": " + message);
    }
    return String.join("; ", messages);
  }

  private void pause(Duration wait, String what) {
    try {
      access.sleeper().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(what, "interrupted");
    }
  }

  static OutpostException failure(String what, String reason) {
    return new OutpostException(
        ExitCode.REMOTE_ERROR,
        "cannot read " + what + " from GitHub: " + reason + "; the site was not changed");
  }
}
