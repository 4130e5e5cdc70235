package dev.outpost.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo ({@code outpost.yml} and {@code incidents/} at the root) sets {@code now:}, so that it
 * reads the same whenever it is built; {@code --now} still wins.
 */
class DemoClockTest {
  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  @Test
  void theDemoBuiltAtAnyTimeIsTheDemoAtItsOwnInstant() throws IOException {
    Path plain = dir.resolve("plain");
    Path pinned = dir.resolve("pinned");

    assertEquals(0, build("--out", plain.toString()), err.toString());
    assertTrue(
        err.toString()
            .contains(
                "outpost: outpost.yml sets `now`, so the site describes 2026-11-21T12:00:00Z"
                    + " rather than the clock"),
        err.toString());
    assertEquals(0, build("--out", pinned.toString(), "--now", "2026-11-21T12:00:00Z"));

    List<Path> files = files(plain);
    assertEquals(files, files(pinned));
    for (Path file : files) {
      assertArrayEquals(
          Files.readAllBytes(pinned.resolve(file)),
          Files.readAllBytes(plain.resolve(file)),
          file.toString());
    }
    String index = Files.readString(plain.resolve("index.html"));
    assertTrue(
        index.contains("datetime=\"2026-11-21T12:00:00Z\""), "updated at the demo's instant");
  }

  @Test
  void theOptionWinsOverTheConfig() throws IOException {
    Path later = dir.resolve("later");

    assertEquals(0, build("--out", later.toString(), "--now", "2026-11-22T12:00:00Z"));

    assertTrue(
        Files.readString(later.resolve("index.html"))
            .contains("datetime=\"2026-11-22T12:00:00Z\""));
    assertTrue(!err.toString().contains("sets `now`"), err.toString());
  }

  private int build(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "build";
    all[1] = "--offline";
    System.arraycopy(args, 0, all, 2, args.length);
    return Main.run(all, new PrintWriter(new StringWriter()), new PrintWriter(err), Map.of());
  }

  private static List<Path> files(Path site) throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(Files::isRegularFile).map(site::relativize).sorted().toList();
    }
  }
}
