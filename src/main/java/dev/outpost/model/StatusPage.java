package dev.outpost.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything the site is built from, after reading and validating every source.
 *
 * @param components in the order they are shown
 * @param incidents newest first (by start, then id)
 * @param maintenance newest first (by start, then id)
 * @param suspicions open suspected issues, shown only as a notice
 * @param measured what the health checks measured, in the order of the config's checks
 */
public record StatusPage(
    Site site,
    List<ComponentGroup> groups,
    List<Component> components,
    UptimePolicy uptime,
    List<Incident> incidents,
    List<Maintenance> maintenance,
    List<Suspicion> suspicions,
    List<Measured> measured) {
  public StatusPage {
    groups = List.copyOf(groups);
    components = List.copyOf(components);
    incidents = List.copyOf(incidents);
    maintenance = List.copyOf(maintenance);
    suspicions = List.copyOf(suspicions);
    measured = List.copyOf(measured);
  }

  /** A page with nothing measured. */
  public StatusPage(
      Site site,
      List<ComponentGroup> groups,
      List<Component> components,
      UptimePolicy uptime,
      List<Incident> incidents,
      List<Maintenance> maintenance,
      List<Suspicion> suspicions) {
    this(site, groups, components, uptime, incidents, maintenance, suspicions, List.of());
  }

  /** A page with no suspected issues. */
  public StatusPage(
      Site site,
      List<ComponentGroup> groups,
      List<Component> components,
      UptimePolicy uptime,
      List<Incident> incidents,
      List<Maintenance> maintenance) {
    this(site, groups, components, uptime, incidents, maintenance, List.of());
  }

  /** The same page with what the health checks {@code measured}. */
  public StatusPage withMeasured(List<Measured> measured) {
    return new StatusPage(
        site, groups, components, uptime, incidents, maintenance, suspicions, measured);
  }

  /**
   * The page one audience sees, as {@code site}: only the components {@code ids}, their groups, the
   * incidents and maintenance windows that touch them (each showing only those components), the
   * suspicions about them and what is measured of them.
   */
  public StatusPage narrowed(Site site, java.util.Set<String> ids) {
    return Audience.narrow(this, site, java.util.Set.copyOf(ids));
  }

  /** What the checks of component {@code id} measured, in the config's order. */
  public List<Measured> measuredOf(String id) {
    return measured.stream().filter(m -> m.component().equals(id)).toList();
  }

  public Optional<Component> component(String id) {
    return components.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public Optional<ComponentGroup> group(String id) {
    return groups.stream().filter(g -> g.id().equals(id)).findFirst();
  }
}
