package dev.outpost.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.OutpostException;
import dev.outpost.Pipeline;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code outpost serve}: serves under the site's base path and rebuilds on every change. */
class PreviewTest {
  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  private static final String INCIDENT =
      """
      ---
      title: %s
      components: { api: partial_outage }
      started: 2026-11-21T10:00:00Z
      ---
      """;

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();
  private final BlockingQueue<Object> builds = new LinkedBlockingQueue<>();

  @Test
  void servesRebuildsAndKeepsTheLastGoodSite() throws Exception {
    Files.writeString(
        dir.resolve("outpost.yml"),
        """
        site: { title: Acme Status, url: "https://acme.github.io/status/" }
        components: [{ id: api, name: API }]
        """);
    Path incidents = Files.createDirectories(dir.resolve("incidents"));
    Path incident = incidents.resolve("api-errors.md");
    Files.writeString(incident, INCIDENT.formatted("API errors"));
    Pipeline.Request request =
        new Pipeline.Request(dir.resolve("outpost.yml"), incidents, dir.resolve("site"), NOW);

    try (Preview preview = Preview.start(request, () -> NOW, 0, listener())) {
      assertTrue(builds.take() instanceof Pipeline.Result);
      assertTrue(preview.uri().toString().endsWith("/status/"), preview.uri().toString());
      assertTrue(get(preview.uri()).body().contains("API errors"));
      // As GitHub Pages does: another site's page may read the API, as the embed script does.
      HttpResponse<String> status = get(preview.uri().resolve("api/v2/status.json"));
      assertEquals("*", status.headers().firstValue("Access-Control-Allow-Origin").orElse("none"));
      assertEquals(
          "text/javascript; charset=utf-8",
          get(preview.uri().resolve("embed.js"))
              .headers()
              .firstValue("Content-Type")
              .orElseThrow());
      assertEquals(404, get(preview.uri().resolve("no-such-page")).statusCode());
      assertEquals(302, get(preview.uri().resolve("/")).statusCode());

      Files.writeString(incident, INCIDENT.formatted("API errors on every request"));
      assertTrue(builds.poll(10, TimeUnit.SECONDS) instanceof Pipeline.Result, "rebuilt");
      assertTrue(get(preview.uri()).body().contains("API errors on every request"));

      Files.writeString(incident, "---\ntitle: [broken\n---\n");
      assertTrue(builds.poll(10, TimeUnit.SECONDS) instanceof OutpostException, "reported");
      assertTrue(get(preview.uri()).body().contains("API errors on every request"), "kept");
    }
  }

  private Preview.Listener listener() {
    return new Preview.Listener() {
      @Override
      public void built(Pipeline.Result result) {
        builds.add(result);
      }

      @Override
      public void failed(OutpostException failure) {
        builds.add(failure);
      }
    };
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
