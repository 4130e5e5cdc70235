package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Indicator;
import dev.outpost.model.Maintenance;
import dev.outpost.model.MonthUptime;
import dev.outpost.model.Origin;
import dev.outpost.model.StatusReport;
import java.io.IOException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pages' content: banner, components, timelines, history, escaping. */
class SiteRendererTest extends RenderingTest {
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
            + "Nov 21, 2026, 10:00 GMT+1</time></p>");
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
        "<li class=\"po\" tabindex=\"0\"><span>Nov 19, 2026: 99.82% uptime, Partial Outage</span></li>",
        "<li class=\"nd\" aria-hidden=\"true\"><span>Sep 30, 2026: no data</span></li>",
        "<li class=\"op\" aria-hidden=\"true\"><span>Nov 18, 2026: 100% uptime</span></li>",
        "<span class=\"all\">99.80% uptime</span>");
  }

  @Test
  void aComponentsPageLetsKeyboardUsersReachEveryDay() throws IOException {
    whenRendered();
    thenFileContains(
        "components/api/index.html",
        "<li class=\"op\" tabindex=\"0\"><span>Nov 18, 2026: 100% uptime</span></li>");
    assertFalse(
        file("components/api/index.html").matches("(?s).*<li class=\"[a-z]+\" aria-hidden.*"),
        "no day is left out");
  }

  @Test
  void saysInWordsWhatEachUptimeBarShows() throws IOException {
    whenRendered();
    thenFileContains(
        "index.html",
        "<ol class=\"bar\">",
        "<p class=\"vh all\">Uptime of API, last 90 days: 99.99%. Days with incidents or"
            + " maintenance: Nov 19, 2026 (99.82% uptime, Partial Outage); Nov 20, 2026 (100%"
            + " uptime, Under Maintenance).</p>",
        "<p class=\"vh all\">Uptime of Database, last 90 days: 99.80%. No data for 38 days,"
            + " from Aug 24, 2026 to Sep 30, 2026. Days with incidents or maintenance: Nov 21,"
            + " 2026 (90.00% uptime, Major Outage).</p>",
        "<p class=\"vh recent\">Uptime of Database, last 30 days: 99.66%. Days with incidents"
            + " or maintenance: Nov 21, 2026 (90.00% uptime, Major Outage).</p>");
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
        // Four days without incidents are one line, not four.
        "</ul>\n<p class=\"day quiet\"><time datetime=\"2026-11-15\">Nov 15, 2026</time> – <time"
            + " datetime=\"2026-11-18\">Nov 18, 2026</time> <span class=\"muted\">No incidents"
            + " reported.</span></p>\n<p class=\"more\">",
        "<a href=\"history/\">Incident history</a>");
    thenFileLacks("index.html", "Nov 14, 2026</time>");
    thenFileLacks("index.html", "datetime=\"2026-11-17\"");
  }

  @Test
  void showsActiveIncidentsAndScheduledMaintenance() throws IOException {
    whenRendered();
    thenFileContains(
        "index.html",
        "<h2 id=\"active\">Active incidents</h2>",
        "<strong>Investigating</strong> ·&nbsp;<time datetime=\"2026-11-21T08:30:00Z\">",
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
        "<dd>Resolved after 1 hr, 35 min</dd>",
        "<h2 id=\"summary\">Postmortem</h2>",
        "<h3 class=\"state st-monitoring\">Monitoring</h3>\n"
            + "<p class=\"meta\"><time datetime=\"2026-11-19T15:10:00Z\">"
            + "Nov 19, 2026, 16:10 GMT+1</time></p>\n"
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
  void theHeaderMarksThePageItLeadsTo() throws IOException {
    whenRendered();
    thenFileContains(
        "index.html",
        "<li><a href=\"./\" aria-current=\"page\">Status</a></li>\n"
            + "<li><a href=\"history/\">History</a></li>");
    thenFileContains(
        "history/index.html",
        "<li><a href=\"../\">Status</a></li>\n"
            + "<li><a href=\"../history/\" aria-current=\"page\">History</a></li>");
    thenFileLacks("incidents/api-errors/index.html", "aria-current");
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
  void groupsHistoryByMonthWithLinksBetweenMonths() throws IOException {
    whenRendered();
    thenFileContains(
        "history/index.html",
        "<h2 id=\"y2026\">2026</h2>",
        "<li><a href=\"2026-11/\"><time datetime=\"2026-11\">November 2026</time></a>"
            + " <span class=\"muted\">2 incidents, 2 maintenance windows</span></li>",
        "<li class=\"muted\"><time datetime=\"2026-10\">October 2026</time>"
            + " <span>No incidents</span></li>\n"
            + "<li><a href=\"2026-09/\"><time datetime=\"2026-09\">September 2026</time></a>"
            + " <span class=\"muted\">1 incident</span></li>");
    thenFileLacks("history/index.html", "August 2026");
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
        "<tr><td><time datetime=\"2026-01\">January 2026</time></td><td>99.90%</td></tr>\n"
            + "</tbody>",
        "<a href=\"../../incidents/api-errors/\">Elevated API error rates</a>",
        "<a href=\"../../incidents/network-work/\">Network maintenance</a>");
    thenFileLacks("components/api/index.html", "db-down");
  }

  /** The months before a component's first month with data are left out of its table. */
  @Test
  void aComponentsMonthsStartWithItsFirstMonthWithData() throws IOException {
    whenRendered();
    thenFileLacks("components/api/index.html", "December 2025");
    thenFileLacks("components/api/index.html", "no data</td>");
  }

  /** A component that does not exist yet has no table of months at all. */
  @Test
  void aComponentWithoutAMonthOfDataHasNoTableOfMonths() throws IOException {
    SiteRenderer.render(
        page,
        report,
        out,
        (p, now, months) -> {
          Map<String, List<MonthUptime>> all = new LinkedHashMap<>(Demo.monthly(p, now, months));
          YearMonth current = YearMonth.from(now.atZone(Demo.ZONE));
          List<MonthUptime> none = new ArrayList<>();
          for (int i = months - 1; i >= 0; i--) {
            none.add(new MonthUptime(current.minusMonths(i), false, 1, Duration.ZERO));
          }
          all.put("db", none);
          return all;
        });
    thenFileLacks("components/db/index.html", "<table class=\"monthly\">");
    thenFileContains("components/api/index.html", "<table class=\"monthly\">");
  }

  @Test
  void showsAMaintenanceWindowsPage() throws IOException {
    whenRendered();
    thenFileContains(
        "incidents/network-work/index.html",
        "<h1>Network maintenance</h1>",
        "<strong>Completed</strong>",
        "<dt>Window</dt><dd><time datetime=\"2026-11-20T01:00:00Z\">Nov 20, 2026, 02:00 GMT+1</time>"
            + " to <time datetime=\"2026-11-20T03:00:00Z\">04:00 GMT+1</time></dd>",
        "<p><a href=\"maintenance.ics\">Add to calendar</a></p>",
        "<dt>Completed</dt><dd><time datetime=\"2026-11-20T02:30:00Z\">",
        "<dt>Affected</dt><dd><a href=\"../../components/api/\">API</a> and "
            + "<a href=\"../../components/website/\">Website</a></dd>",
        "<div class=\"md\"><p>Done early.</p>");
    thenFileContains(
        "incidents/db-upgrade/index.html",
        "<strong>Scheduled</strong>",
        "<h2 id=\"about\">About this maintenance</h2>");
  }

  @Test
  void showsMaintenanceInProgressOnTheHomePage() throws IOException {
    Maintenance now =
        new Maintenance(
            "now-work",
            "Router swap",
            Demo.NOW.minusSeconds(3600),
            Demo.NOW.plusSeconds(3600),
            null,
            List.of("api"),
            List.of(),
            "",
            Origin.file("incidents/now-work.md"));
    report =
        new StatusReport(
            Demo.NOW,
            Indicator.MAINTENANCE,
            report.componentStatus(),
            report.uptime(),
            List.of(),
            List.of(now),
            List.of());
    whenRendered();
    thenFileContains(
        "index.html",
        "<h2 id=\"in-progress\">Maintenance in progress</h2>",
        "<a href=\"incidents/now-work/\">Router swap</a>",
        "<span class=\"tag i-maintenance\">In Progress</span>");
    thenFileLacks("index.html", "Active incidents");
    thenFileLacks("index.html", "Scheduled maintenance");
  }
}
