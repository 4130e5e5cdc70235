package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Incident;
import dev.outpost.model.IncidentState;
import dev.outpost.model.IncidentUpdate;
import dev.outpost.model.Origin;
import dev.outpost.model.StatusPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders ten years of history, 10,000 incidents, and prints how long it took. Opt-in, as timing on
 * a shared machine is noisy: {@code mvn test -Dtest=RenderSpeedTest -Doutpost.bench=true}.
 */
class RenderSpeedTest {
  @Test
  @EnabledIfSystemProperty(named = "outpost.bench", matches = "true")
  void rendersTenThousandIncidents(@TempDir Path tmp) throws Exception {
    Path out = tmp;
    StatusPage demo = Demo.page();
    List<Incident> incidents = new ArrayList<>();
    Instant last = Demo.NOW.minus(Duration.ofHours(1));
    for (int i = 0; i < 10_000; i++) {
      Instant start = last.minus(Duration.ofMinutes(525L * i));
      incidents.add(
          new Incident(
              "inc-" + i,
              "Incident number " + i,
              null,
              List.of(
                  new IncidentUpdate(
                      start,
                      IncidentState.INVESTIGATING,
                      Map.of("api", ComponentStatus.PARTIAL_OUTAGE),
                      "Requests **fail** for some users; see https://example.com/x."),
                  new IncidentUpdate(
                      start.plus(Duration.ofMinutes(40)), IncidentState.RESOLVED, Map.of(), "")),
              "A *summary*.",
              false,
              new Origin(null, "https://github.com/acme/status/issues/" + i)));
    }
    StatusPage page =
        new StatusPage(
            demo.site(),
            demo.groups(),
            demo.components(),
            demo.uptime(),
            incidents,
            demo.maintenance());
    for (int warm = 0; warm < 1; warm++) {
      Path dir = Files.createDirectory(out.resolve("warm" + warm));
      long w0 = System.nanoTime();
      Demo.render(page, Demo.report(page), dir);
      System.out.println("warm-up " + (System.nanoTime() - w0) / 1_000_000 + " ms");
    }
    out = Files.createDirectory(out.resolve("site"));
    long t0 = System.nanoTime();
    Demo.render(page, Demo.report(page), out);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("rendered 10,000 incidents in " + millis + " ms");
    try (Stream<Path> files = Files.walk(out.resolve("incidents"))) {
      assertEquals(10_002, files.filter(p -> p.endsWith("index.html")).count());
    }
  }
}
