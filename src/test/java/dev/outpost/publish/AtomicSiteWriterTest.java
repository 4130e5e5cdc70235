package dev.outpost.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSiteWriterTest {
  @TempDir Path dir;

  @Test
  void writesANewSite() throws IOException {
    Path site = dir.resolve("_site");

    AtomicSiteWriter.write(site, out -> Files.writeString(out.resolve("index.html"), "new"));

    assertEquals("new", Files.readString(site.resolve("index.html")));
    assertEquals(List.of("_site"), entries(dir));
  }

  @Test
  void replacesTheOldSiteWhole() throws IOException {
    Path site = givenSite("old");

    AtomicSiteWriter.write(site, out -> Files.writeString(out.resolve("index.html"), "new"));

    assertEquals("new", Files.readString(site.resolve("index.html")));
    assertFalse(Files.exists(site.resolve("stale.html")), "files of the old site are gone");
    assertEquals(List.of("_site"), entries(dir));
  }

  @Test
  void aFailedWriteLeavesTheOldSiteExactlyAsItWas() throws IOException {
    Path site = givenSite("old");

    IOException failure =
        assertThrows(
            IOException.class,
            () ->
                AtomicSiteWriter.write(
                    site,
                    out -> {
                      Files.writeString(out.resolve("index.html"), "half");
                      throw new IOException("disk full");
                    }));

    assertEquals("disk full", failure.getMessage());
    assertEquals("old", Files.readString(site.resolve("index.html")));
    assertEquals("stale", Files.readString(site.resolve("stale.html")));
    assertEquals(List.of("_site"), entries(dir), "no staging folder is left behind");
  }

  @Test
  void refusesToReplaceAFile() throws IOException {
    Path site = dir.resolve("_site");
    Files.writeString(site, "not a folder");

    assertThrows(IOException.class, () -> AtomicSiteWriter.write(site, out -> {}));
    assertEquals("not a folder", Files.readString(site));
  }

  private Path givenSite(String index) throws IOException {
    Path site = Files.createDirectories(dir.resolve("_site"));
    Files.writeString(site.resolve("index.html"), index);
    Files.writeString(site.resolve("stale.html"), "stale");
    return site;
  }

  private static List<String> entries(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
