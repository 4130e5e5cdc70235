package dev.outpost.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts a message and waits for its answer within one deadline that covers connecting, the answer's
 * headers and its body, so that a receiver that hangs or trickles bytes cannot hold the run. A
 * {@code 429 Too Many Requests} is retried once after its {@code Retry-After}, when that fits in
 * the deadline; nothing else is retried, since a webhook may have acted on a request that failed
 * later.
 */
final class Http {
  private static final int MAX_ERROR_TEXT = 200;

  private final HttpClient client;
  private final Duration deadline;

  Http(Duration deadline) {
    this.deadline = deadline;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(deadline)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  Duration deadline() {
    return deadline;
  }

  /** Posts {@code body} as JSON to {@code url}; returns when a 2xx answer has arrived whole. */
  void postJson(String url, String body, Map<String, String> headers) throws SendFailure {
    long end = System.nanoTime() + deadline.toNanos();
    HttpRequest.Builder request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(deadline)
              .header("Content-Type", "application/json; charset=utf-8")
              .header("User-Agent", "Outpost")
              .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new SendFailure("the address is not a valid http(s) URL");
    }
    headers.forEach(request::header);
    HttpRequest built = request.build();
    HttpResponse<String> response = send(built, end);
    if (response.statusCode() == 429) {
      Duration wait = retryAfter(response);
      long left = end - System.nanoTime();
      if (wait.toNanos() >= left) {
        throw new SendFailure(
            "rate limited (HTTP 429); Retry-After "
                + wait.toSeconds()
                + " s does not fit in the deadline of "
                + deadline.toSeconds()
                + " s");
      }
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SendFailure("interrupted");
      }
      response = send(built, end);
    }
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      throw new SendFailure("answered HTTP " + status + excerpt(response.body()));
    }
  }

  private HttpResponse<String> send(HttpRequest request, long end) throws SendFailure {
    long left = end - System.nanoTime();
    if (left <= 0) {
      throw new SendFailure(timeout());
    }
    CompletableFuture<HttpResponse<String>> answer =
        client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    try {
      return answer.get(left, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new SendFailure(timeout());
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new SendFailure("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof java.net.http.HttpTimeoutException) {
        throw new SendFailure(timeout());
      }
      throw new SendFailure("could not be reached (" + cause.getClass().getSimpleName() + ")");
    }
  }

  private String timeout() {
    return "no complete answer within " + deadline.toMillis() / 1000.0 + " s";
  }

  /** How long a 429 asks to wait: seconds or an HTTP date; 1 s when it does not say. */
  static Duration retryAfter(HttpResponse<?> response) {
    String value = response.headers().firstValue("Retry-After").orElse("").strip();
    if (value.matches("\\d{1,6}")) {
      return Duration.ofSeconds(Long.parseLong(value));
    }
    if (value.matches("\\d{1,6}\\.\\d+")) {
      return Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(Instant.now(), at);
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return Duration.ofSeconds(1);
    }
  }

  private static String excerpt(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String text = body.strip().replaceAll("\\s+", " ");
    return ": " + (text.length() > MAX_ERROR_TEXT ? text.substring(0, MAX_ERROR_TEXT) + "…" : text);
  }
}
