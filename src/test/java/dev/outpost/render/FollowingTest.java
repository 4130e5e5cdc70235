package dev.outpost.render;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Pages point to the feeds, calendar, badge and API, and every such link resolves. */
class FollowingTest extends RenderingTest {
  @Test
  void theHomePageLinksTheFeedsAndListsSubscriptionsAndTheApi() throws IOException {
    whenRendered();
    thenFileContains(
        "index.html",
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Acme Status (Atom)\""
            + " href=\"feed.atom\">",
        "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Acme Status (RSS)\""
            + " href=\"feed.rss\">",
        "<h2 id=\"subscribe\">Subscribe</h2>",
        "<a href=\"maintenance.ics\">Maintenance calendar</a>",
        "<h2 id=\"api-endpoints\">API</h2>",
        "<a href=\"api/v2/summary.json\">summary.json</a>",
        "<a href=\"api/v2/scheduled-maintenances/active.json\">");
    thenFileLacks("index.html", "GitHub</a>");
  }

  @Test
  void aComponentPageLinksItsOwnFeedsFirst() throws IOException {
    whenRendered();
    thenFileContains(
        "components/db/index.html",
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Database (Atom)\""
            + " href=\"feed.atom\">\n<link rel=\"alternate\" type=\"application/rss+xml\"",
        "title=\"Acme Status (Atom)\" href=\"../../feed.atom\">",
        "<a href=\"maintenance.ics\">Maintenance calendar</a>, <a href=\"badge.svg\">");
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
