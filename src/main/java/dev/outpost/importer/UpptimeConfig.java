package dev.outpost.importer;

import dev.outpost.config.Problems;
import dev.outpost.config.yaml.Yaml;
import dev.outpost.config.yaml.YamlList;
import dev.outpost.config.yaml.YamlMap;
import dev.outpost.config.yaml.YamlNode;
import dev.outpost.config.yaml.YamlScalar;
import dev.outpost.source.files.IncidentFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What Outpost takes from an Upptime repository's {@code .upptimerc.yml}: its sites, the repository
 * it names, and where its status website lives (for the redirect map).
 *
 * @param repository {@code owner/repo} as written, or empty when either is missing
 * @param sites in the order written
 * @param website the status website's address or path, ending in {@code /}: {@code https://cname/},
 *     else {@code baseUrl}, else {@code /}
 */
public record UpptimeConfig(String repository, List<Site> sites, String website) {

  /**
   * An Upptime site: a component.
   *
   * @param slug the labels Upptime gives its issues: {@code slug}, else its name as Upptime's
   *     slugify writes it
   * @param tags labels Upptime adds to its issues
   */
  public record Site(String name, String slug, boolean explicitSlug, List<String> tags) {}

  private static final List<String> READ_TOP = List.of("owner", "repo", "sites", "status-website");

  /** Reads {@code file}, reporting what cannot be read or carried over to {@code notes}. */
  public static Optional<UpptimeConfig> read(Path file, Problems notes) {
    String path = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      notes.unreadable(path, "cannot read: " + e.getMessage());
      return Optional.empty();
    }
    Optional<YamlNode> root = Yaml.parse(text, 0, path, notes);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    if (!(root.get() instanceof YamlMap map)) {
      notes.add(path, 1, 1, "not an Upptime configuration: no `sites:` map");
      return Optional.empty();
    }
    for (YamlMap.Entry entry : map.entries()) {
      if (!READ_TOP.contains(entry.key())) {
        notes.add(
            path,
            entry.keyLocation().line(),
            entry.keyLocation().column(),
            "`" + entry.key() + "` has no place in Outpost's import; not carried over");
      }
    }
    String owner = field(map, "owner");
    String repo = field(map, "repo");
    List<Site> sites = new ArrayList<>();
    Optional<YamlMap.Entry> listed = map.entry("sites");
    if (listed.isEmpty() || !(listed.get().value() instanceof YamlList list)) {
      notes.add(path, 0, 0, "no `sites:` list: no sites to import");
    } else {
      for (YamlNode item : list.items()) {
        if (!(item instanceof YamlMap site)) {
          at(notes, path, item, "an entry of `sites` that is not a map; left out");
          continue;
        }
        String name = field(site, "name");
        if (name.isBlank()) {
          at(notes, path, item, "a site without a name; left out");
          continue;
        }
        String slug = field(site, "slug");
        List<String> tags = new ArrayList<>();
        site.entry("tags")
            .filter(e -> e.value() instanceof YamlList)
            .ifPresent(e -> ((YamlList) e.value()).items().forEach(t -> tags.add(text(t))));
        List<String> unused = new ArrayList<>();
        for (YamlMap.Entry entry : site.entries()) {
          if (!List.of("name", "slug", "tags").contains(entry.key())) {
            unused.add("`" + entry.key() + "`");
          }
        }
        if (!unused.isEmpty()) {
          at(
              notes,
              path,
              item,
              "site "
                  + name
                  + ": "
                  + String.join(", ", unused)
                  + " not carried over (what Outpost watches is set in outpost.yml's checks:)");
        }
        sites.add(new Site(name, slug.isBlank() ? slugify(name) : slug, !slug.isBlank(), tags));
      }
    }
    String website = "/";
    Optional<YamlMap.Entry> web = map.entry("status-website");
    if (web.isPresent() && web.get().value() instanceof YamlMap status) {
      String cname = field(status, "cname");
      String base = field(status, "baseUrl");
      base = base.isBlank() ? "/" : (base.startsWith("/") ? base : "/" + base);
      base = base.endsWith("/") ? base : base + "/";
      website = cname.isBlank() ? base : "https://" + cname.replaceAll("/+$", "") + "/";
    }
    String repository = owner.isBlank() || repo.isBlank() ? "" : owner + "/" + repo;
    return Optional.of(new UpptimeConfig(repository, List.copyOf(sites), website));
  }

  /**
   * A site's name as Upptime's slugify writes it when the site has no {@code slug}: words split
   * where the case changes ({@code GitHub} gives {@code git-hub}), accents dropped, lower case,
   * dashes between; a name with no such letters keeps its letters.
   */
  static String slugify(String name) {
    String words =
        name.replace("&", " and ")
            .replaceAll("([A-Z]{2,})(\\d+)", "$1 $2")
            .replaceAll("([a-z\\d]+)([A-Z]{2,})", "$1 $2")
            .replaceAll("([a-z\\d])([A-Z])", "$1 $2")
            .replaceAll("([A-Z]+)([A-Z][a-rt-z\\d]+)", "$1 $2");
    String ascii =
        Normalizer.normalize(words, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (!ascii.isEmpty()) {
      return ascii;
    }
    String unicode =
        Normalizer.normalize(name, Normalizer.Form.NFKC)
            .strip()
            .replaceAll("[\\\\/<>:\"|?*#%\\s]+", "-")
            .replaceAll("\\p{Cc}", "")
            .replaceAll("-+", "-")
            .replaceAll("^[.-]+|[.-]+$", "");
    return unicode.isEmpty() ? IncidentFileWriter.slug(name) : unicode;
  }

  private static void at(Problems notes, String path, YamlNode node, String message) {
    notes.add(path, node.location().line(), node.location().column(), message);
  }

  private static String field(YamlMap map, String key) {
    return map.entry(key).map(e -> text(e.value())).orElse("");
  }

  private static String text(YamlNode node) {
    return node instanceof YamlScalar scalar && !scalar.isNull() ? scalar.text().strip() : "";
  }
}
