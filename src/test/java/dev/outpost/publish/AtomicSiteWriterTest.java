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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSiteWriterTest {
  private static final AtomicSiteWriter.Content WRITE_INDEX =
      out -> {
        out.write("index.html", bytes("new"));
        out.write("about/index.html", bytes("about"));
      };

  @TempDir Path dir;

  @Test
  void writesANewSite() throws IOException {
    Path site = dir.resolve("_site");

    AtomicSiteWriter.write(site, out -> out.write("index.html", bytes("new")));

    assertEquals("new", Files.readString(site.resolve("index.html")));
    assertEquals(List.of("_site"), entries(dir));
  }

  @Test
  void replacesTheOldSiteWhole() throws IOException {
    Path site = givenSite("old");

    AtomicSiteWriter.write(site, out -> out.write("index.html", bytes("new")));

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
                      out.write("index.html", bytes("half"));
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

    IOException refused =
        assertThrows(IOException.class, () -> AtomicSiteWriter.write(site, WRITE_INDEX));

    assertEquals(
        "cannot build into " + site + ": it is a file, not a folder.", refused.getMessage());
    assertEquals("not a folder", Files.readString(site));
    assertEquals(List.of("_site"), entries(dir), "no staging folder is left behind");
  }

  @Test
  void marksTheSiteAsOutpostsListingItsFiles() throws IOException {
    Path site = dir.resolve("_site");

    AtomicSiteWriter.write(site, WRITE_INDEX);

    assertEquals(
        "# Outpost site: outpost build wrote this folder and replaces it whole on every build.\n"
            + "# It refuses to while the folder holds a file not listed here: keep yours elsewhere.\n"
            + "about/index.html\n"
            + "index.html\n",
        Files.readString(site.resolve(".outpost-site")));
  }

  @Test
  void replacesAnEmptyFolderAndKeepsItsMode() throws IOException {
    Path site = Files.createDirectories(dir.resolve("_site"));
    Files.setPosixFilePermissions(site, PosixFilePermissions.fromString("rwxr-x--x"));

    AtomicSiteWriter.write(site, WRITE_INDEX);

    assertEquals("new", Files.readString(site.resolve("index.html")));
    assertEquals("rwxr-x--x", mode(site));
  }

  @Test
  void aNewSiteGetsTheModeOfAnyNewFolder() throws IOException {
    Path site = dir.resolve("_site");

    AtomicSiteWriter.write(site, WRITE_INDEX);

    assertEquals(mode(Files.createDirectory(dir.resolve("probe"))), mode(site));
  }

  @Test
  void refusesAFolderThatHoldsFilesOfItsOwn() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs/img"));
    Files.writeString(docs.resolve("logo.png"), "logo");
    Files.writeString(dir.resolve("docs/index.md"), "# Docs");

    IOException refused =
        assertThrows(
            IOException.class, () -> AtomicSiteWriter.write(dir.resolve("docs"), WRITE_INDEX));

    assertTrue(refused.getMessage().contains("(img/, index.md)"), refused.getMessage());
    assertEquals("logo", Files.readString(docs.resolve("logo.png")));
    assertEquals("# Docs", Files.readString(dir.resolve("docs/index.md")));
    assertEquals(List.of("docs"), entries(dir), "no staging folder is left behind");
  }

  @Test
  void refusesItsOwnSiteOnceItHoldsAnotherFile() throws IOException {
    Path site = dir.resolve("_site");
    AtomicSiteWriter.write(site, WRITE_INDEX);
    Files.writeString(site.resolve("about/notes.txt"), "mine");

    IOException refused =
        assertThrows(IOException.class, () -> AtomicSiteWriter.write(site, WRITE_INDEX));

    assertTrue(refused.getMessage().contains("(about/notes.txt)"), refused.getMessage());
    assertEquals("mine", Files.readString(site.resolve("about/notes.txt")));
  }

  @Test
  void namesAtMostThreeFilesAndEscapesTheirNames() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    for (String name : List.of("a\n::error::x", "b", "c", "d", "e")) {
      Files.writeString(docs.resolve(name), name);
    }

    IOException refused =
        assertThrows(IOException.class, () -> AtomicSiteWriter.write(docs, WRITE_INDEX));

    assertTrue(
        refused.getMessage().contains("(a\\n::error::x, b, c and 2 more)"), refused.getMessage());
    assertEquals(5, entries(docs).size());
  }

  @Test
  void refusesTheRootOfARepository() throws IOException {
    Path repo = Files.createDirectories(dir.resolve("repo/.git"));
    Files.writeString(repo.resolve("HEAD"), "ref: refs/heads/main");

    IOException refused =
        assertThrows(
            IOException.class, () -> AtomicSiteWriter.write(dir.resolve("repo"), WRITE_INDEX));

    assertTrue(refused.getMessage().contains("root of a Git repository"), refused.getMessage());
    assertEquals("ref: refs/heads/main", Files.readString(repo.resolve("HEAD")));
  }

  @Test
  void refusesALinkInPlaceOfTheFolder() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Path site = Files.createSymbolicLink(dir.resolve("_site"), elsewhere);

    IOException refused =
        assertThrows(IOException.class, () -> AtomicSiteWriter.write(site, WRITE_INDEX));

    assertTrue(refused.getMessage().contains("symbolic link"), refused.getMessage());
    assertTrue(Files.isSymbolicLink(site));
    assertEquals(List.of(), entries(elsewhere));
  }

  private static String mode(Path folder) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(folder));
  }

  /** A site Outpost wrote earlier. */
  private Path givenSite(String index) throws IOException {
    Path site = dir.resolve("_site");
    AtomicSiteWriter.write(
        site,
        out -> {
          out.write("index.html", bytes(index));
          out.write("stale.html", bytes("stale"));
        });
    return site;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> entries(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
