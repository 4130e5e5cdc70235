package dev.outpost.config;

import dev.outpost.config.yaml.Fields;
import dev.outpost.config.yaml.Report;
import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.ValueType;
import dev.outpost.config.yaml.Yaml;
import dev.outpost.config.yaml.YamlList;
import dev.outpost.config.yaml.YamlMap;
import dev.outpost.config.yaml.YamlNode;
import dev.outpost.config.yaml.YamlScalar;
import dev.outpost.model.Brand;
import dev.outpost.model.Component;
import dev.outpost.model.ComponentGroup;
import dev.outpost.model.Language;
import dev.outpost.model.Link;
import dev.outpost.model.Site;
import dev.outpost.model.UptimePolicy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code outpost.yml}: one method per top-level section, each reading its keys through {@link
 * Fields}, so that adding a key or a section is a line or a method here.
 */
public final class ConfigReader {
  private static final URI NO_URL = URI.create("/");
  private static final ZoneId UTC = ZoneId.of("UTC");

  /** How problems name the config's folder, which bounds what it reads. */
  public static final String FOLDER = "the config's folder";

  private final Report report;
  private final Path folder;

  private ConfigReader(Report report, Path file) {
    this.report = report;
    this.folder = file.toAbsolutePath().normalize().getParent();
  }

  /**
   * Reads and validates the config at {@code file}, adding every problem to {@code problems} with
   * {@code file} as given as its path. Returns empty when the file is too broken to use.
   *
   * <p>When the file has problems but could be parsed, the config returned is a best effort, with
   * defaults in place of invalid values: good for checking incident files against (components,
   * groups, time zone), never for building a site.
   *
   * <p>A symbolic link is read only if it leads to a file inside the config's folder.
   */
  public static Optional<SiteConfig> read(Path file, Problems problems) {
    Report report = new Report(file.toString(), problems);
    if (!LocalFiles.readable(file, FOLDER, report)) {
      return Optional.empty();
    }
    return TextFiles.read(file, report)
        .flatMap(text -> Yaml.parse(text, 0, report.path(), problems))
        .map(ConfigReader::emptyAsMap)
        .flatMap(root -> Fields.of(root, "the config", report))
        .map(new ConfigReader(report, file)::config);
  }

  /**
   * As {@link #read(Path, Problems)}, for the {@code text} of a config not yet written to {@code
   * file} (as {@code outpost init} checks the one it is about to write).
   */
  public static Optional<SiteConfig> parse(String text, Path file, Problems problems) {
    Report report = new Report(file.toString(), problems);
    return Yaml.parse(text, 0, report.path(), problems)
        .map(ConfigReader::emptyAsMap)
        .flatMap(root -> Fields.of(root, "the config", report))
        .map(new ConfigReader(report, file)::config);
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
    GitHubSettings github = github(root, components);
    Instant now = root.optional("now", Types.time(site.zone())).orElse(null);
    List<CheckSpec> checks =
        root.optional("checks", Types.LIST)
            .map(list -> new Checks(report, components).read(list))
            .orElse(List.of());
    boolean showSuspected =
        root.optional("suspected", Types.oneOf("setting", List.of("show", "hide"), s -> s))
            .map("show"::equals)
            .orElse(true);
    Set<String> ids = new LinkedHashSet<>();
    components.forEach(c -> ids.add(c.id()));
    Notifications notifications =
        root.value("notifications").isPresent()
            ? new NotificationsReader(report, ids).read(root.value("notifications").get())
            : Notifications.NONE;
    Map<String, String> alerts =
        root.optional("alerts", Types.LIST)
            .map(list -> new AlertRoutes(report, components).read(list))
            .orElse(Map.of());
    boolean autoResolve = root.optional("auto_resolve", Types.BOOLEAN).orElse(false);
    List<IncidentTemplate> templates =
        root.optional("templates", Types.LIST)
            .map(list -> new Templates(report, components).read(list))
            .orElse(List.of());
    List<AudiencePage> pages =
        root.optional("pages", Types.LIST)
            .map(list -> new AudiencePages(report, components).read(list))
            .orElse(List.of());
    root.allow("notifications");
    root.finish();
    return new SiteConfig(
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
        templates,
        pages);
  }

