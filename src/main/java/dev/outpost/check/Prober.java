package dev.outpost.check;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.config.CheckSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;

/**
 * Runs checks: every check at once, each retried while its {@link CheckSpec#timeout()} lasts
 * (waiting 0.5, 1, then 2 seconds between attempts), and the whole run bounded by the longest
 * timeout plus a second, so that no server, however slow, holds a run longer.
 */
public final class Prober {
  static final int ATTEMPTS = 3;
  private static final Duration GRACE = Duration.ofSeconds(1);

  private final Probe probe;
  private final HttpProbe http;
  private final Map<String, String> env;
  private final Clock clock;

  private Prober(SSLContext tls, Map<String, String> env, Clock clock) {
    this.probe = new Probe(tls);
    this.http = new HttpProbe(tls);
    this.env = Map.copyOf(env);
    this.clock = clock;
  }

  /**
   * A prober that reads header secrets from {@code env} and trusts the certificates {@code tls}
   * trusts.
   */
  public static Prober of(SSLContext tls, Map<String, String> env, Clock clock) {
    return new Prober(tls, env, clock);
  }

  /** A prober that trusts the JDK's certificate authorities. */
  public static Prober of(Map<String, String> env) {
    try {
      return of(SSLContext.getDefault(), env, Clock.systemUTC());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The secret values the checks' headers take from the environment, for masking. A header that
   * names a variable that is not set is an error naming where the header is and the variable.
   */
  public List<String> secrets(List<CheckSpec> checks) {
    List<String> secrets = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (CheckSpec check : checks) {
      for (CheckSpec.Header header : check.headers()) {
        if (header.env() == null) {
          continue;
        }
        Optional<String> value = header.resolve(env);
        if (value.isEmpty() || value.get().isEmpty()) {
          missing.add(
              header.where()
                  + ": the header `"
                  + header.name()
                  + "` of check `"
                  + check.id()
                  + "` names the variable "
                  + header.env()
                  + ", which is not set");
        } else {
          secrets.add(value.get());
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new OutpostException(ExitCode.INVALID_INPUT, String.join("\n", missing));
    }
    return secrets;
  }

  /** Runs every check once, in parallel, and returns a sample for each, by id, in order. */
  public Map<String, Sample> run(List<CheckSpec> checks) {
    List<String> secrets = secrets(checks);
    Duration longest =
        checks.stream().map(CheckSpec::timeout).max(Duration::compareTo).orElse(Duration.ZERO);
    Deadline all = Deadline.in(longest.plus(GRACE));
    Instant at = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, checks.size()),
            r -> {
              Thread thread = new Thread(r, "outpost-check");
              thread.setDaemon(true);
              return thread;
            });
    try {
      Map<String, Future<Sample>> running = new LinkedHashMap<>();
      for (CheckSpec check : checks) {
        running.put(check.id(), pool.submit(() -> sample(check, at, secrets)));
      }
      Map<String, Sample> samples = new LinkedHashMap<>();
      for (CheckSpec check : checks) {
        Future<Sample> future = running.get(check.id());
        samples.put(check.id(), collect(check, future, all, at));
      }
      return samples;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Sample collect(CheckSpec check, Future<Sample> future, Deadline all, Instant at) {
    try {
      return future.get(all.millis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return new Sample(
          at,
          false,
          check.timeout().toMillis(),
          "no result within " + Words.duration(check.timeout()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OutpostException(ExitCode.INTERNAL_ERROR, "interrupted while checking");
    } catch (java.util.concurrent.ExecutionException e) {
      return new Sample(at, false, 0, "the check failed: " + Words.message(e.getCause()));
    }
  }

  /** Runs one check, retrying while its time lasts. */
  Sample sample(CheckSpec check, Instant at, List<String> secrets) {
    Deadline deadline = Deadline.in(check.timeout());
    String detail = null;
    long millis = 0;
    Duration pause = Duration.ofMillis(500);
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      long started = System.nanoTime();
      try {
        attempt(check, deadline);
        millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        return new Sample(at, true, millis, "");
      } catch (Failure f) {
        millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        // The first failure says most: later attempts have less time left.
        detail = detail == null ? f.getMessage() : detail;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Sample(at, false, millis, "interrupted");
      }
      if (attempt == ATTEMPTS || deadline.remaining().compareTo(pause) <= 0) {
        break;
      }
      try {
        Thread.sleep(pause.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      pause = pause.multipliedBy(2);
    }
    // A library's message may repeat the whole URL, credentials and all.
    String shown = detail.replace(check.target(), Shown.target(check));
    return new Sample(at, false, millis, Words.clean(shown, secrets));
  }

  private void attempt(CheckSpec check, Deadline deadline) throws Failure, InterruptedException {
    switch (check.kind()) {
      case HTTP -> http.probe(check, headers(check), deadline);
      case TCP -> probe.tcp(check.target(), deadline);
      case DNS -> probe.dns(check.target(), deadline);
      case TLS -> probe.tls(check.target(), check.expiresWithin(), clock.instant(), deadline);
    }
  }

  private Map<String, String> headers(CheckSpec check) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (CheckSpec.Header header : check.headers()) {
      header.resolve(env).ifPresent(v -> headers.put(header.name(), v));
    }
    return headers;
  }
}
