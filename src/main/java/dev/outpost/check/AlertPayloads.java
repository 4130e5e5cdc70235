package dev.outpost.check;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.config.Names;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Component;
import dev.outpost.model.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads what {@code outpost alert} is given: a {@code repository_dispatch} event of type {@code
 * outpost-alert} (as Actions hands it in {@code GITHUB_EVENT_PATH}), or its {@code client_payload}
 * alone. The payload is Outpost's small generic alert, or the webhook body of Prometheus
 * Alertmanager, Grafana alerting or Uptime Kuma, directly or wrapped as {@code {"body": ...}}.
 * Every alert must name a component of the config, by its {@code component} field or label, or
 * through {@code alerts:} by its name; if any does not, or the payload cannot be read, nothing is
 * returned: the failure names every alert at fault.
 */
public final class AlertPayloads {
  /** The {@code event_type} of the dispatch. */
  public static final String EVENT_TYPE = "outpost-alert";

  /** The most alerts one payload may carry (Alertmanager's {@code max_alerts}). */
  static final int MOST = 100;

  private static final int NAME = 100;
  private static final int SUMMARY = 300;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final DateTimeFormatter KUMA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]", Locale.ROOT);

  private final String path;
  private final SiteConfig config;
  private final List<String> ids;
  private final List<Problem> problems = new ArrayList<>();

  private AlertPayloads(String path, SiteConfig config) {
    this.path = path;
    this.config = config;
    this.ids = config.components().stream().map(Component::id).toList();
  }

  /**
   * What a payload said.
   *
   * @param format the kind of payload
   * @param alerts its alerts, each with its component; empty when it asks for nothing
   * @param note why it asks for nothing, or empty
   */
  public record Read(Alert.Format format, List<Alert> alerts, String note) {
    public Read {
      alerts = List.copyOf(alerts);
    }
  }

  /**
   * The alerts of {@code text}, read from {@code path} (as the user named it, for messages).
   *
   * @throws OutpostException with {@link ExitCode#INVALID_INPUT} and one problem per fault
   */
  public static Read read(String text, String path, SiteConfig config) {
    return new AlertPayloads(path, config).read(text);
  }

  private Read read(String text) {
    if (text == null || text.isBlank()) {
      throw fail("no alert: the input is empty");
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      problems.add(
          new Problem(
              path,
              at == null ? 0 : Math.max(0, at.getLineNr()),
              at == null ? 0 : Math.max(0, at.getColumnNr()),
              "malformed JSON: " + Untrusted.line(e.getOriginalMessage(), 200)));
      throw OutpostException.invalid(problems);
    }
    if (root == null || !root.isObject()) {
      throw fail("an alert is a JSON object, but this is " + kind(root));
    }
    JsonNode payload = root;
    if (root.has("client_payload")) {
      String type = root.path("action").asText("");
      if (!EVENT_TYPE.equals(type)) {
        throw fail(
            "a repository_dispatch event of type `"
                + Untrusted.line(type, NAME)
                + "`; outpost alert reads only `"
                + EVENT_TYPE
                + "`");
      }
      payload = root.get("client_payload");
      if (!payload.isObject()) {
        throw fail("the event's client_payload is " + kind(payload) + ", not an object");
      }
    }
    if (payload.path("body").isObject()) {
      payload = payload.get("body");
    }
    Read read;
    if (payload.has("alerts")) {
      read = grouped(payload);
    } else if (payload.has("heartbeat") || payload.has("monitor")) {
      read = kuma(payload);
    } else if (payload.has("status")) {
      read = generic(payload);
    } else {
      throw fail(
          "unknown alert format: expected Outpost's generic alert (component, status, summary,"
              + " fingerprint, source), an Alertmanager or Grafana webhook body (alerts), or Uptime"
              + " Kuma's (heartbeat, monitor); see docs/alerts.md");
    }
    if (!problems.isEmpty()) {
      throw OutpostException.invalid(problems);
    }
    return read;
  }

  private Read generic(JsonNode p) {
    String status = text(p, "status").strip().toLowerCase(Locale.ROOT);
    String where = "the alert";
    if (!status.equals("firing") && !status.equals("resolved")) {
      problems.add(
          problem(
              where
                  + " has status `"
                  + Untrusted.line(text(p, "status"), NAME)
                  + "`; use `firing` or `resolved`"));
    }
    String origin = Untrusted.line(text(p, "source"), 50);
    String component = component(p.get("component"), "", where);
    String given = text(p, "fingerprint");
    String fingerprint =
        fingerprint(given.isBlank() ? "generic|" + origin + "|" + component : given);
    Alert alert =
        new Alert(
            Alert.Format.GENERIC,
            origin,
            "",
            component,
            status.equals("firing"),
            Untrusted.line(text(p, "summary"), SUMMARY),
            fingerprint,
            null);
    return new Read(Alert.Format.GENERIC, List.of(alert), "");
  }

  /** Alertmanager's webhook body (version 4), and Grafana's, which adds to it. */
  private Read grouped(JsonNode p) {
    JsonNode alerts = p.get("alerts");
    if (!alerts.isArray()) {
      throw fail("`alerts` is " + kind(alerts) + ", not a list");
    }
    boolean grafana = p.has("orgId") || anyHas(alerts, "silenceURL", "dashboardURL", "values");
    Alert.Format format = grafana ? Alert.Format.GRAFANA : Alert.Format.ALERTMANAGER;
    if (!grafana && p.has("version") && !"4".equals(p.get("version").asText())) {
      throw fail(
          "an Alertmanager webhook body of version `"
              + Untrusted.line(p.get("version").asText(), NAME)
              + "`; Outpost reads version 4");
    }
    if (alerts.size() > MOST) {
      throw fail(
          alerts.size()
              + " alerts in one payload, more than "
              + MOST
              + "; set max_alerts: "
              + MOST
              + " in the webhook receiver");
    }
    String common = text(p.path("commonAnnotations"), "summary");
    List<Alert> read = new ArrayList<>();
    for (int i = 0; i < alerts.size(); i++) {
      JsonNode a = alerts.get(i);
      JsonNode labels = a.path("labels");
      String name = Untrusted.line(text(labels, "alertname"), NAME);
      String where = "alert " + (name.isEmpty() ? "" : "`" + name + "` ") + "(alerts[" + i + "])";
      String status = text(a, "status");
      if (!status.equals("firing") && !status.equals("resolved")) {
        problems.add(
            problem(
                where
                    + " has status `"
                    + Untrusted.line(status, NAME)
                    + "`; expected `firing` or `resolved`"));
      }
      String component = component(labels.get("component"), name, where);
      String summary = text(a.path("annotations"), "summary");
      if (summary.isBlank()) {
        summary = text(a.path("annotations"), "description");
      }
      if (summary.isBlank()) {
        summary = common;
      }
      String given = text(a, "fingerprint");
      boolean firing = status.equals("firing");
      read.add(
          new Alert(
              format,
              format.title(),
              name,
              component,
              firing,
              Untrusted.line(summary, SUMMARY),
              fingerprint(given.isBlank() ? labels(labels) : given),
              instant(text(a, firing ? "startsAt" : "endsAt"))));
    }
    return new Read(format, read, read.isEmpty() ? "the payload has no alerts" : "");
  }

  private Read kuma(JsonNode p) {
    JsonNode heartbeat = p.path("heartbeat");
    JsonNode monitor = p.path("monitor");
    Alert.Format format = Alert.Format.UPTIME_KUMA;
    if (!heartbeat.isObject() || !monitor.isObject()) {
      return new Read(format, List.of(), "Uptime Kuma's test notification: nothing to do");
    }
    int status = heartbeat.path("status").asInt(-1);
    if (status == 2 || status == 3) {
      return new Read(
          format,
          List.of(),
          "Uptime Kuma's monitor is "
              + (status == 2 ? "pending" : "in maintenance")
              + ": nothing to do");
    }
    String name = Untrusted.line(text(monitor, "name"), NAME);
    String where = "Uptime Kuma's monitor" + (name.isEmpty() ? "" : " `" + name + "`");
    if (status != 0 && status != 1) {
      problems.add(
          problem(
              where
                  + " has heartbeat status `"
                  + Untrusted.line(text(heartbeat, "status"), NAME)
                  + "`; expected 0 (down) or 1 (up)"));
    }
    JsonNode tagged = null;
    for (JsonNode tag : monitor.path("tags")) {
      if ("component".equals(tag.path("name").asText())) {
        tagged = tag.get("value");
      }
    }
    String component = component(tagged, name, where);
    JsonNode id = monitor.get("id");
    String fingerprint =
        id != null && id.canConvertToLong()
            ? "kuma-" + id.asLong()
            : fingerprint("kuma|" + text(monitor, "name"));
    Alert alert =
        new Alert(
            format,
            format.title(),
            name,
            component,
            status == 0,
            Untrusted.line(text(heartbeat, "msg"), SUMMARY),
            fingerprint,
            kumaTime(text(heartbeat, "time")));
    return new Read(format, List.of(alert), "");
  }

  /** The component an alert names, or the one {@code alerts:} maps its name to; "" if neither. */
  private String component(JsonNode given, String name, String where) {
    if (given != null && !given.isNull()) {
      String id = Untrusted.line(given.asText(""), NAME).toLowerCase(Locale.ROOT);
      if (ids.contains(id)) {
        return id;
      }
      problems.add(
          problem(
              where
                  + " names the component `"
                  + id
                  + "`, which outpost.yml does not have"
                  + Names.closest(id, ids)
                      .map(c -> "; did you mean `" + c + "`?")
                      .orElse("; use one of " + Names.quoted(ids))));
      return "";
    }
    String mapped = name.isEmpty() ? null : config.alerts().get(name);
    if (mapped != null) {
      return mapped;
    }
    problems.add(
        problem(
            where
                + " names no component: give it a `component` field or label"
                + (name.isEmpty()
                    ? ""
                    : ", or map `" + name + "` to a component under `alerts:` in outpost.yml")));
    return "";
  }

  /**
   * A fingerprint fit for Outpost's marker: the payload's own when it is short and plain, else
   * {@code h:} and 16 hexadecimal digits of its SHA-256.
   */
  static String fingerprint(String given) {
    if (given.matches("[A-Za-z0-9._:-]{1,64}")) {
      return given;
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(given.getBytes(StandardCharsets.UTF_8));
      return "h:" + HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** The labels in a fixed order, as one text: the fingerprint of an alert that has none. */
  private static String labels(JsonNode labels) {
    Map<String, String> sorted = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      sorted.put(e.getKey(), e.getValue().asText());
    }
    return "labels|" + sorted;
  }

  private static boolean anyHas(JsonNode alerts, String... keys) {
    for (JsonNode alert : alerts) {
      for (String key : keys) {
        if (alert.has(key)) {
          return true;
        }
      }
    }
    return false;
  }

  /** An RFC 3339 time; {@code null} for none, a bad one, or Alertmanager's zero time. */
  private static Instant instant(String text) {
    try {
      Instant at = OffsetDateTime.parse(text).toInstant();
      return at.isBefore(Instant.EPOCH) ? null : at;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Uptime Kuma's heartbeat time, {@code 2024-09-24 23:51:35.527}, in UTC. */
  private static Instant kumaTime(String text) {
    try {
      return LocalDateTime.parse(text, KUMA_TIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText();
  }

  private static String kind(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return "empty";
    }
    if (node.isArray()) {
      return "a list";
    }
    return node.isObject()
        ? "an object"
        : "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private Problem problem(String message) {
    return new Problem(path, 0, 0, message);
  }

  private OutpostException fail(String message) {
    problems.add(problem(message));
    return OutpostException.invalid(problems);
  }
}
