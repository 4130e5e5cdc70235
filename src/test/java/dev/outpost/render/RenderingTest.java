package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.StatusPage;
import dev.outpost.model.StatusReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/** Given a page and report (the demo's unless changed), when rendered, then its files say... */
abstract class RenderingTest {
  @TempDir Path out;

  StatusPage page = Demo.page();
  StatusReport report = Demo.report(page);

  void givenSiteAt(String url) {
    page = Demo.page(url);
    report = Demo.report(page);
  }

  void whenRendered() throws IOException {
    Demo.render(page, report, out);
  }

  String file(String path) throws IOException {
    return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
  }

  void thenFileContains(String path, String... fragments) throws IOException {
    String text = file(path);
    for (String fragment : fragments) {
      assertTrue(text.contains(fragment), () -> path + " lacks " + fragment + "\n" + text);
    }
  }

  void thenFileLacks(String path, String fragment) throws IOException {
    String text = file(path);
    assertFalse(text.contains(fragment), () -> path + " has " + fragment);
  }

  /** Every file under {@code root}, as sorted relative paths with {@code /}. */
  static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
