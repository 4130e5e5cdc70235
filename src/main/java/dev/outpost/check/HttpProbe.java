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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;

/**
 * One attempt of an HTTP(S) check. The whole exchange, body included, is bounded by the deadline: a
 * server that sends its headers and then trickles the body fails like one that never answers.
 * Redirects are followed here rather than by the client, which would send the check's headers (and
 * the secrets in them) to whatever server a redirect names: they go only to the check's own origin.
 */
final class HttpProbe {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How many redirects a check follows. */
  static final int MAX_REDIRECTS = 5;

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final HttpClient client;

  HttpProbe(SSLContext tls) {
    this.client =
        HttpClient.newBuilder()
            .sslContext(tls)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofMinutes(5))
            .build();
  }

  void probe(CheckSpec spec, Map<String, String> headers, Deadline deadline)
      throws Failure, InterruptedException {
    String shown = spec.method() + " " + Shown.target(spec);
    URI uri = URI.create(spec.target());
    String method = spec.method();
    Map<String, String> sending = headers;
    long started = System.nanoTime();
    HttpResponse<String> response;
    for (int hop = 0; ; hop++) {
      response = send(uri, method, sending, deadline, shown);
      int status = response.statusCode();
      Optional<String> location = response.headers().firstValue("Location");
      if (!REDIRECTS.contains(status) || location.isEmpty()) {
        break;
      }
      URI next;
      try {
        next = uri.resolve(location.get());
      } catch (IllegalArgumentException e) {
        throw new Failure(shown + ": redirected to an address that is not a URL");
      }
      String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new Failure(shown + ": redirected to an address that is not http or https");
      }
      if (uri.getScheme().equalsIgnoreCase("https") && scheme.equals("http")) {
        // Never from HTTPS down to plain HTTP: the redirect itself is the answer.
        if (spec.expect().status() == status) {
          break;
        }
        throw new Failure(
            shown + ": redirected from HTTPS to plain HTTP (HTTP " + status + "), not followed");
      }
      if (hop == MAX_REDIRECTS) {
        throw new Failure(shown + ": more than " + MAX_REDIRECTS + " redirects");
      }
      if (!sameOrigin(uri, next)) {
        // The check's headers may hold secrets, meant for its own server only.
        sending = Map.of();
      }
      if ((status == 303 && !method.equals("HEAD"))
          || ((status == 301 || status == 302) && method.equals("POST"))) {
        method = "GET";
      }
      uri = next;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    expect(spec.expect(), response, millis);
  }

  private HttpResponse<String> send(
      URI uri, String method, Map<String, String> headers, Deadline deadline, String shown)
      throws Failure, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(deadline.remaining().plusMillis(1))
            .header("User-Agent", "outpost-check")
            .method(method, HttpRequest.BodyPublishers.noBody());
    headers.forEach(request::header);
    CompletableFuture<HttpResponse<String>> sent =
        client.sendAsync(
            request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    try {
      return sent.get(deadline.millis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      sent.cancel(true);
      throw new Failure(shown + ": no complete answer in time");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof java.net.http.HttpTimeoutException) {
        throw new Failure(shown + ": no answer in time");
      }
      if (cause instanceof IOException io) {
        throw Probe.failure(shown, io, deadline);
      }
      throw new Failure(shown + ": " + Words.message(cause));
    }
  }

  /** Whether {@code a} and {@code b} have the same scheme, host and port. */
  static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost() != null
        && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
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
