package dev.outpost.config;

import dev.outpost.config.yaml.Fields;
import dev.outpost.config.yaml.Location;
import dev.outpost.config.yaml.Report;
import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.ValueType;
import dev.outpost.config.yaml.YamlList;
import dev.outpost.config.yaml.YamlMap;
import dev.outpost.config.yaml.YamlNode;
import dev.outpost.model.Component;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the {@code checks} list of the config: one probe each, tied to a known component. */
final class Checks {
  private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "OPTIONS");
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,252})");
  private static final Pattern ENV = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Report report;
  private final List<String> componentIds;
  private final Map<String, Integer> lines = new HashMap<>();

  Checks(Report report, List<Component> components) {
    this.report = report;
    this.componentIds = components.stream().map(Component::id).toList();
  }

  List<CheckSpec> read(YamlList list) {
    List<CheckSpec> checks = new ArrayList<>();
    for (YamlNode item : list.items()) {
      Fields.of(item, "each check", report).flatMap(this::check).ifPresent(checks::add);
    }
    return checks;
  }

  private Optional<CheckSpec> check(Fields f) {
    Optional<String> id = f.required("id", Types.ID);
    Optional<String> component = f.required("component", Types.ID).filter(c -> known(c, f));
    Map<CheckSpec.Kind, String> targets = new LinkedHashMap<>();
    for (CheckSpec.Kind kind : CheckSpec.Kind.values()) {
      f.optional(kind.key(), target(kind)).ifPresent(t -> targets.put(kind, t));
    }
    boolean http = targets.containsKey(CheckSpec.Kind.HTTP);
    String method = onlyFor(f, "method", http, "http", Types.oneOf("method", METHODS, m -> m));
    List<CheckSpec.Header> headers =
        Optional.ofNullable(onlyFor(f, "headers", http, "http", Types.MAP))
            .map(this::headers)
            .orElse(List.of());
    CheckSpec.Expect expect =
        Optional.ofNullable(onlyFor(f, "expect", http, "http", Fields::of))
            .map(this::expect)
            .orElse(CheckSpec.Expect.ANY);
    boolean tls = targets.containsKey(CheckSpec.Kind.TLS);
    Duration expires = onlyFor(f, "expires_within", tls, "tls", Durations.TYPE);
    int failures =
        f.optional("failures", Types.INTEGER.then(Ranges.between(1, 100)))
            .map(Long::intValue)
            .orElse(CheckSpec.DEFAULT_FAILURES);
    Duration timeout =
        f.optional("timeout", Durations.TYPE.then(Checks::atMostFiveMinutes))
            .orElse(CheckSpec.DEFAULT_TIMEOUT);
    f.finish();
    if (targets.isEmpty() && !anyWritten(f)) {
      report.at(f.location(), "a check needs one of `http`, `tcp`, `dns` or `tls`");
    }
    if (targets.size() > 1) {
      List<String> keys = targets.keySet().stream().map(k -> "`" + k.key() + "`").toList();
      report.at(
          f.keyLocation(new ArrayList<>(targets.keySet()).get(1).key()),
          "a check probes one thing, but this one has "
              + String.join(" and ", keys)
              + "; split it into one check each");
      targets.clear();
    }
    boolean unique =
        id.isPresent()
            && ConfigReader.unique("check", id.get(), f.valueLocation("id").line(), lines, f);
    if (!unique || component.isEmpty() || targets.isEmpty()) {
      return Optional.empty();
    }
    Map.Entry<CheckSpec.Kind, String> target = targets.entrySet().iterator().next();
    return Optional.of(
        new CheckSpec(
            id.get(),
            component.get(),
            target.getKey(),
            target.getValue(),
            method != null ? method : "GET",
            headers,
            expect,
            expires != null ? expires : CheckSpec.DEFAULT_EXPIRES_WITHIN,
            failures,
            timeout,
            where(f.location())));
  }

  /** Whether a probe key is written with a value that could not be read (reported already). */
  private static boolean anyWritten(Fields f) {
    for (CheckSpec.Kind kind : CheckSpec.Kind.values()) {
      if (f.contains(kind.key())) {
        return true;
      }
    }
    return false;
  }

  private <T> T onlyFor(Fields f, String key, boolean applies, String kind, ValueType<T> type) {
    Optional<T> value = f.optional(key, type);
    if (f.contains(key) && !applies) {
      report.at(f.keyLocation(key), "`" + key + "` is for `" + kind + "` checks only");
    }
    return value.orElse(null);
  }

  private boolean known(String component, Fields f) {
    if (componentIds.contains(component)) {
      return true;
    }
    String hint =
        Names.closest(component, componentIds)
            .map(c -> "; did you mean `" + c + "`?")
            .orElse("; use one of " + Names.quoted(componentIds));
    report.at(f.valueLocation("component"), "unknown component `" + component + "`" + hint);
    return false;
  }

  private List<CheckSpec.Header> headers(YamlMap map) {
    List<CheckSpec.Header> headers = new ArrayList<>();
    for (YamlMap.Entry entry : map.entries()) {
      if (!entry.key().matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+")) {
        report.at(entry.keyLocation(), "invalid header name `" + entry.key() + "`");
        continue;
      }
      Types.TEXT
          .read(entry.value(), "`" + entry.key() + "`", report)
          .ifPresent(value -> header(entry, value.strip()).ifPresent(headers::add));
    }
    return headers;
  }

  private Optional<CheckSpec.Header> header(YamlMap.Entry entry, String value) {
    String where = where(entry.value().location());
    if (value.startsWith("env:")) {
      String env = value.substring(4).strip();
      if (!ENV.matcher(env).matches()) {
        report.at(
            entry.value().location(),
            "invalid variable name `" + env + "`: write env:NAME, such as env:API_TOKEN");
        return Optional.empty();
      }
      return Optional.of(new CheckSpec.Header(entry.key(), null, env, where));
    }
    if (value.contains("\n") || value.contains("\r")) {
      report.at(entry.value().location(), "a header value must be one line");
      return Optional.empty();
    }
    return Optional.of(new CheckSpec.Header(entry.key(), value, null, where));
  }

  private CheckSpec.Expect expect(Fields f) {
    int status =
        f.optional("status", Types.INTEGER.then(Ranges.between(100, 599)))
            .map(Long::intValue)
            .orElse(0);
    String body = f.optional("body", Types.NON_EMPTY_TEXT).orElse(null);
    Map<String, String> json = f.optional("json", Types.MAP).map(this::json).orElse(Map.of());
    Duration within = f.optional("within", Durations.TYPE).orElse(null);
    f.finish();
    return new CheckSpec.Expect(status, body, json, within);
  }

  private Map<String, String> json(YamlMap map) {
    Map<String, String> json = new LinkedHashMap<>();
    for (YamlMap.Entry entry : map.entries()) {
      if (!entry.key().startsWith("/")) {
        report.at(
            entry.keyLocation(),
            "`"
                + entry.key()
                + "` is not a JSON pointer: start it with /, such as /status or /checks/0/ok");
        continue;
      }
      Types.TEXT
          .read(entry.value(), "`" + entry.key() + "`", report)
          .ifPresent(v -> json.put(entry.key(), v));
    }
    return json;
  }

  private static ValueType<String> target(CheckSpec.Kind kind) {
    return Types.NON_EMPTY_TEXT.then(
        (text, node, name, report) -> {
          String problem =
              switch (kind) {
                case HTTP -> url(text);
                case TCP, TLS -> hostPort(text);
                case DNS ->
                    HOST.matcher(text).matches()
                        ? null
                        : "write a host name, such as api.acme.example";
              };
          if (problem != null) {
            report.at(node.location(), "invalid " + name + " target `" + text + "`: " + problem);
            return Optional.empty();
          }
          return Optional.of(text);
        });
  }

  private static String url(String text) {
    try {
      URI uri = new URI(text);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return null;
      }
    } catch (java.net.URISyntaxException e) {
      // Reported below.
    }
    return "write an http or https URL, such as https://api.acme.example/healthz";
  }

  private static String hostPort(String text) {
    int colon = text.lastIndexOf(':');
    if (colon > 0 && HOST.matcher(text.substring(0, colon)).matches()) {
      try {
        int port = Integer.parseInt(text.substring(colon + 1));
        if (port >= 1 && port <= 65535) {
          return null;
        }
      } catch (NumberFormatException e) {
        // Reported below.
      }
    }
    return "write host:port, such as db.acme.example:5432";
  }

  private static Optional<Duration> atMostFiveMinutes(
      Duration d, YamlNode node, String name, Report report) {
    if (d.compareTo(Duration.ofMinutes(5)) > 0) {
      report.at(node.location(), name + " must be at most 5m: a run checks every 5 minutes");
      return Optional.empty();
    }
    return Optional.of(d);
  }

  private String where(Location location) {
    return report.path() + ":" + location.line() + ":" + location.column();
  }
}
