package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Incident;
import dev.outpost.model.Indicator;
import dev.outpost.model.StatusPage;
import dev.outpost.model.StatusReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteRendererTest {
  @TempDir Path out;

  private StatusPage page = Demo.page();
  private StatusReport report = Demo.report(page);

  private void givenSiteAt(String url) {
    page = Demo.page(url);
    report = Demo.report(page);
  }

  private void whenRendered() throws IOException {
    Demo.render(page, report, out);
  }

  private String file(String path) throws IOException {
    return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
  }

  private void thenFileContains(String path, String... fragments) throws IOException {
    String text = file(path);
    for (String fragment : fragments) {
      assertTrue(text.contains(fragment), () -> path + " lacks " + fragment + "\n" + text);
    }
  }

  private void thenFileLacks(String path, String fragment) throws IOException {
    String text = file(path);
    assertFalse(text.contains(fragment), () -> path + " has " + fragment);
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  @Test
  void writesEveryPageAndFile() throws IOException {
    whenRendered();
    assertEquals(
        List.of(
            "404.html",
            "CNAME",
            "assets/outpost.css",
            "components/api/index.html",
            "components/db/index.html",
            "components/website/index.html",
            "history/2026-09/index.html",
            "history/2026-11/index.html",
            "history/index.html",
            "incidents/api-errors/index.html",
            "incidents/db-down/index.html",
            "incidents/db-upgrade/index.html",
            "incidents/network-work/index.html",
            "incidents/sept-outage/index.html",
            "index.html",
            "robots.txt",
            "sitemap.xml"),
        files(out));
  }

  @ParameterizedTest
  @CsvSource({
    "NONE, none, All Systems Operational",
    "MAINTENANCE, maintenance, Service Under Maintenance",
    "MINOR, minor, Minor Service Outage",
    "MAJOR, major, Partial System Outage",
    "CRITICAL, critical, Major System Outage",
  })
  void showsTheBannerOfTheIndicator(Indicator indicator, String css, String text)
      throws IOException {
    report = Demo.report(page, indicator);
    whenRendered();
    thenFileContains(
        "index.html",
        "<section class=\"banner s-"
            + css
            + "\" aria-label=\"Overall status\">\n"
            + "<p class=\"banner-text\">"
            + text
            + "</p>\n"
            + "<p class=\"banner-time\">Updated <time datetime=\"2026-11-21T09:00:00Z\">"
            + "Nov 21, 2026, 10:00 CET</time></p>");
  }

  @Test
  void showsEachComponentsStatusAndUptime() throws IOException {
    whenRendered();
    thenFileContains(
        "index.html",
        "<a href=\"components/db/\">Database</a> <span class=\"status s-major_outage\">"
            + "Major Outage</span>",
        "<a href=\"components/api/\">API</a> <span class=\"status s-operational\">"
            + "Operational</span>",
        "<h3>Core services</h3>",
        "<li class=\"po\"><span>2026-11-19: 99.82% uptime, Partial Outage</span></li>",
        "<li class=\"nd\"><span>2026-09-30: no data</span></li>",
        "<span>99.80% uptime</span>");
  }

  @Test
  void listsTheLastSevenDaysOnTheHomePage() throws IOException {
    whenRendered();
    thenFileContains(
        "index.html",
        "<h3 class=\"day\"><time datetime=\"2026-11-19\">Nov 19, 2026</time></h3>\n"
            + "<ul class=\"entries\">\n"
            + "<li class=\"entry i-major\"><a href=\"incidents/api-errors/\">"
            + "Elevated API error rates</a>",
        "<h3 class=\"day\"><time datetime=\"2026-11-18\">Nov 18, 2026</time></h3>\n"
            + "<p class=\"muted\">No incidents reported.</p>",
        "<h3 class=\"day\"><time datetime=\"2026-11-15\">Nov 15, 2026</time></h3>",
        "<a href=\"history/\">Incident history</a>");
    thenFileLacks("index.html", "Nov 14, 2026</time></h3>");
  }

  @Test
  void showsActiveIncidentsAndScheduledMaintenance() throws IOException {
    whenRendered();
    thenFileContains(
        "index.html",
        "<h2 id=\"active\">Active incidents</h2>",
        "<strong>Investigating</strong> · <time datetime=\"2026-11-21T08:30:00Z\">",
        "<p>We are looking into failed connections.</p>",
        "<h2 id=\"scheduled\">Scheduled maintenance</h2>",
        "<a href=\"incidents/db-upgrade/\">Database upgrade</a>",
        "Affects: <a href=\"components/db/\">Database</a></p>");
  }

  @Test
  void showsAnIncidentsTimelineNewestFirst() throws IOException {
    whenRendered();
    String page = file("incidents/api-errors/index.html");
    thenFileContains(
        "incidents/api-errors/index.html",
        "<h1>Elevated API error rates</h1>",
        "<dd>Resolved after 1 h 35 min</dd>",
        "<h2 id=\"summary\">Postmortem</h2>",
        "<h3 class=\"state st-monitoring\">Monitoring</h3>\n"
            + "<p class=\"meta\"><time datetime=\"2026-11-19T15:10:00Z\">"
            + "Nov 19, 2026, 16:10 CET</time></p>\n"
            + "<ul class=\"affected\">\n"
            + "<li><a href=\"../../components/api/\">API</a>: "
            + "<span class=\"status s-degraded_performance\">Degraded Performance</span></li>\n"
            + "<li><a href=\"../../components/website/\">Website</a>: "
            + "<span class=\"status s-degraded_performance\">Degraded Performance</span></li>\n"
            + "</ul>\n"
            + "<div class=\"md\"><p>Error rates are back to normal; we are watching.</p>",
        "<p>This incident has been resolved.</p>");
    assertTrue(page.indexOf("st-resolved") < page.indexOf("st-monitoring"));
    assertTrue(page.indexOf("st-monitoring") < page.indexOf("st-investigating"));
    thenFileLacks("incidents/api-errors/index.html", "Follow or discuss on GitHub");
  }

  @Test
  void linksAnIssueToFollowOrDiscuss() throws IOException {
    whenRendered();
    thenFileContains(
        "incidents/db-down/index.html",
        "<a href=\""
            + Demo.GITHUB_URL
            + "\" rel=\"nofollow noopener noreferrer\">"
            + "Follow or discuss on GitHub</a>",
        "<dd>Ongoing for 30 min</dd>");
  }

  @Test
  void escapesTitlesEverywhere() throws IOException {
    whenRendered();
    thenFileContains("index.html", "&lt;script&gt;alert(1)&lt;/script&gt; Database unreachable");
    for (String path : files(out)) {
      thenFileLacks(path, "<script");
    }
  }

  @Test
  void linksRelativelyFromADepthTwoPage() throws IOException {
    whenRendered();
    thenFileContains(
        "incidents/api-errors/index.html",
        "<link rel=\"stylesheet\" href=\"../../assets/outpost.css\">",
        "<p class=\"brand\"><a href=\"../../\">Acme Status</a></p>",
        "<li><a href=\"../../history/\">History</a></li>",
        "<link rel=\"canonical\" href=\"https://status.acme.example/incidents/api-errors/\">");
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
  void groupsHistoryByMonthWithLinksBetweenMonths() throws IOException {
    whenRendered();
    thenFileContains(
        "history/index.html",
        "<h2 id=\"y2026\">2026</h2>",
        "<li><a href=\"2026-11/\"><time datetime=\"2026-11\">November 2026</time></a>"
            + " <span class=\"muted\">2 incidents, 2 maintenance</span></li>",
        "<li><a href=\"2026-09/\"><time datetime=\"2026-09\">September 2026</time></a>"
            + " <span class=\"muted\">1 incident</span></li>");
    thenFileContains(
        "history/2026-11/index.html",
        "<a rel=\"prev\" href=\"../2026-09/\">← September 2026</a>",
        "<a href=\"../../incidents/db-down/\">");
    thenFileContains(
        "history/2026-09/index.html", "<a rel=\"next\" href=\"../2026-11/\">November 2026 →</a>");
  }

  @Test
  void showsAComponentsUptimeAndHistory() throws IOException {
    whenRendered();
    thenFileContains(
        "components/api/index.html",
        "<h1>API</h1>",
        "<p>The REST API</p>",
        "<tr><td><time datetime=\"2026-11\">November 2026</time></td><td>99.90%</td></tr>",
        "<tr><td><time datetime=\"2025-12\">December 2025</time></td><td>no data</td></tr>",
        "<a href=\"../../incidents/api-errors/\">Elevated API error rates</a>",
        "<a href=\"../../incidents/network-work/\">Network maintenance</a>");
    thenFileLacks("components/api/index.html", "db-down");
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
