package dev.outpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.KeptPages;
import dev.outpost.Pipeline;
import dev.outpost.model.StatusPage;
import dev.outpost.render.PageCache;
import dev.outpost.scenario.SiteTrees;
import dev.outpost.source.files.FileCache;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code outpost build --cache DIR} on the command line. */
class BuildCacheCommandTest {
  private static final String NOW = "2026-11-21T12:00:00Z";

  @TempDir Path dir;

  @Test
  void twoBuildsWithACacheSayWhatTheyReusedAndTheSecondReusesEverything() throws IOException {
    Path cache = dir.resolve("cache");
    int kept = keptByTheDemo();
    int files = filesOfTheDemo();

    Run first = build("--out", dir.resolve("first").toString(), "--cache", cache.toString());
    assertEquals(0, first.code(), first.err());
    assertEquals(
        List.of(
            "outpost: no GitHub token: building from files only",
            "outpost: cache: 0 file(s) and 0 page(s) reused, "
                + files
                + " file(s) read and "
                + kept
                + " page(s) rendered anew; kept in "
                + cache),
        first.err().lines().toList());
    assertTrue(Files.isRegularFile(cache.resolve(PageCache.FILE)));
    assertTrue(Files.isRegularFile(cache.resolve(FileCache.FILE)));

    Run second = build("--out", dir.resolve("second").toString(), "--cache", cache.toString());
    assertEquals(0, second.code(), second.err());
    assertEquals(
        List.of(
            "outpost: no GitHub token: building from files only",
            "outpost: cache: "
                + files
                + " file(s) and "
                + kept
                + " page(s) reused, 0 file(s) read and 0 page(s) rendered anew; kept in "
                + cache),
        second.err().lines().toList());
    assertTrue(second.out().startsWith("Built "), second.out());

    Run plain = build("--out", dir.resolve("plain").toString());
    assertEquals(0, plain.code(), plain.err());
    assertEquals("outpost: no GitHub token: building from files only\n", plain.err());
    SiteTrees.assertSameTree(dir.resolve("plain"), dir.resolve("second"));
  }

  @Test
  void withoutTheOptionNothingIsKept() throws IOException {
    Run plain = build("--out", dir.resolve("site").toString());

    assertEquals(0, plain.code(), plain.err());
    assertFalse(plain.err().contains("cache"), plain.err());
    try (var files = Files.walk(dir)) {
      assertTrue(
          files
              .map(p -> p.getFileName().toString())
              .noneMatch(n -> n.startsWith(PageCache.FILE) || n.startsWith(FileCache.FILE)),
          "no pages.bin or files.bin anywhere");
    }
  }

  @Test
  void theHelpOfBuildDocumentsTheCache() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code =
        Main.run(
            new String[] {"build", "--help"}, new PrintWriter(out), new PrintWriter(err), Map.of());

    assertEquals(0, code, err.toString());
    // Picocli wraps the description; compare it with the wrapping undone.
    String help = out.toString().replaceAll("\\s+", " ");
    assertTrue(help.contains("--cache=DIR"), help);
    assertTrue(
        help.contains(
            "Keep what this build read and rendered in DIR (incident files, the pages of resolved"
                + " incidents and ended maintenance) and reuse it in the next build, which then"
                + " reads and renders only what changed."),
        help);
    assertTrue(
        help.contains(
            "Only for builds of trusted content: the kept pages are published as they are."),
        help);
  }

  @Test
  void theCacheOptionIsParsed() {
    BuildCommand build = parse("build", "--cache", "state/pages");
    BuildCommand none = parse("build");

    assertEquals(Path.of("state/pages"), build.cache);
    assertEquals(null, none.cache);
  }

  private record Run(int code, String out, String err) {}

  private Run build(String... options) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = new String[options.length + 3];
    args[0] = "build";
    args[1] = "--now";
    args[2] = NOW;
    System.arraycopy(options, 0, args, 3, options.length);
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), Map.of());
    return new Run(code, out.toString(), err.toString());
  }

  private static BuildCommand parse(String... args) {
    var cli =
        Main.commandLine(
            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of());
    var result = cli.parseArgs(args);
    while (result.hasSubcommand()) {
      result = result.subcommand();
    }
    return (BuildCommand) result.commandSpec().userObject();
  }

  /** The resolved incidents and ended windows of the demo at {@link #NOW}. */
  private int keptByTheDemo() {
    Instant now = Instant.parse(NOW);
    StatusPage page =
        Pipeline.read(
            new Pipeline.Request(
                Path.of("outpost.yml"), Path.of("incidents"), dir.resolve("unused"), now));
    return KeptPages.of(page, now);
  }

  /** The incident and maintenance files of the demo, each read by a build. */
  private static int filesOfTheDemo() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("incidents"))) {
      return Math.toIntExact(files.filter(p -> p.toString().endsWith(".md")).count());
    }
  }
}
