package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import dev.outpost.model.Incident;
import dev.outpost.model.IncidentState;
import dev.outpost.model.IncidentUpdate;
import dev.outpost.model.Origin;
import dev.outpost.model.StatusPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** The feeds, read back by Rome (Atom, RSS) and checked against JSON Feed 1.1. */
class FeedsTest extends RenderingTest {
  private static final String SITE = "https://status.acme.example/";

  @Test
  void theAtomFeedHasAnEntryPerIncidentAndWindowNewestUpdateFirst() throws Exception {
    whenRendered();
    Feed feed = (Feed) wire("feed.atom");

    assertEquals(SITE + "feed.atom", feed.getId());
    assertEquals("Acme Status", feed.getTitleEx().getValue());
    assertEquals(
        List.of(
            SITE + "incidents/db-upgrade/",
            SITE + "incidents/db-down/",
            SITE + "incidents/network-work/",
            SITE + "incidents/api-errors/",
            SITE + "incidents/sept-outage/"),
        feed.getEntries().stream().map(e -> e.getId()).toList());
    assertEquals(feed.getEntries().get(0).getUpdated(), feed.getUpdated());
    var apiErrors = feed.getEntries().get(3);
    assertEquals(date("2026-11-19T15:40:00Z"), apiErrors.getUpdated());
    assertEquals(date("2026-11-19T14:05:00Z"), apiErrors.getPublished());
    assertEquals("Elevated API error rates", apiErrors.getTitleEx().getValue());
    String html = apiErrors.getContents().get(0).getValue();
    assertTrue(html.startsWith("<p><strong>Postmortem</strong> · Nov 19, 2026, 15:40 UTC</p>"));
    assertTrue(html.contains("<h3>Postmortem</h3><p>The deploy lacked a migration.</p>"), html);
    for (Link link : feed.getOtherLinks()) {
      assertTrue(link.getHref().startsWith(SITE), link.getHref());
    }
  }

  @Test
  void theRssFeedCarriesTheSameEntries() throws Exception {
    whenRendered();
    Channel rss = (Channel) wire("feed.rss");

    assertEquals(SITE, rss.getLink());
    List<Item> items = rss.getItems();
    assertEquals(5, items.size());
    Item dbDown = items.get(1);
    assertEquals("<script>alert(1)</script> Database unreachable", dbDown.getTitle());
    assertEquals(SITE + "incidents/db-down/", dbDown.getGuid().getValue());
    assertTrue(dbDown.getGuid().isPermaLink());
    assertEquals(date("2026-11-21T08:30:00Z"), dbDown.getPubDate());
    assertTrue(dbDown.getDescription().getValue().contains("failed connections"));
    assertEquals(items.get(0).getPubDate(), rss.getLastBuildDate());
  }

  @Test
  void eachComponentHasItsOwnFeeds() throws Exception {
    whenRendered();
    SyndFeed db = syndicated("components/db/feed.atom");
    assertEquals("Database · Acme Status", db.getTitle());
    assertEquals(
        List.of(SITE + "incidents/db-upgrade/", SITE + "incidents/db-down/"),
        db.getEntries().stream().map(SyndEntry::getUri).toList());
    SyndFeed website = syndicated("components/website/feed.rss");
    assertEquals(3, website.getEntries().size());
    assertEquals(SITE + "components/website/", website.getLink());
  }

  @Test
  void theJsonFeedFollowsJsonFeed11() throws IOException {
    whenRendered();
    for (String path : List.of("feed.json", "components/api/feed.json")) {
      Set<ValidationMessage> errors = jsonFeedSchema().validate(file(path), InputFormat.JSON);
      assertTrue(errors.isEmpty(), () -> path + ": " + errors);
    }
    JsonNode feed = new ObjectMapper().readTree(file("feed.json"));
    assertEquals(SITE + "feed.json", feed.get("feed_url").asText());
    assertEquals(5, feed.get("items").size());
    assertEquals("2026-11-20T02:30:00Z", feed.get("items").get(2).get("date_modified").asText());
  }

