package dev.outpost.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.outpost.config.CheckSpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;

/**
 * One attempt of an HTTP(S) check. The whole exchange, body included, is bounded by the deadline: a
 * server that sends its headers and then trickles the body fails like one that never answers.
 */
final class HttpProbe {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client;

  HttpProbe(SSLContext tls) {
    this.client =
        HttpClient.newBuilder()
            .sslContext(tls)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofMinutes(5))
            .build();
  }

  void probe(CheckSpec spec, Map<String, String> headers, Deadline deadline)
      throws Failure, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(spec.target()))
            .timeout(deadline.remaining().plusMillis(1))
            .header("User-Agent", "outpost-check")
            .method(spec.method(), HttpRequest.BodyPublishers.noBody());
    headers.forEach(request::header);
    long started = System.nanoTime();
    CompletableFuture<HttpResponse<String>> sent =
        client.sendAsync(
            request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    HttpResponse<String> response;
    try {
      response = sent.get(deadline.millis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      sent.cancel(true);
      throw new Failure(spec.method() + " " + Shown.target(spec) + ": no complete answer in time");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof java.net.http.HttpTimeoutException) {
        throw new Failure(spec.method() + " " + Shown.target(spec) + ": no answer in time");
      }
      if (cause instanceof IOException io) {
        throw Probe.failure(spec.method() + " " + Shown.target(spec), io, deadline);
      }
      throw new Failure(spec.method() + " " + Shown.target(spec) + ": " + Words.message(cause));
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    expect(spec.expect(), response, millis);
  }

  private static void expect(CheckSpec.Expect expect, HttpResponse<String> response, long millis)
      throws Failure {
    int status = response.statusCode();
    if (expect.status() != 0 ? status != expect.status() : status < 200 || status > 299) {
      throw new Failure(
          "expected HTTP "
              + (expect.status() != 0 ? String.valueOf(expect.status()) : "2xx")
              + ", got HTTP "
              + status);
    }
    String body = response.body();
    if (expect.body() != null && !body.contains(expect.body())) {
      throw new Failure("the body does not contain `" + expect.body() + "`");
    }
    if (!expect.json().isEmpty()) {
      JsonNode root;
      try {
        root = JSON.readTree(body);
      } catch (JsonProcessingException e) {
        throw new Failure("the body is not JSON");
      }
      for (Map.Entry<String, String> entry : expect.json().entrySet()) {
        JsonNode value = root == null ? null : root.at(entry.getKey());
        if (value == null || value.isMissingNode()) {
          throw new Failure("the JSON body has no " + entry.getKey());
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        if (!text.equals(entry.getValue())) {
          throw new Failure(
              "expected "
                  + entry.getKey()
                  + " to be `"
                  + entry.getValue()
                  + "`, got `"
                  + text
                  + "`");
        }
      }
    }
    Duration within = expect.within();
    if (within != null && millis > within.toMillis()) {
      throw new Failure("answered in " + millis + " ms, slower than " + Words.duration(within));
    }
  }
}
