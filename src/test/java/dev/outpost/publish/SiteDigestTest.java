package dev.outpost.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteDigestTest {
  /** What this site's digest has always been: a workflow compares it with one recorded earlier. */
  static final String DIGEST = "46281d12b76dc11e04c052812ee19e9d42a80aae432adf2ddc8c4506ae35204c";

  @TempDir Path site;

  void givenASite(String builtAt, String incidentPage) throws IOException {
    Files.createDirectories(site.resolve("incidents/gh-1"));
    Files.writeString(
        site.resolve("index.html"),
        "<h1>Acme</h1>\n<p class=\"banner-time\">Updated <time>" + builtAt + "</time></p>\nÉté\n");
    Files.writeString(site.resolve("incidents/gh-1/index.html"), incidentPage);
    Files.writeString(site.resolve("feed.atom"), "<feed/>\n");
  }

  @Test
  void isTheSameAsEver() throws IOException {
    givenASite("2026-11-21 12:00", "<p>Fixed. Été</p>\n");

    assertEquals(DIGEST, SiteDigest.of(site));
  }

  @Test
  void leavesOutTheTimeTheHomePageWasBuiltAndNothingElse() throws IOException {
    givenASite("2026-11-21 12:15", "<p>Fixed. Été</p>\n");
    assertEquals(DIGEST, SiteDigest.of(site));

    givenASite("2026-11-21 12:00", "<p>Fixed. Été!</p>\n");
    assertNotEquals(DIGEST, SiteDigest.of(site));
  }
}
