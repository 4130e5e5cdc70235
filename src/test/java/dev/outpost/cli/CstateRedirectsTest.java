package dev.outpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outpost import cstate --redirects}: pages at cState's old paths in {@code static/}, which
 * the build publishes beside its own pages, never over them.
 */
class CstateRedirectsTest {
  private static final Path EXAMPLE = Path.of("src/test/resources/cstate-example");
  private static final String NOW = "2026-12-06T00:00:00Z";
  private static final String POST = "2018-04-13-unavailable-guilds-connection-issues";

  @TempDir Path dir;
  private Path cstate;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  @BeforeEach
  void givenACstateSiteOnTheHostOutpostMovesTo() throws IOException {
    site("https://example.com/");
    cstate = dir.resolve("cstate");
    try (Stream<Path> all = Files.walk(EXAMPLE)) {
      for (Path path : all.toList()) {
        Path target = cstate.resolve(EXAMPLE.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }

  private void site(String url) throws IOException {
    Files.writeString(
        dir.resolve("outpost.yml"),
        "site:\n  title: Example Status\n  url: "
            + url
            + "\n  timezone: UTC\ncomponents:\n  - { id: web, name: Web }\n");
  }

  @Test
  void theBuiltSiteHasARedirectAtEachOldPathToTheNewPage() throws IOException {
    assertEquals(0, run("import", "cstate", cstate.toString(), "--redirects"), err.toString());

    Path page = dir.resolve("static/issues/" + POST + "/index.html");
    assertTrue(Files.isRegularFile(page), out.toString());
    assertTrue(
        out.toString().contains("11 redirect pages: 11 new, 0 unchanged.\n"), out.toString());
    assertEquals(0, build(), err.toString());
    String published = Files.readString(dir.resolve("_site/issues/" + POST + "/index.html"));
    String target = "https://example.com/incidents/" + POST + "/";
    assertTrue(
        published.contains("<meta http-equiv=\"refresh\" content=\"0; url=" + target + "\">"),
        published);
    assertTrue(published.contains("<link rel=\"canonical\" href=\"" + target + "\">"), published);
    assertTrue(published.contains("<a href=\"" + target + "\">"), published);
    assertFalse(published.contains("<script"), published);
    assertTrue(Files.isRegularFile(dir.resolve("_site/incidents/" + POST + "/index.html")));
    String siteMap = Files.readString(dir.resolve("_site/.outpost-site"));
    assertTrue(siteMap.contains("issues/" + POST + "/index.html"), siteMap);
  }

  @Test
  void importingAgainLeavesThePagesAsTheyAre() throws IOException {
    assertEquals(0, run("import", "cstate", cstate.toString(), "--redirects"), err.toString());
    Path page = dir.resolve("static/issues/" + POST + "/index.html");
    var modified = Files.getLastModifiedTime(page);
    out = new StringWriter();

    assertEquals(0, run("import", "cstate", cstate.toString(), "--redirects"), err.toString());

    assertTrue(
        out.toString().contains("11 redirect pages: 0 new, 11 unchanged.\n"), out.toString());
    assertEquals(modified, Files.getLastModifiedTime(page));
  }

  @Test
  void aFileAtThePathOfAnOutpostPageStopsTheBuildNamingBoth() throws IOException {
    assertEquals(0, run("import", "cstate", cstate.toString()), err.toString());
    Path clash = dir.resolve("static/incidents/" + POST + "/index.html");
    Files.createDirectories(clash.getParent());
    Files.writeString(clash, "<p>mine</p>");
    Files.createDirectories(dir.resolve("_site"));

    assertEquals(1, build());

    assertTrue(
        err.toString()
            .contains(
                clash
                    + ": would replace incidents/"
                    + POST
                    + "/index.html, which Outpost writes itself; rename or remove the file"),
        err.toString());
    assertFalse(Files.exists(dir.resolve("_site/index.html")));
  }

  @Test
  void oldPagesOutsideTheSitesPathGetNoPage() throws IOException {
    site("https://example.com/status/");

    assertEquals(0, run("import", "cstate", cstate.toString(), "--redirects"), err.toString());

    assertFalse(Files.exists(dir.resolve("static")));
    assertTrue(
        out.toString()
            .contains(
                " and 10 more old pages lie outside the site's path /status/, where no page of the"
                    + " site can stand"),
        out.toString());
  }

  private int build() {
    return Main.run(
        withSources("build", "--out", dir.resolve("_site").toString(), "--offline", "--now", NOW),
        new PrintWriter(out),
        new PrintWriter(err),
        Map.of());
  }

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of(withSources(args)));
    all.addAll(List.of("--now", NOW));
    return Main.run(
        all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), Map.of());
  }

  private String[] withSources(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--config", dir.resolve("outpost.yml").toString(),
            "--incidents", dir.resolve("incidents").toString()));
    return all.toArray(String[]::new);
  }
}
