package dev.outpost.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.publish.AtomicSiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Compares and copies folders of site files. */
public final class SiteTrees {
  private SiteTrees() {}

  /** Every regular file below {@code root}, as sorted relative paths with {@code /}. */
  public static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  /** Asserts that both folders hold the same files with the same bytes. */
  public static void assertSameTree(Path expected, Path actual) throws IOException {
    List<String> names = files(expected);
    assertEquals(names, files(actual), "the files of the site");
    for (String name : names) {
      byte[] want = Files.readAllBytes(expected.resolve(name));
      byte[] got = Files.readAllBytes(actual.resolve(name));
      if (isText(name)) {
        assertEquals(
            new String(want, StandardCharsets.UTF_8),
            new String(got, StandardCharsets.UTF_8),
            name);
      } else {
        assertArrayEquals(want, got, name);
      }
    }
  }

  public static void copy(Path from, Path to) throws IOException {
    for (String name : files(from)) {
      Path target = to.resolve(name);
      Files.createDirectories(target.getParent());
      Files.copy(from.resolve(name), target);
    }
  }

  /** Makes {@code out} a site Outpost built earlier, holding {@code files} (path → text). */
  public static void givenEarlierSite(Path out, Map<String, String> files) throws IOException {
    AtomicSiteWriter.write(
        out,
        sink -> {
          for (Map.Entry<String, String> file : files.entrySet()) {
            sink.write(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
          }
        });
  }

  public static void deleteRecursively(Path folder) throws IOException {
    AtomicSiteWriter.deleteRecursively(folder);
  }

  private static boolean isText(String name) {
    return name.matches(".*\\.(html|css|xml|txt|json|atom|rss|ics|svg)$") || name.equals("CNAME");
  }
}
