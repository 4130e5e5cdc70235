package dev.outpost.render.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.outpost.model.Measured;
import dev.outpost.model.StatusPage;
import dev.outpost.model.StatusReport;
import dev.outpost.render.Json;
import dev.outpost.render.Moments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code api/checks.json}: every sample the health checks took in the last 90 days, with the
 * measured availability of the last day, week and 90 days. Written on one line, since it may hold
 * tens of thousands of samples; {@code outpost check} seeds its history from it when its own is
 * gone. Only when the config has checks.
 */
public final class ChecksApi {
  public static final String PATH = "api/checks.json";

  private ChecksApi() {}

  /** The file, by path, or nothing when nothing is measured. */
  public static Map<String, Supplier<String>> files(StatusPage page, StatusReport report) {
    Map<String, Supplier<String>> files = new LinkedHashMap<>();
    if (!page.measured().isEmpty()) {
      files.put(PATH, () -> Json.writeCompact(document(page, report)));
    }
    return files;
  }

  @JsonPropertyOrder({"generated_at", "checks"})
  record Document(String generatedAt, List<Check> checks) {}

  @JsonPropertyOrder({"id", "component", "kind", "target", "availability", "samples"})
  record Check(
      String id,
      String component,
      String kind,
      String target,
      Availability availability,
      List<Sample> samples) {}

  /** Shares of passing runs from 0 to 1, {@code null} when no run was recorded. */
  @JsonPropertyOrder({"day", "week", "days_90"})
  record Availability(
      BigDecimal day, BigDecimal week, @JsonProperty("days_90") BigDecimal days90) {}

  @JsonPropertyOrder({"at", "ok", "ms"})
  record Sample(String at, boolean ok, long ms) {}

  static Document document(StatusPage page, StatusReport report) {
    List<Check> checks = new ArrayList<>();
    for (Measured m : page.measured()) {
      List<Sample> samples = new ArrayList<>();
      for (Measured.Sample s : m.within(report.now(), Duration.ofDays(90))) {
        samples.add(new Sample(Moments.utc(s.at()), s.ok(), s.millis()));
      }
      List<BigDecimal> shares = new ArrayList<>();
      for (Duration window : Measured.WINDOWS) {
        shares.add(
            m.availability(report.now(), window)
                .map(share -> BigDecimal.valueOf(share).setScale(5, RoundingMode.FLOOR))
                .orElse(null));
      }
      checks.add(
          new Check(
              m.id(),
              m.component(),
              m.kind(),
              m.target(),
              new Availability(shares.get(0), shares.get(1), shares.get(2)),
              samples));
    }
    return new Document(Moments.utc(report.now()), checks);
  }
}
