package dev.outpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.cli.Main;
import dev.outpost.hostile.HostilePayloads;
import dev.outpost.source.github.FakeGitHub;
import dev.outpost.source.github.Issue;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input that arrives through GitHub issues is inert too: every payload of the corpus as an
 * issue's title, body and label, and as a trusted maintainer's comment on it, served by the fake
 * GitHub and built into a site; plus a stranger's issue and comments made of the same payloads,
 * which must not reach the page at all.
 */
@Chromium
class HostileIssuesBrowserTest {
  private static final int STRANGER = 900;

  @TempDir static Path temp;
  private static List<String> payloads;
  private static FakeGitHub github;
  private static Site site;
  private static Sites sites;
  private static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    payloads = HostilePayloads.all();
    List<Issue> issues = new ArrayList<>();
    for (int i = 0; i < payloads.size(); i++) {
      String payload = payloads.get(i);
      issues.add(
          Issue.outage(i + 1)
              .title(payload)
              .body(payload)
              .labels("outage", "component:api", payload)
              .comment("alice", "OWNER", "2026-11-20T11:00:00Z", payload)
              .comment("mallory", "NONE", "2026-11-20T11:05:00Z", "<script>alert(1)</script>"));
    }
    issues.add(
        Issue.outage(STRANGER)
            .by("mallory", "NONE")
            .title("<img src=x onerror=alert(1)> stranger's outage")
            .body(String.join("\n", payloads)));
    github = new FakeGitHub().serve(issues);
    Path sources = Files.createDirectories(temp.resolve("sources"));
    Files.writeString(
        sources.resolve("outpost.yml"),
        """
        site: { title: Acme Status, url: "https://acme.github.io/status/" }
        components: [{ id: api, name: API }]
        github: { repository: acme/status }
        """);
    Files.createDirectories(sources.resolve("incidents"));
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {
              "build",
              "--now",
              Site.NOW,
              "--config",
              sources.resolve("outpost.yml").toString(),
              "--incidents",
              sources.resolve("incidents").toString(),
              "--out",
              temp.resolve("site").toString()
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            Map.of(
                "GITHUB_GRAPHQL_URL", github.uri().toString(), "GITHUB_TOKEN", FakeGitHub.TOKEN));
    assertEquals(0, code, err.toString());
    site = new Site("hostile-issues", temp.resolve("site"), "/status/");
    sites = new Sites();
    sites.add(site);
    browser = Browser.start(true);
    InertPages.trapScripts(browser);
  }

  @AfterAll
  static void stop() throws Exception {
    Sites.closeAll(browser, sites, github);
  }

  @TestFactory
  Stream<DynamicTest> noPageRunsOrLoadsAnythingHostile() {
    return sites.everyPage((site, page) -> checkInert(page));
  }

  private static void checkInert(String page) {
    URI uri = sites.uri(site, page);
    assertEquals(List.of(), InertPages.problems(browser, uri), uri.getPath());
  }

  @Test
  void issueTitlesReadAsTextAndTheStrangerIsNowhere() {
    for (int i = 0; i < payloads.size(); i++) {
      browser.open(sites.uri(site, "incidents/gh-" + (i + 1) + "/"));
      assertEquals(
          payloads.get(i).strip(),
          browser.script("return document.querySelector('h1').textContent"),
          "the title of issue #" + (i + 1));
    }
    assertFalse(
        Files.exists(temp.resolve("site/incidents/gh-" + STRANGER)),
        "a stranger's report is not on the page");
    browser.open(sites.uri(site, ""));
    String home = (String) browser.script("return document.body.textContent");
    assertFalse(home.contains("stranger's outage"), "nor on the home page");
    assertTrue(home.contains("API"), home);
  }
}
