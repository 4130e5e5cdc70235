package dev.outpost.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A part of the service whose status the page shows.
 *
 * @param id a stable id ({@code [a-z0-9][a-z0-9-]*}), used in files, URLs and labels
 * @param name shown to readers
 * @param description may be empty
 * @param group the id of its {@link ComponentGroup}, or {@code null}
 * @param since the first day it existed (in the site's zone), or {@code null} if always; earlier
 *     days do not count for uptime
 */
public record Component(String id, String name, String description, String group, LocalDate since) {
  public Component {
    name = Characters.clean(name);
    description = Characters.clean(description);
  }

  public Optional<String> groupId() {
    return Optional.ofNullable(group);
  }

  public Optional<LocalDate> sinceDate() {
    return Optional.ofNullable(since);
  }
}
