package dev.outpost.render.badge;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.outpost.model.Component;
import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Indicator;
import dev.outpost.model.StatusPage;
import dev.outpost.model.StatusReport;
import dev.outpost.model.UptimeSeries;
import dev.outpost.render.Json;
import dev.outpost.render.SitePaths;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * Status badges: {@code badge.svg} for the overall status and {@code components/<id>/badge.svg} for
 * each component, and shields.io endpoint JSON ({@code api/badge.json}, {@code
 * api/badges/<id>.json} for a component's status, {@code api/badges/uptime/<id>.json} for its
 * uptime over the uptime window).
 */
public final class Badges {
  public static final String SVG = "badge.svg";
  public static final String OVERALL_JSON = "api/badge.json";

  private Badges() {}

  /** The shields.io endpoint file of a component's status. */
  public static String statusJson(String componentId) {
    return "api/badges/" + componentId + ".json";
  }

  /** The shields.io endpoint file of a component's uptime. */
  public static String uptimeJson(String componentId) {
    return "api/badges/uptime/" + componentId + ".json";
  }

  /**
   * Every badge file, by path relative to the site's root, each made when asked for (on any
   * thread).
   */
  public static Map<String, Supplier<String>> files(StatusPage page, StatusReport report) {
    Map<String, Supplier<String>> files = new LinkedHashMap<>();
    files.put(SVG, () -> overall(report.indicator()).svg());
    files.put(OVERALL_JSON, () -> endpoint(overall(report.indicator())));
    for (Component c : page.components()) {
      Supplier<Badge> badge =
          () -> {
            ComponentStatus status =
                report.componentStatus().getOrDefault(c.id(), ComponentStatus.OPERATIONAL);
            return new Badge(c.name(), message(status), color(status));
          };
      files.put(SitePaths.component(c.id()) + SVG, () -> badge.get().svg());
      files.put(statusJson(c.id()), () -> endpoint(badge.get()));
      files.put(
          uptimeJson(c.id()),
          () -> {
            UptimeSeries series = report.uptime().get(c.id());
            return endpoint(
                uptime(
                    c.name() + " uptime",
                    series == null ? OptionalDouble.empty() : series.percent()));
          });
    }
    return files;
  }

  static Badge overall(Indicator indicator) {
    return switch (indicator) {
      case NONE -> new Badge("status", "operational", "brightgreen");
      case MAINTENANCE -> new Badge("status", "maintenance", "blue");
      case MINOR -> new Badge("status", "minor outage", "yellow");
      case MAJOR -> new Badge("status", "partial outage", "orange");
      case CRITICAL -> new Badge("status", "major outage", "red");
    };
  }

  static String message(ComponentStatus status) {
    return status.label().toLowerCase(Locale.ROOT);
  }

  static String color(ComponentStatus status) {
    return switch (status) {
      case OPERATIONAL -> "brightgreen";
      case UNDER_MAINTENANCE -> "blue";
      case DEGRADED_PERFORMANCE -> "yellow";
      case PARTIAL_OUTAGE -> "orange";
      case MAJOR_OUTAGE -> "red";
    };
  }

  /** Uptime in percent, rounded down to two decimals, coloured as shields.io colours coverage. */
  static Badge uptime(String label, OptionalDouble percent) {
    if (percent.isEmpty()) {
      return new Badge(label, "no data", "lightgrey");
    }
    double p = Math.floor(Math.max(0, Math.min(100, percent.getAsDouble())) * 100 + 1e-9) / 100;
    String message = p >= 100 ? "100%" : String.format(Locale.ROOT, "%.2f%%", p);
    String color =
        p >= 99.9
            ? "brightgreen"
            : p >= 99
                ? "green"
                : p >= 98 ? "yellowgreen" : p >= 95 ? "yellow" : p >= 90 ? "orange" : "red";
    return new Badge(label, message, color);
  }

  private static String endpoint(Badge badge) {
    return Json.write(new Endpoint(1, badge.label(), badge.message(), badge.color()));
  }

  /** shields.io's endpoint badge schema. */
  @JsonPropertyOrder({"schemaVersion", "label", "message", "color"})
  record Endpoint(
      @JsonProperty("schemaVersion") int schemaVersion,
      @JsonProperty("label") String label,
      @JsonProperty("message") String message,
      @JsonProperty("color") String color) {}
}