  private Site site(Fields site) {
    String title = site.required("title", Types.NON_EMPTY_TEXT).orElse("");
    String description = site.optional("description", Types.TEXT).map(String::strip).orElse("");
    URI url = site.required("url", Urls.SITE).orElse(NO_URL);
    ZoneId zone = site.optional("timezone", Zones.TYPE).orElse(UTC);
    String notice = site.optional("notice", Types.TEXT).map(String::strip).orElse("");
    List<Link> links = site.optional("links", Types.LIST).map(this::links).orElse(List.of());
    Brand brand = new BrandReader(folder, report).read(site);
    Language language = new LanguageReader(report).read(site);
    site.finish();
    return new Site(title, description, url, zone, notice, links)
        .withBrand(brand)
        .withLanguage(language);
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

  private GitHubSettings github(Fields root, List<Component> components) {
    String repository = null;
    List<GitHubSettings.Repository> repositories = List.of();
    Optional<Fields> section = root.optional("github", Fields::of);
    if (section.isPresent()) {
      Fields github = section.get();
      repository = github.optional("repository", REPOSITORY).orElse(null);
      List<String> ids = components.stream().map(Component::id).toList();
      repositories =
          github
              .optional("repositories", Types.LIST)
              .map(list -> new RepositoryList(report, ids).read(list))
              .orElse(List.of());
      if (github.has("repository") && github.has("repositories")) {
        report.at(
            github.keyLocation("repositories"),
            "`github.repository` and `github.repositories` cannot both be set; list every"
                + " repository under `repositories`");
      }
      github.finish();
    }
    GitHubSettings.Labels labels =
        root.optional("labels", Fields::of).map(this::labels).orElse(GitHubSettings.Labels.DEFAULT);
    List<String> users =
        root.optional("trusted", Fields::of)
            .map(
                trusted -> {
                  List<String> logins =
                      trusted.optional("users", Types.LIST).map(this::logins).orElse(List.of());
                  trusted.finish();
                  return logins;
                })
            .orElse(List.of());
    return new GitHubSettings(repository, labels, users, repositories);
  }

  private GitHubSettings.Labels labels(Fields labels) {
    GitHubSettings.Labels d = GitHubSettings.Labels.DEFAULT;
    GitHubSettings.Labels read =
        new GitHubSettings.Labels(
            label(labels, "outage", d.outage()),
            label(labels, "maintenance", d.maintenance()),
            label(labels, "component_prefix", d.componentPrefix()),
            label(labels, "major_outage", d.majorOutage()),
            label(labels, "partial_outage", d.partialOutage()),
            label(labels, "degraded", d.degraded()),
            label(labels, "identified", d.identified()),
            label(labels, "monitoring", d.monitoring()),
            label(labels, "notice", d.notice()));
    labels.finish();
    if (read.outage().equals(read.maintenance())) {
      labels
          .report()
          .at(
              labels.valueLocation("maintenance"),
              "`labels.outage` and `labels.maintenance` must differ");
    }
    if (read.notice().equalsIgnoreCase(read.outage())
        || read.notice().equalsIgnoreCase(read.maintenance())) {
      labels
          .report()
          .at(
              labels.valueLocation(labels.has("notice") ? "notice" : "outage"),
              "`labels.notice` must differ from `labels.outage` and `labels.maintenance`");
    }
    return read;
  }

  private static String label(Fields labels, String key, String fallback) {
    return labels.optional(key, Types.NON_EMPTY_TEXT).orElse(fallback);
  }

  private List<String> logins(YamlList list) {
    List<String> logins = new ArrayList<>();
    for (YamlNode item : list.items()) {
      LOGIN.read(item, "each trusted user", report).ifPresent(logins::add);
    }
    return logins;
  }

  /** {@code owner/name}, as GitHub allows them. */
  static final ValueType<String> REPOSITORY =
      Types.TEXT.then(
          (text, node, name, report) -> {
            String value = text.strip();
            if (!GitHubSettings.isRepository(value)) {
              report.at(
                  node.location(),
                  "invalid repository `" + text + "`: write it as owner/name, such as acme/status");
              return Optional.empty();
            }
            return Optional.of(value);
          });

  /** A GitHub login, such as {@code octocat} or {@code renovate[bot]}. */
  private static final ValueType<String> LOGIN =
      Types.TEXT.then(
          (text, node, name, report) -> {
            String value = text.strip();
            if (!value.matches("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?")) {
              report.at(node.location(), "invalid GitHub login `" + text + "`");
              return Optional.empty();
            }
            return Optional.of(value);
          });

  private static double weight(Fields weights, String key, double fallback) {
    return weights.optional(key, Types.NUMBER.then(Ranges.between(0.0, 1.0))).orElse(fallback);
  }
}
