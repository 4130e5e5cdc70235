package dev.outpost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.scenario.SiteTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Audience pages in a build: each a sub-site in its own folder, with what only a site's root may
 * hold left to the main site, and the main site the same as without them.
 */
class AudiencePagesTest {
  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  private static final String CONFIG =
      """
      site: { title: Acme Status, url: "https://status.acme.example/" }
      components:
        - { id: api, name: API }
        - { id: web, name: Website }
      """;
  private static final String PAGES =
      """
      pages:
        - { path: partners, title: Acme for partners, components: [api] }
      """;
  private static final String INCIDENT =
      """
      ---
      title: Website down
      components: { web: major_outage }
      started: 2026-11-21T10:00:00Z
      ---
      """;

  @TempDir Path dir;

  @Test
  void aSubSiteHasItsOwnPagesFeedsApiAndBadgesButNoRootFiles() throws IOException {
    Path with = build(CONFIG + PAGES, "with");
    Path without = build(CONFIG, "without");

    Path partners = with.resolve("partners");
    for (String file :
        List.of(
            "index.html",
            "feed.atom",
            "maintenance.ics",
            "api/v2/summary.json",
            "badge.svg",
            "components/api/index.html",
            "sitemap.xml")) {
      assertTrue(Files.exists(partners.resolve(file)), file);
    }
    for (String file : List.of("CNAME", "404.html", "robots.txt", "components/web")) {
      assertFalse(Files.exists(partners.resolve(file)), file);
    }
    assertEquals("status.acme.example\n", Files.readString(with.resolve("CNAME")));
    String summary = Files.readString(partners.resolve("api/v2/summary.json"));
    assertTrue(summary.contains("\"https://status.acme.example/partners/\""), summary);
    assertTrue(summary.contains("All Systems Operational"), summary);
    assertFalse(summary.contains("Website"), summary);
    assertTrue(Files.readString(with.resolve("index.html")).contains("Website down"));
    assertEquals(
        "User-agent: *\nAllow: /\n\nSitemap: https://status.acme.example/sitemap.xml\n"
            + "Sitemap: https://status.acme.example/partners/sitemap.xml\n",
        Files.readString(with.resolve("robots.txt")));

    SiteTrees.assertSameTree(without, withoutFolder(with, "partners"));
  }

  private Path build(String config, String name) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    Files.writeString(folder.resolve("outpost.yml"), config);
    Path incidents = Files.createDirectories(folder.resolve("incidents"));
    Files.writeString(incidents.resolve("2026-11-21-web.md"), INCIDENT);
    Path out = folder.resolve("_site");
    Pipeline.build(new Pipeline.Request(folder.resolve("outpost.yml"), incidents, out, NOW));
    return out;
  }

  /**
   * A copy of the site {@code out} without its folder {@code sub}, its mention in the marker nor
   * its sitemap in {@code robots.txt}.
   */
  private Path withoutFolder(Path out, String sub) throws IOException {
    Path copy = dir.resolve("copy");
    SiteTrees.copy(out, copy);
    SiteTrees.deleteRecursively(copy.resolve(sub));
    Path robots = copy.resolve("robots.txt");
    Files.writeString(
        robots, Files.readString(robots).replaceAll("Sitemap: \\S+/" + sub + "/sitemap.xml\n", ""));
    Path marker = copy.resolve(dev.outpost.publish.SiteFolder.MARKER);
    List<String> kept =
        Files.readAllLines(marker).stream().filter(line -> !line.startsWith(sub + "/")).toList();
    Files.writeString(marker, String.join("\n", kept) + "\n");
    return copy;
  }
}
