package dev.outpost.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.cli.Main;
import dev.outpost.render.SiteLinks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own demo content builds, and builds byte-identically every time. */
class DemoSiteTest {
  private static final String NOW = "2026-11-21T12:00:00Z";

  @TempDir Path temp;

  @Test
  void theDemoBuildsTheSameBytesTwice() throws IOException {
    Path first = build("first");
    Path second = build("second");

    SiteTrees.assertSameTree(first, second);
    assertTrue(SiteTrees.files(first).size() > 40, "a page per incident, component and month");
    SiteLinks.assertAllResolve(first, "/outpost/");
    assertTrue(
        Files.readString(first.resolve("index.html"))
            .contains(
                "<a href=\"https://github.com/outpost-status/outpost\">Watch the repository on"
                    + " GitHub to be told of every outage issue</a>"),
        "the Subscribe section offers watching the repository");
    SiteLinks.assertAbsoluteLinksResolve(first, "https://outpost-status.github.io/outpost/");
  }

  @Test
  void theBannerAndTheActiveIncidentsPillTellTheSameSeverity() throws IOException {
    // The webhook incident was a partial outage and is now degraded: minor, on both.
    String home = Files.readString(build("site").resolve("index.html"));

    assertTrue(
        home.contains(
            "<section class=\"banner s-minor\" aria-label=\"Overall status\">\n"
                + "<p class=\"banner-text\">Minor Service Outage</p>"),
        "the banner");
    assertTrue(
        home.contains("<article class=\"card i-minor\">\n<h3><a href=\"incidents/"), "the card");
    assertTrue(home.contains("<span class=\"tag i-minor\">Minor outage</span>"), "the pill");
  }

  @Test
  void theDemoValidates() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code =
        Main.run(
            new String[] {"validate", "--now", NOW},
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of());

    assertEquals("", err.toString());
    assertEquals(0, code);
    assertEquals(
        "outpost.yml and incidents: no problems (8 components, 22 incidents, 3 maintenance"
            + " windows).\n",
        out.toString());
  }

  private Path build(String name) throws IOException {
    Path out = temp.resolve(name);
    StringWriter stdout = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"build", "--now", NOW, "--out", out.toString()},
            new PrintWriter(stdout),
            new PrintWriter(err),
            Map.of());
    assertEquals("outpost: no GitHub token: building from files only\n", err.toString());
    assertEquals(0, code);
    assertTrue(Files.isRegularFile(out.resolve("index.html")));
    // The count the build reports is the site's files it wrote (all but the marker), not a walk
    // of the folder afterwards.
    assertTrue(
        stdout.toString().startsWith("Built " + (SiteTrees.files(out).size() - 1) + " files into "),
        stdout.toString());
    return out;
  }
}
