package dev.outpost.model;

import java.util.List;

/**
 * An open suspected issue: health checks or an alert say a component may be failing, and no trusted
 * person has confirmed it. The page shows it only as a calm notice; it changes no status, uptime,
 * feed or notification.
 *
 * @param issue the issue's number
 * @param components the ids of the components it is about, in the config's order
 */
public record Suspicion(int issue, List<String> components) {
  public Suspicion {
    components = List.copyOf(components);
  }
}
