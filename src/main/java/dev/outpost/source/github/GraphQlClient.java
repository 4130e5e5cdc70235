package dev.outpost.source.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A small GraphQL client for GitHub: one POST per query. Each request must be answered in full —
 * connection, headers and the whole body — within {@link GitHubAccess#timeout()}, and all of the
 * client's requests, retries and waits included, within {@link GitHubAccess#deadline()} of its
 * creation: a server that trickles its answer cannot hold a build.
 *
 * <p>A server error (5xx), a timeout, a broken connection and a secondary rate limit are retried a
 * few times, waiting 1, 2, then 4 seconds (a secondary rate limit: as long as {@code Retry-After}
 * says, up to {@link #LONGEST_WAIT}, or a minute without it). A primary rate limit fails at once,
 * saying when it resets. Anything else that is not a clean answer — another HTTP status, a body
 * that is not JSON, a GraphQL {@code errors} array (but for the errors a caller says it expects), a
 * missing {@code data} — fails at once. Every failure names the request.
 */
final class GraphQlClient {
  static final int ATTEMPTS = 4;
  static final Duration LONGEST_WAIT = Duration.ofMinutes(2);
  static final Duration SECONDARY_WAIT = Duration.ofMinutes(1);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final GitHubAccess access;
  private final HttpClient http;
  private final long deadline;

  /** A client whose requests, together, end by {@code access.deadline()} from now. */
  GraphQlClient(GitHubAccess access) {
    this.access = access;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(access.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.deadline = System.nanoTime() + access.deadline().toNanos();
  }

  /**
   * Runs {@code document} with {@code variables} and returns its {@code data}.
   *
   * @param what the request in words, for messages, such as "issues of acme/status, page 3"
   */
  JsonNode query(String document, ObjectNode variables, String what) {
    return query(document, variables, what, error -> false);
  }

  /**
   * Runs {@code document} with {@code variables} and returns its {@code data}, also when GitHub
   * reports errors, as long as every one of them is {@code expected}: the parts of {@code data}
   * they concern are then {@code null}.
   *
   * @param what the request in words, for messages, such as "issues of acme/status, page 3"
   * @param expected whether an error of GitHub's {@code errors} array is one the caller handles
   */
  JsonNode query(String document, ObjectNode variables, String what, Predicate<JsonNode> expected) {
    ObjectNode body = JSON.createObjectNode();
    body.put("query", document);
    body.set("variables", variables);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(access.graphql())
            .header("Authorization", "bearer " + access.token())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("User-Agent", "outpost")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    String lastFailure = "";
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Duration wait = Duration.ofSeconds(1L << (attempt - 1));
      Duration limit = min(access.timeout(), remaining());
      if (limit.isZero()) {
        throw failure(what, pastDeadline(lastFailure, attempt - 1));
      }
      CompletableFuture<HttpResponse<String>> sent =
          http.sendAsync(
              request.timeout(limit).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      try {
        // The request's own timeout ends at the headers; this bound covers the body too.
        HttpResponse<String> response = sent.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        Outcome outcome = outcome(response, what, expected);
        if (outcome.data() != null) {
          return outcome.data();
        }
        lastFailure = outcome.retry();
        if (outcome.delay() != null) {
          wait = outcome.delay();
        }
      } catch (TimeoutException e) {
        sent.cancel(true);
        lastFailure = noAnswer(limit);
      } catch (ExecutionException e) {
        lastFailure = failed(e.getCause(), limit);
      } catch (InterruptedException e) {
        sent.cancel(true);
        Thread.currentThread().interrupt();
        throw failure(what, "interrupted");
      }
      if (attempt < ATTEMPTS) {
        if (wait.compareTo(remaining()) >= 0) {
          throw failure(what, pastDeadline(lastFailure, attempt));
        }
        pause(wait, what);
      }
    }
    throw failure(what, lastFailure + " (tried " + ATTEMPTS + " times)");
  }

  /** What went wrong with a request that ended in {@code cause}. */
  private String failed(Throwable cause, Duration limit) {
    while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return "cannot connect to "
          + GitHubAccess.shown(access.graphql())
          + " within "
          + inWords(limit);
    }
    if (cause instanceof HttpTimeoutException) {
      return noAnswer(limit);
    }
    if (cause instanceof java.net.ConnectException) {
      return "cannot connect to " + GitHubAccess.shown(access.graphql());
    }
    if (cause instanceof IOException) {
      return "the connection to "
          + access.host()
          + " failed: "
          + (cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName());
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    throw new IllegalStateException(cause);
  }

  private String noAnswer(Duration limit) {
    return "no complete answer from " + access.host() + " within " + inWords(limit);
  }

  private String pastDeadline(String lastFailure, int attempts) {
    if (attempts == 0) {
      return "the earlier requests to "
          + access.host()
          + " used up the deadline of "
          + inWords(access.deadline())
          + " on all of them";
    }
    return lastFailure
        + " (tried "
        + attempts
        + (attempts == 1 ? " time" : " times")
        + "); stopped at the deadline of "
        + inWords(access.deadline())
        + " on all requests to "
        + access.host();
  }

  /** The time left before the deadline, never negative. */
  private Duration remaining() {
    long left = deadline - System.nanoTime();
    return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** Such as "30 s", "0.3 s" or "10 min". */
  static String inWords(Duration duration) {
    long millis = duration.toMillis();
    if (millis >= 60_000 && millis % 60_000 == 0) {
      return millis / 60_000 + " min";
    }
    if (millis % 1000 == 0) {
      return millis / 1000 + " s";
    }
    return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  /** Data, or a reason to retry with an optional wait; throws when retrying cannot help. */
  private record Outcome(JsonNode data, String retry, Duration delay) {}

  private Outcome outcome(
      HttpResponse<String> response, String what, Predicate<JsonNode> expected) {
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
    if (errors.isArray() && !errors.isEmpty() && !all(errors, expected)) {
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

  private static boolean all(JsonNode errors, Predicate<JsonNode> expected) {
    for (JsonNode error : errors) {
      if (!expected.test(error)) {
        return false;
      }
    }
    return true;
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
