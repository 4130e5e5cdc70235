package dev.outpost.render;

import dev.outpost.model.StatusPage;
import dev.outpost.model.Subscriptions;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages point to the feeds, calendar, badge and API, and every such link resolves. */
class FollowingTest extends RenderingTest {
  @Test
  void theHomePageLinksTheFeedsAndLeavesTheApiToThePageForDevelopers() throws IOException {
    whenRendered();
    thenFileContains(
        "index.html",
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Acme Status (Atom)\""
            + " href=\"feed.atom\">",
        "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Acme Status (RSS)\""
            + " href=\"feed.rss\">",
        "<h2 id=\"subscribe\">Subscribe</h2>",
        "<a href=\"maintenance.ics\">Maintenance calendar</a>",
        "<p><a href=\"developers/\">Feeds, API and embedding</a></p>",
        "<p><a href=\"developers/\">Developers</a></p>");
    thenFileLacks("index.html", "GitHub</a>");
    thenFileLacks("index.html", "api/v2/");
    thenFileLacks("index.html", "/feed subscribe");
    thenFileLacks("index.html", "by e-mail");
    thenFileContains(
        "developers/index.html",
        "<h2 id=\"api-endpoints\">API</h2>",
        "<dt><a href=\"../api/v2/summary.json\">summary.json</a></dt>"
            + "<dd><code>https://status.acme.example/api/v2/summary.json</code></dd>",
        "<a href=\"../api/v2/scheduled-maintenances/active.json\">",
        "<code>/feed subscribe https://status.acme.example/feed.rss</code>",
        "Microsoft Teams",
        "<pre><code>&lt;a href=\"https://status.acme.example/\"&gt;&lt;img"
            + " src=\"https://status.acme.example/badge.svg\" alt=\"Acme Status\"&gt;&lt;/a&gt;"
            + "</code></pre>",
        "<a href=\"../developers/\" aria-current=\"page\">Developers</a>");
  }

  @Test
  void aConfiguredSignUpIsOfferedFirst() throws IOException {
    page =
        new StatusPage(
            page.site()
                .withSubscriptions(
                    new Subscriptions(
                        URI.create("https://lists.acme.example/subscribe?list=status&x=1"),
                        List.of())),
            page.groups(),
            page.components(),
            page.uptime(),
            page.incidents(),
            page.maintenance());
    whenRendered();
    thenFileContains(
        "index.html",
        "<h2 id=\"subscribe\">Subscribe</h2>\n<p><a"
            + " href=\"https://lists.acme.example/subscribe?list=status&amp;x=1\">Get updates by"
            + " e-mail</a></p>");
    thenFileLacks("components/db/index.html", "by e-mail");
  }

  @Test
  void aComponentPageLinksItsOwnFeedsFirst() throws IOException {
    whenRendered();
    thenFileContains(
        "components/db/index.html",
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Database (Atom)\""
            + " href=\"feed.atom\">\n<link rel=\"alternate\" type=\"application/rss+xml\"",
        "title=\"Acme Status (Atom)\" href=\"../../feed.atom\">",
        "<a href=\"maintenance.ics\">Maintenance calendar</a>, and <a href=\"badge.svg\">");
    thenFileLacks("components/db/index.html", "api-endpoints");
  }

  @Test
  void everyLinkResolvesUnderASubPath() throws IOException {
    givenSiteAt("https://acme.github.io/status/");
    whenRendered();
    thenFileContains("404.html", "href=\"/status/feed.atom\">");
    SiteLinks.assertAllResolve(out, "/status/");
    SiteLinks.assertAbsoluteLinksResolve(out, "https://acme.github.io/status/");
  }
}
