package dev.outpost.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalSiteWriterTest {
  @TempDir Path dir;

  private static IncrementalSiteWriter.Content site(Map<String, String> files) {
    return sink -> {
      for (Map.Entry<String, String> file : files.entrySet()) {
        sink.write(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
      }
    };
  }

  @Test
  void refusesAFolderOfOtherFilesAtTheFirstWrite() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("index.md"), "# Docs");
    IncrementalSiteWriter writer = new IncrementalSiteWriter(docs);

    RefusedFolderException refused =
        assertThrows(
            RefusedFolderException.class, () -> writer.write(site(Map.of("index.html", "site"))));

    assertTrue(refused.getMessage().contains("(index.md)"), refused.getMessage());
    assertEquals("# Docs", Files.readString(docs.resolve("index.md")));
    assertFalse(Files.exists(docs.resolve("index.html")));
  }

  @Test
  void marksEachSiteAndReplacesAnEarlierOneKeepingTheFoldersMode() throws IOException {
    Path site = dir.resolve("site");
    new IncrementalSiteWriter(site).write(site(Map.of("old.html", "old", "a/b.html", "b")));
    Files.setPosixFilePermissions(site, PosixFilePermissions.fromString("rwxr-x---"));
    IncrementalSiteWriter writer = new IncrementalSiteWriter(site);

    writer.write(site(Map.of("index.html", "one")));
    writer.write(site(Map.of("index.html", "one", "new.html", "two")));

    assertFalse(Files.exists(site.resolve("old.html")), "the earlier site is replaced");
    assertFalse(Files.exists(site.resolve("a")));
    assertEquals("two", Files.readString(site.resolve("new.html")));
    assertTrue(
        Files.readString(site.resolve(SiteFolder.MARKER)).endsWith("\nindex.html\nnew.html\n"));
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(site)));
  }
}
