package dev.outpost.model;

import java.time.Instant;

/** A note posted on a maintenance window, in Markdown. */
public record MaintenanceUpdate(Instant at, String body) {
  public MaintenanceUpdate {
    body = Characters.clean(body);
  }
}
