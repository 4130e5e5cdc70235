package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.outpost.model.Incident;
import dev.outpost.model.StatusPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site as files: which are written, links, 404, sitemap, robots, CNAME, determinism. */
class SiteFilesTest extends RenderingTest {
  @Test
  void writesEveryPageAndFile() throws IOException {
    whenRendered();
    assertEquals(
        List.of(
            "404.html",
            "CNAME",
            "api/badge.json",
            "api/badges/api.json",
            "api/badges/db.json",
            "api/badges/uptime/api.json",
            "api/badges/uptime/db.json",
            "api/badges/uptime/website.json",
            "api/badges/website.json",
            "api/v2/components.json",
            "api/v2/incidents.json",
            "api/v2/incidents/unresolved.json",
            "api/v2/scheduled-maintenances.json",
            "api/v2/scheduled-maintenances/active.json",
            "api/v2/scheduled-maintenances/upcoming.json",
            "api/v2/status.json",
            "api/v2/summary.json",
            "assets/favicon.svg",
            "assets/outpost.css",
            "badge.svg",
            "components/api/badge.svg",
            "components/api/feed.atom",
            "components/api/feed.json",
            "components/api/feed.rss",
            "components/api/index.html",
            "components/api/maintenance.ics",
            "components/db/badge.svg",
            "components/db/feed.atom",
            "components/db/feed.json",
            "components/db/feed.rss",
            "components/db/index.html",
            "components/db/maintenance.ics",
            "components/website/badge.svg",
            "components/website/feed.atom",
            "components/website/feed.json",
            "components/website/feed.rss",
            "components/website/index.html",
            "components/website/maintenance.ics",
            "developers/index.html",
            "embed.js",
            "feed.atom",
            "feed.json",
            "feed.rss",
            "history/2026-09/index.html",
            "history/2026-11/index.html",
            "history/index.html",
            "incidents/api-errors/index.html",
            "incidents/db-down/index.html",
            "incidents/db-upgrade/index.html",
            "incidents/db-upgrade/maintenance.ics",
            "incidents/network-work/index.html",
            "incidents/network-work/maintenance.ics",
            "incidents/sept-outage/index.html",
            "index.html",
            "maintenance.ics",
            "robots.txt",
            "sitemap.xml"),
        files(out));
  }

  @Test
  void every404LinkIsAbsoluteFromTheBasePath() throws IOException {
    givenSiteAt("https://acme.github.io/status/");
    whenRendered();
    thenFileContains(
        "404.html",
        "<link rel=\"stylesheet\" href=\"/status/assets/outpost.css\">",
        "<li><a href=\"/status/history/\">History</a></li>",
        "<a href=\"/status/\">Go to the current status</a>",
        "<meta name=\"robots\" content=\"noindex\">");
    thenFileLacks("404.html", "rel=\"canonical\"");
    SiteLinks.assertAllResolve(out, "/status/");
  }

  @Test
  void listsEveryPageInTheSitemapAndNamesItInRobots() throws IOException {
    givenSiteAt("https://acme.github.io/status/");
    whenRendered();
    thenFileContains(
        "sitemap.xml",
        "<url><loc>https://acme.github.io/status/</loc></url>\n",
        "<url><loc>https://acme.github.io/status/incidents/api-errors/</loc></url>\n",
        "<url><loc>https://acme.github.io/status/history/2026-09/</loc></url>\n",
        "<url><loc>https://acme.github.io/status/components/db/</loc></url>\n");
    thenFileLacks("sitemap.xml", "404");
    thenFileLacks("sitemap.xml", "lastmod");
    long htmlPages = files(out).stream().filter(f -> f.endsWith("index.html")).count();
    assertEquals(htmlPages, file("sitemap.xml").lines().filter(l -> l.contains("<loc>")).count());
    assertEquals(
        "User-agent: *\nAllow: /\n\nSitemap: https://acme.github.io/status/sitemap.xml\n",
        file("robots.txt"));
  }

  @Test
  void writesCnameForACustomDomain() throws IOException {
    whenRendered();
    assertEquals("status.acme.example\n", file("CNAME"));
  }

  @Test
  void writesNoCnameOnGithubIo() throws IOException {
    givenSiteAt("https://acme.github.io/status/");
    whenRendered();
    assertFalse(Files.exists(out.resolve("CNAME")));
  }

  @Test
  void refusesAnIdThatIsNoPathSegment() {
    page = withIncidents(renamed(Demo.apiErrors(), "../../etc"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, this::whenRendered);
    assertEquals("not usable in a URL: id \"../../etc\"", e.getMessage());
  }

  @Test
  void refusesTwoPagesAtOnePath() {
    page = withIncidents(renamed(Demo.apiErrors(), "db-upgrade"));
    IllegalStateException e = assertThrows(IllegalStateException.class, this::whenRendered);
    assertEquals(
        "two outputs at incidents/db-upgrade/index.html: are two ids the same?", e.getMessage());
  }

  private StatusPage withIncidents(Incident... incidents) {
    return new StatusPage(
        page.site(),
        page.groups(),
        page.components(),
        page.uptime(),
        List.of(incidents),
        page.maintenance());
  }

  private static Incident renamed(Incident incident, String id) {
    return new Incident(
        id,
        incident.title(),
        incident.declaredImpact(),
        incident.updates(),
        incident.body(),
        incident.postmortem(),
        incident.origin());
  }

  @Test
  void everyInternalLinkResolves() throws IOException {
    whenRendered();
    SiteLinks.assertAllResolve(out, "/");
  }

  @Test
  void rendersByteIdenticalFilesTwice(@TempDir Path again) throws IOException {
    whenRendered();
    Demo.render(Demo.page(), Demo.report(Demo.page()), again);
    assertEquals(files(out), files(again));
    for (String path : files(out)) {
      assertArrayEquals(
          Files.readAllBytes(out.resolve(path)), Files.readAllBytes(again.resolve(path)), path);
    }
  }
}
