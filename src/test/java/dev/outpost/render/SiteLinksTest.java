package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The link checker itself: absolute links in feeds, calendars and JSON. */
class SiteLinksTest {
  private static final String SITE = "https://acme.example/status/";

  @TempDir Path site;

  @Test
  void absoluteLinksToWrittenFilesPass() throws IOException {
    write("index.html", "<p>home</p>");
    write("incidents/x/index.html", "<p>x</p>");
    write("feed.atom", "<id>" + SITE + "incidents/x/</id><link href=\"" + SITE + "\"/>");
    write("maintenance.ics", "URL:" + SITE + "incid\r\n ents/x/\r\n");

    SiteLinks.assertAbsoluteLinksResolve(site, SITE);
  }

  @Test
  void anAbsoluteLinkToNoFileFails() throws IOException {
    write("index.html", "<p>home</p>");
    write("api/v2/summary.json", "{\"shortlink\": \"" + SITE + "incidents/gone/\"}");

    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class, () -> SiteLinks.assertAbsoluteLinksResolve(site, SITE));
    assertEquals(
        "1 broken absolute links:\napi/v2/summary.json: " + SITE + "incidents/gone/",
        e.getMessage());
  }

  private void write(String path, String text) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