  @Test
  void aLongHistoryIsCappedAtFiftyEntries() throws Exception {
    List<Incident> many = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Instant start = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * 24 * i);
      many.add(
          new Incident(
              "old-" + i,
              "Old " + i,
              null,
              List.of(
                  new IncidentUpdate(start, IncidentState.INVESTIGATING, Map.of(), "x"),
                  new IncidentUpdate(
                      start.plusSeconds(60), IncidentState.RESOLVED, Map.of(), "done")),
              "",
              false,
              Origin.file("incidents/old.md")));
    }
    page =
        new StatusPage(
            page.site(), page.groups(), page.components(), page.uptime(), many, List.of());
    whenRendered();
    Feed feed = (Feed) wire("feed.atom");
    assertEquals(50, feed.getEntries().size());
    assertEquals(SITE + "incidents/old-59/", feed.getEntries().get(0).getId());
    assertEquals(0, ((Feed) wire("components/db/feed.atom")).getEntries().size());
    assertEquals(feed.getUpdated(), ((Feed) wire("components/db/feed.atom")).getUpdated());
  }

  @Test
  void linksInsideContentAreAbsoluteAndLeadToPagesOfTheSite() throws Exception {
    givenSiteAt("https://acme.github.io/status/");
    Incident dbDown = page.incidents().get(0);
    Incident linked =
        new Incident(
            dbDown.id(),
            dbDown.title(),
            dbDown.declaredImpact(),
            dbDown.updates(),
            "See [the API](/status/components/api/), [the history](../../history/)"
                + " and ![the badge](/status/badge.svg?style=flat&label=db).",
            dbDown.postmortem(),
            dbDown.origin());
    List<Incident> incidents = new ArrayList<>(page.incidents());
    incidents.set(0, linked);
    page =
        new StatusPage(
            page.site(),
            page.groups(),
            page.components(),
            page.uptime(),
            incidents,
            page.maintenance());
    whenRendered();

    List<String> contents = new ArrayList<>();
    for (String path : List.of("feed.atom", "feed.rss")) {
      for (SyndEntry entry : syndicated(path).getEntries()) {
        entry.getContents().forEach(c -> contents.add(c.getValue()));
        if (entry.getDescription() != null) {
          contents.add(entry.getDescription().getValue());
        }
      }
    }
    for (JsonNode item : new ObjectMapper().readTree(file("feed.json")).get("items")) {
      contents.add(item.get("content_html").asText());
    }
    List<String> targets = new ArrayList<>();
    for (String html : contents) {
      for (org.jsoup.nodes.Element e : Jsoup.parseBodyFragment(html).select("[href], [src]")) {
        targets.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
      }
    }
    assertTrue(
        targets.contains("https://acme.github.io/status/components/api/"), targets::toString);
    assertTrue(targets.contains("https://acme.github.io/status/history/"), targets::toString);
    assertTrue(
        targets.contains("https://acme.github.io/status/badge.svg?style=flat&label=db"),
        targets::toString);
    for (String target : targets) {
      URI uri = URI.create(target);
      assertTrue(uri.isAbsolute(), target);
      if (target.startsWith("https://acme.github.io/")) {
        String path = uri.getPath().substring("/status/".length());
        Path file = out.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        assertTrue(Files.isRegularFile(file), () -> target + " is no page of the site");
      }
    }
  }

  private Object wire(String path) throws IOException, FeedException {
    return new WireFeedInput().build(new InputSource(new StringReader(file(path))));
  }

  private SyndFeed syndicated(String path) throws IOException, FeedException {
    return new SyndFeedInput().build(new InputSource(new StringReader(file(path))));
  }

  private static Date date(String instant) {
    return Date.from(Instant.parse(instant));
  }

  private static JsonSchema jsonFeedSchema() throws IOException {
    try (InputStream in = FeedsTest.class.getResourceAsStream("/jsonfeed/feed.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }
  }
}
