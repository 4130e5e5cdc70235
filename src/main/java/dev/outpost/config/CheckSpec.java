package dev.outpost.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One health check from the {@code checks} section of {@code outpost.yml}.
 *
 * @param id unique among the checks
 * @param component the component a failure is about
 * @param kind what is probed
 * @param target a URL for HTTP, {@code host:port} for TCP and TLS, a host name for DNS
 * @param method the HTTP method; {@code GET} by default
 * @param headers HTTP headers, in the order written
 * @param expect what an HTTP answer must be
 * @param expiresWithin a TLS certificate that expires sooner than this fails
 * @param failures how many runs in a row must fail before an issue is opened
 * @param timeout the bound on one run of this check, every attempt included
 * @param where {@code outpost.yml:line:col} of the check, for messages
 */
public record CheckSpec(
    String id,
    String component,
    Kind kind,
    String target,
    String method,
    List<Header> headers,
    Expect expect,
    Duration expiresWithin,
    int failures,
    Duration timeout,
    String where) {
  public static final int DEFAULT_FAILURES = 2;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_EXPIRES_WITHIN = Duration.ofDays(14);

  public CheckSpec {
    headers = List.copyOf(headers);
  }

  /** What a check probes. */
  public enum Kind {
    HTTP,
    TCP,
    DNS,
    TLS;

    /** The key that names it in {@code outpost.yml}. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * An HTTP header: a value as written, or the name of the environment variable that holds it.
   *
   * @param where {@code outpost.yml:line:col} of the value, for messages
   */
  public record Header(String name, String value, String env, String where) {
    /** The value, from the environment when it names a variable. */
    public Optional<String> resolve(Map<String, String> environment) {
      return env == null ? Optional.of(value) : Optional.ofNullable(environment.get(env));
    }
  }

  /**
   * What an HTTP answer must be.
   *
   * @param status the status code; any 2xx when {@code 0}
   * @param body a substring the body must contain, or {@code null}
   * @param json JSON pointers and the text each must hold, in the order written
   * @param within the longest acceptable response time, or {@code null}
   */
  public record Expect(int status, String body, Map<String, String> json, Duration within) {
    public static final Expect ANY = new Expect(0, null, Map.of(), null);

    public Expect {
      json = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(json));
    }
  }
}
