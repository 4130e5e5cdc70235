package dev.outpost.config;

import dev.outpost.config.yaml.Fields;
import dev.outpost.config.yaml.Report;
import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.Yaml;
import dev.outpost.config.yaml.YamlList;
import dev.outpost.config.yaml.YamlMap;
import dev.outpost.config.yaml.YamlNode;
import dev.outpost.config.yaml.YamlScalar;
import dev.outpost.model.Component;
import dev.outpost.model.ComponentGroup;
import dev.outpost.model.Link;
import dev.outpost.model.Site;
import dev.outpost.model.UptimePolicy;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code outpost.yml}: one method per top-level section, each reading its keys through {@link
 * Fields}, so that adding a key or a section is a line or a method here.
 */
public final class ConfigReader {
  private static final URI NO_URL = URI.create("/");
  private static final ZoneId UTC = ZoneId.of("UTC");

  private final Report report;

  private ConfigReader(Report report) {
    this.report = report;
  }

  /**
   * Reads and validates the config at {@code file}, adding every problem to {@code problems} with
   * {@code file} as given as its path. Returns empty when the file is too broken to use.
   *
   * <p>When the file has problems but could be parsed, the config returned is a best effort, with
   * defaults in place of invalid values: good for checking incident files against (components,
   * groups, time zone), never for building a site.
   */
  public static Optional<SiteConfig> read(Path file, Problems problems) {
    Report report = new Report(file.toString(), problems);
    return TextFiles.read(file, report)
        .flatMap(text -> Yaml.parse(text, 0, report.path(), problems))
        .map(ConfigReader::emptyAsMap)
        .flatMap(root -> Fields.of(root, "the config", report))
        .map(new ConfigReader(report)::config);
  }

  private static YamlNode emptyAsMap(YamlNode root) {
    return root instanceof YamlScalar s && s.isNull() ? new YamlMap(s.location(), List.of()) : root;
  }

  private SiteConfig config(Fields root) {
    Site site = root.required("site", Fields::of).map(this::site).orElseGet(ConfigReader::noSite);
    List<ComponentGroup> groups =
        root.optional("groups", Types.LIST).map(this::groups).orElse(List.of());
    List<Component> components =
        root.required("components", Types.LIST)
            .map(list -> new Components(report, groups).read(list))
            .orElse(List.of());
    UptimePolicy uptime =
        root.optional("uptime", Fields::of).map(this::uptime).orElse(UptimePolicy.DEFAULT);
    root.finish();
    return new SiteConfig(site, groups, components, uptime);
  }

  private Site site(Fields site) {
    String title = site.required("title", Types.NON_EMPTY_TEXT).orElse("");
    String description = site.optional("description", Types.TEXT).map(String::strip).orElse("");
    URI url = site.required("url", Urls.SITE).orElse(NO_URL);
    ZoneId zone = site.optional("timezone", Zones.TYPE).orElse(UTC);
    String notice = site.optional("notice", Types.TEXT).map(String::strip).orElse("");
    List<Link> links = site.optional("links", Types.LIST).map(this::links).orElse(List.of());
    site.finish();
    return new Site(title, description, url, zone, notice, links);
  }

  private static Site noSite() {
    return new Site("", "", NO_URL, UTC, "", List.of());
  }

  private List<Link> links(YamlList list) {
    List<Link> links = new ArrayList<>();
    for (YamlNode item : list.items()) {
      Fields.of(item, "each link", report)
          .ifPresent(
              link -> {
                Optional<String> title = link.required("title", Types.NON_EMPTY_TEXT);
                Optional<URI> url = link.required("url", Urls.LINK);
                link.finish();
                if (title.isPresent() && url.isPresent()) {
                  links.add(new Link(title.get(), url.get()));
                }
              });
    }
    return links;
  }

  private List<ComponentGroup> groups(YamlList list) {
    List<ComponentGroup> groups = new ArrayList<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    for (YamlNode item : list.items()) {
      Fields.of(item, "each group", report)
          .ifPresent(
              group -> {
                Optional<String> id = group.required("id", Types.ID);
                String name = group.required("name", Types.NON_EMPTY_TEXT).orElse("");
                String description =
                    group.optional("description", Types.TEXT).map(String::strip).orElse("");
                group.finish();
                id.filter(i -> unique("group", i, group.valueLocation("id").line(), lines, group))
                    .ifPresent(i -> groups.add(new ComponentGroup(i, name, description)));
              });
    }
    return groups;
  }

  /** Whether {@code id} is new; reports it at its value otherwise. */
  static boolean unique(
      String noun, String id, int line, Map<String, Integer> lines, Fields fields) {
    Integer first = lines.putIfAbsent(id, line);
    if (first != null) {
      fields
          .report()
          .at(
              fields.valueLocation("id"),
              "duplicate " + noun + " id `" + id + "`; it is already used on line " + first);
      return false;
    }
    return true;
  }

  private UptimePolicy uptime(Fields uptime) {
    UptimePolicy defaults = UptimePolicy.DEFAULT;
    int days =
        uptime
            .optional("days", Types.INTEGER.then(Ranges.between(1, 3650)))
            .map(Long::intValue)
            .orElse(defaults.days());
    Optional<Fields> weights = uptime.optional("weights", Fields::of);
    uptime.finish();
    if (weights.isEmpty()) {
      return new UptimePolicy(
          days, defaults.majorWeight(), defaults.partialWeight(), defaults.degradedWeight());
    }
    Fields w = weights.get();
    double major = weight(w, "major_outage", defaults.majorWeight());
    double partial = weight(w, "partial_outage", defaults.partialWeight());
    double degraded = weight(w, "degraded_performance", defaults.degradedWeight());
    w.finish();
    return new UptimePolicy(days, major, partial, degraded);
  }

  private static double weight(Fields weights, String key, double fallback) {
    return weights.optional(key, Types.NUMBER.then(Ranges.between(0.0, 1.0))).orElse(fallback);
  }
}
