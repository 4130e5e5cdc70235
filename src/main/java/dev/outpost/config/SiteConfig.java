package dev.outpost.config;

import dev.outpost.model.Component;
import dev.outpost.model.ComponentGroup;
import dev.outpost.model.Site;
import dev.outpost.model.UptimePolicy;
import java.util.List;

/** {@code outpost.yml}, read and validated. */
public record SiteConfig(
    Site site,
    List<ComponentGroup> groups,
    List<Component> components,
    UptimePolicy uptime,
    GitHubSettings github) {
  public SiteConfig {
    groups = List.copyOf(groups);
    components = List.copyOf(components);
  }

  /** A config with the default GitHub settings. */
  public SiteConfig(
      Site site, List<ComponentGroup> groups, List<Component> components, UptimePolicy uptime) {
    this(site, groups, components, uptime, GitHubSettings.DEFAULT);
  }
}
