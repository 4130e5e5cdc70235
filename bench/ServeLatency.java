import dev.outpost.OutpostException;
import dev.outpost.Pipeline;
import dev.outpost.preview.Preview;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How long {@code outpost serve} takes to show an edited incident: starts a {@link Preview} on a
 * history written by {@code Generate.java}, appends a line to one incident file, and polls the
 * served page until the line shows, a few times after a warm-up. Prints each time, the median and
 * how long the rebuilds themselves took.
 *
 * <p>Run with {@code java -cp target/outpost.jar bench/ServeLatency.java FOLDER [EDITS]}; it edits
 * the files in FOLDER (use a copy) and puts the edited file back at the end.
 */
public final class ServeLatency {
  static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  static final int WARM_UP = 3;

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int edits = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Path incidents = root.resolve("incidents");
    Path out = Files.createTempDirectory("outpost-serve-bench-").resolve("site");
    Path file;
    try (Stream<Path> files = Files.list(incidents)) {
      file =
          files
              .filter(p -> !p.getFileName().toString().contains("maintenance"))
              .sorted()
              .skip(100)
              .findFirst()
              .orElseThrow();
    }
    String id = file.getFileName().toString().replace(".md", "");
    String original = Files.readString(file, StandardCharsets.UTF_8);
    List<Long> rebuilds = Collections.synchronizedList(new ArrayList<>());
    Preview.Listener listener =
        new Preview.Listener() {
          @Override
          public void built(Pipeline.Result result) {
            rebuilds.add(result.took().toMillis());
            if (System.getenv("SERVE_STAGES") != null) {
              System.out.println(result.stages());
            }
          }

          @Override
          public void failed(OutpostException failure) {
            System.err.println("rebuild failed: " + failure.getMessage());
          }
        };
    Pipeline.Request request =
        new Pipeline.Request(root.resolve("outpost.yml"), incidents, out, NOW);
    HttpClient http = HttpClient.newHttpClient();
    List<Double> times = new ArrayList<>();
    try (Preview preview = Preview.start(request, () -> NOW, 0, listener)) {
      URI page = preview.uri().resolve("incidents/" + id + "/");
      System.out.printf(Locale.ROOT, "first build: %d ms; editing %s%n", rebuilds.get(0), file);
      for (int i = 0; i < WARM_UP + edits; i++) {
        String marker = "Benchmark edit number " + i + ".";
        long start = System.nanoTime();
        Files.writeString(file, original + "\n" + marker + "\n", StandardCharsets.UTF_8);
        while (!get(http, page).contains(marker)) {
          if (System.nanoTime() - start > 60_000_000_000L) {
            throw new IllegalStateException("the edit did not show within 60 s");
          }
          Thread.sleep(2);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (i >= WARM_UP) {
          times.add(millis);
        }
        Thread.sleep(300);
      }
    } finally {
      Files.writeString(file, original, StandardCharsets.UTF_8);
    }
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    List<Long> measured = rebuilds.subList(1 + WARM_UP, rebuilds.size());
    List<Long> builds = new ArrayList<>(measured);
    Collections.sort(builds);
    System.out.printf(
        Locale.ROOT,
        "edit to page shown, ms: %s%nmedian %.0f ms, min %.0f ms, max %.0f ms over %d edits"
            + " (rebuild alone: median %d ms)%n",
        times.stream().map(t -> String.format(Locale.ROOT, "%.0f", t)).toList(),
        sorted.get(sorted.size() / 2),
        sorted.get(0),
        sorted.get(sorted.size() - 1),
        sorted.size(),
        builds.isEmpty() ? -1 : builds.get(builds.size() / 2));
  }

  static String get(HttpClient http, URI uri) throws Exception {
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200 ? response.body() : "";
  }
}
