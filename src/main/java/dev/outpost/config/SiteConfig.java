package dev.outpost.config;

import dev.outpost.model.Component;
import dev.outpost.model.ComponentGroup;
import dev.outpost.model.Site;
import dev.outpost.model.UptimePolicy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code outpost.yml}, read and validated.
 *
 * @param now the instant every build describes, for a demo that must read the same whenever it is
 *     built; {@code null} for a live page, whose builds describe the clock
 * @param checks the health checks, in the order written
 * @param showSuspected whether open suspected issues show as a notice on the page
 * @param notifications where {@code outpost notify} sends what changed
 * @param alerts the component of each alert name that {@code outpost alert} maps, from {@code
 *     alerts:}
 * @param autoResolve whether a confirmed suspected issue is closed as completed, resolving its
 *     incident, once its checks pass and its alerts are resolved ({@code auto_resolve:})
 * @param templates the incidents prepared in advance ({@code templates:}), in the order written
 * @param pages the sub-sites for audiences ({@code pages:}), in the order written
 */
public record SiteConfig(
    Site site,
    List<ComponentGroup> groups,
    List<Component> components,
    UptimePolicy uptime,
    GitHubSettings github,
    Instant now,
    List<CheckSpec> checks,
    boolean showSuspected,
    Notifications notifications,
    Map<String, String> alerts,
    boolean autoResolve,
    List<IncidentTemplate> templates,
    List<AudiencePage> pages) {
  public SiteConfig {
    groups = List.copyOf(groups);
    components = List.copyOf(components);
    checks = List.copyOf(checks);
    alerts = Map.copyOf(alerts);
    templates = List.copyOf(templates);
    pages = List.copyOf(pages);
  }

  /** A config without incident templates. */
  public SiteConfig(
      Site site,
      List<ComponentGroup> groups,
      List<Component> components,
      UptimePolicy uptime,
      GitHubSettings github,
      Instant now,
      List<CheckSpec> checks,
      boolean showSuspected,
      Notifications notifications,
      Map<String, String> alerts,
      boolean autoResolve) {
    this(
        site,
        groups,
        components,
        uptime,
        github,
        now,
        checks,
        showSuspected,
        notifications,
        alerts,
        autoResolve,
        List.of(),
        List.of());
  }

  /** The template with this id, if any. */
  public Optional<IncidentTemplate> template(String id) {
    return templates.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** A config whose confirmed suspected issues only people resolve. */
  public SiteConfig(
      Site site,
      List<ComponentGroup> groups,
      List<Component> components,
      UptimePolicy uptime,
      GitHubSettings github,
      Instant now,
      List<CheckSpec> checks,
      boolean showSuspected,
      Notifications notifications,
      Map<String, String> alerts) {
    this(
        site,
        groups,
        components,
        uptime,
        github,
        now,
        checks,
        showSuspected,
        notifications,
        alerts,
        false);
  }

  /** A config without alert names mapped to components. */
  public SiteConfig(
      Site site,
      List<ComponentGroup> groups,
      List<Component> components,
      UptimePolicy uptime,
      GitHubSettings github,
      Instant now,
      List<CheckSpec> checks,
      boolean showSuspected,
      Notifications notifications) {
    this(
        site,
        groups,
        components,
        uptime,
        github,
        now,
        checks,
        showSuspected,
        notifications,
        Map.of());
  }

  /** A config without checks or notifications. */
  public SiteConfig(
      Site site,
      List<ComponentGroup> groups,
      List<Component> components,
      UptimePolicy uptime,
      GitHubSettings github,
      Instant now) {
    this(site, groups, components, uptime, github, now, List.of(), true, Notifications.NONE);
  }

  /** A config whose builds describe the clock. */
  public SiteConfig(
      Site site,
      List<ComponentGroup> groups,
      List<Component> components,
      UptimePolicy uptime,
      GitHubSettings github) {
    this(site, groups, components, uptime, github, null);
  }

  /** The instant set by {@code now:}, if any. */
  public Optional<Instant> fixedNow() {
    return Optional.ofNullable(now);
  }

  /** A config with the default GitHub settings. */
  public SiteConfig(
      Site site, List<ComponentGroup> groups, List<Component> components, UptimePolicy uptime) {
    this(site, groups, components, uptime, GitHubSettings.DEFAULT);
  }
}
