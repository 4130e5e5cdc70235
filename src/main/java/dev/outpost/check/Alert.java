package dev.outpost.check;

import java.time.Instant;

/**
 * One alert from a monitoring system, read by {@link AlertPayloads}: every text in it came from the
 * payload and is kept only as {@link Untrusted#line} left it.
 *
 * @param format the kind of payload it came in
 * @param origin who sent it: the generic payload's {@code source}, else the format's name
 * @param name the alert's name ({@code alertname}, the monitor's name), or empty
 * @param component the id of the component it is about
 * @param firing whether it fires; resolved otherwise
 * @param summary what it says, or empty
 * @param fingerprint the same for every notification of one alert; only {@code [A-Za-z0-9._:-]}
 * @param since when it started firing or was resolved, when the payload says so; else {@code null}
 */
public record Alert(
    Format format,
    String origin,
    String name,
    String component,
    boolean firing,
    String summary,
    String fingerprint,
    Instant since) {

  /** The payloads {@code outpost alert} reads. */
  public enum Format {
    GENERIC("generic"),
    ALERTMANAGER("Prometheus Alertmanager"),
    GRAFANA("Grafana"),
    UPTIME_KUMA("Uptime Kuma");

    private final String title;

    Format(String title) {
      this.title = title;
    }

    /** The format's name, as people know it. */
    public String title() {
      return title;
    }
  }
}
