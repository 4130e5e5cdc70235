package dev.outpost.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.outpost.source.github.GitHubAccess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Samples for a history the cache lost, read back from the published site's own {@code
 * api/checks.json}: so that losing the state folder loses at most the runs since the last build.
 * Never fails a run: whatever goes wrong (no answer in time, a status other than 200, a document
 * that is not Outpost's) is one line, and the run starts a new history.
 */
public final class Seed {
  /** Where the site publishes its samples, under its address. */
  public static final String PATH = "api/checks.json";

  /** How long seeding may take at most, reading the whole document included. */
  public static final Duration DEADLINE = Duration.ofSeconds(10);

  /** Larger documents are refused: 90 days of 100 checks every 5 minutes fit easily. */
  static final long LARGEST = 256L * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private Seed() {}

  /** The samples published under {@code site}, read within {@code deadline}; empty on failure. */
  public static Optional<Map<String, List<Sample>>> read(
      URI site, Duration deadline, Consumer<String> log) {
    return read(site, deadline, log, LARGEST);
  }

  /** As {@link #read(URI, Duration, Consumer)}, refusing a document over {@code largest} bytes. */
  static Optional<Map<String, List<Sample>>> read(
      URI site, Duration deadline, Consumer<String> log, long largest) {
    URI url = site.resolve(PATH);
    String shown = GitHubAccess.shown(url);
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(deadline)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(deadline)
            .header("User-Agent", "outpost-check")
            .header("Accept", "application/json")
            .GET()
            .build();
    CompletableFuture<HttpResponse<byte[]>> sent = client.sendAsync(request, bounded(largest));
    HttpResponse<byte[]> response;
    try {
      response = sent.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      sent.cancel(true);
      if (e instanceof ExecutionException failed
          && !(failed.getCause() instanceof java.net.http.HttpTimeoutException)) {
        log.accept(
            "no history to seed from: cannot read "
                + shown
                + " ("
                + failed.getCause().getClass().getSimpleName()
                + "); starting a new one");
        return Optional.empty();
      }
      // The client's own timeout and the wait above share the deadline: either may come first.
      log.accept(
          "no history to seed from: "
              + shown
              + " did not answer within "
              + Words.duration(deadline)
              + "; starting a new one");
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
    if (response.statusCode() != 200) {
      log.accept(
          "no history to seed from: "
              + shown
              + " answered HTTP "
              + response.statusCode()
              + "; starting a new one");
      return Optional.empty();
    }
    if (response.body() == null) {
      log.accept(
          "no history to seed from: "
              + shown
              + " is larger than "
              + largest / (1024 * 1024)
              + " MB; starting a new one");
      return Optional.empty();
    }
    Optional<Map<String, List<Sample>>> samples = parse(response.body());
    if (samples.isEmpty()) {
      log.accept(
          "no history to seed from: "
              + shown
              + " does not hold the samples Outpost publishes; starting a new one");
      return Optional.empty();
    }
    int count = samples.get().values().stream().mapToInt(List::size).sum();
    log.accept("seeded the history with " + count + " samples from " + shown);
    return samples;
  }

  /**
   * A body of at most {@code largest} bytes, read as it arrives; a longer one (by its length or by
   * what came) completes as {@code null} without being kept, so a huge document costs no memory.
   */
  static HttpResponse.BodyHandler<byte[]> bounded(long largest) {
    return info -> {
      if (info.headers().firstValueAsLong("Content-Length").orElse(0) > largest) {
        return HttpResponse.BodySubscribers.replacing(null);
      }
      return new Bounded(largest);
    };
  }

  private static final class Bounded implements HttpResponse.BodySubscriber<byte[]> {
    private final long largest;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    Bounded(long largest) {
      this.largest = largest;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        if (body.size() + (long) buffer.remaining() > largest) {
          result.complete(null);
          subscription.cancel();
          return;
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        body.write(bytes, 0, bytes.length);
      }
    }

    @Override
    public void onError(Throwable failure) {
      result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      result.complete(body.toByteArray());
    }
  }

  /** The samples of {@code api/checks.json}, by check id; empty unless it is such a document. */
  static Optional<Map<String, List<Sample>>> parse(byte[] body) {
    if (body.length > LARGEST) {
      return Optional.empty();
    }
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (root == null || !root.path("checks").isArray()) {
      return Optional.empty();
    }
    Map<String, List<Sample>> samples = new LinkedHashMap<>();
    for (JsonNode check : root.path("checks")) {
      String id = check.path("id").asText("");
      if (id.isEmpty() || !check.path("samples").isArray()) {
        return Optional.empty();
      }
      List<Sample> list = new ArrayList<>();
      for (JsonNode sample : check.path("samples")) {
        if (!sample.path("at").isTextual()
            || !sample.path("ok").isBoolean()
            || !sample.path("ms").isIntegralNumber()) {
          return Optional.empty();
        }
        try {
          list.add(
              new Sample(
                  Instant.parse(sample.path("at").asText()),
                  sample.path("ok").asBoolean(),
                  Math.max(0, sample.path("ms").asLong()),
                  ""));
        } catch (DateTimeParseException e) {
          return Optional.empty();
        }
      }
      samples.put(id, list);
    }
    return Optional.of(samples);
  }
}
