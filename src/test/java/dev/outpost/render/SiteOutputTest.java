package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The order files are taken in, and what a failing file does to the rest. */
class SiteOutputTest {
  @Test
  void takesOneFileOfEachWholePageListingInTurnBeforeTheOthers() throws IOException {
    SiteOutput site = new SiteOutput((path, data) -> {});
    site.file("a.html", record("a.html"));
    Map<String, Supplier<String>> feeds = new LinkedHashMap<>();
    for (String feed : List.of("feed.atom", "feed.rss", "feed.json")) {
      feeds.put(feed, () -> record(feed).render(null));
    }
    site.lazyFiles(feeds);
    int components = site.listing();
    site.summaryPage(components, "components/x/", templates -> new byte[0]);
    site.summaryPage(components, "components/y/", templates -> new byte[0]);
    site.file("b.html", record("b.html"));

    assertEquals(
        List.of(
            "feed.atom",
            "components/x/index.html",
            "feed.rss",
            "components/y/index.html",
            "feed.json",
            "a.html",
            "b.html"),
        site.order());
    assertEquals(List.of("components/x/", "components/y/"), site.pages());
  }

  @Test
  void aFailingWriteFailsTheWholeAndStopsTheRest() {
    IOException full = new IOException("disk full");
    AtomicBoolean failed = new AtomicBoolean();
    AtomicInteger startedAfter = new AtomicInteger();
    AtomicInteger written = new AtomicInteger();
    SiteOutput site =
        new SiteOutput(
            (path, data) -> {
              if (failed.get()) {
                startedAfter.incrementAndGet();
              }
              if (path.equals("f500.html")) {
                failed.set(true);
                throw full;
              }
              try {
                Thread.sleep(2); // so that the other threads are busy when the failure comes
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              written.incrementAndGet();
            });
    for (int i = 0; i < 1000; i++) {
      site.file("f" + i + ".html", templates -> "text");
    }

    assertSame(full, assertThrows(IOException.class, site::writeAll));
    assertTrue(written.get() < 999, written.get() + " files written: the failure stopped none");
    // The stream splits the 1,000 files in halves, so f500 fails early and about 500 files would
    // follow it. Between the failure and the stream's own stop, each other thread may start a file
    // or, on a loaded machine where the failing thread waits for a core, a few: never the rest.
    assertTrue(startedAfter.get() < 100, startedAfter.get() + " files started after the failure");
  }

  @Test
  void aFailingPageFailsTheWholeWithItsOwnException() {
    IllegalStateException broken = new IllegalStateException("broken view");
    SiteOutput site = new SiteOutput((path, data) -> {});
    for (int i = 0; i < 100; i++) {
      int n = i;
      site.file(
          "f" + i + ".html",
          templates -> {
            if (n == 50) {
              throw broken;
            }
            return "text";
          });
    }

    assertSame(broken, assertThrows(IllegalStateException.class, site::writeAll));
  }

  private static SiteOutput.Text record(String path) {
    return templates -> path;
  }
}
