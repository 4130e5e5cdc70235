package dev.outpost.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every HTML page of the demo and of every scenario site passes the Nu HTML Checker (the engine of
 * validator.w3.org/nu), run in-process: no error and no warning.
 */
class HtmlCheckerTest {
  @TempDir static Path temp;

  @BeforeAll
  static void buildTheDemo() {
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"build", "--now", "2026-11-21T12:00:00Z", "--out", demo().toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            Map.of());
    assertEquals(0, code, err.toString());
  }

  private static Path demo() {
    return temp.resolve("demo");
  }

  @TestFactory
  Stream<DynamicTest> everyPageIsValidHtml() throws IOException {
    List<Path> roots;
    try (Stream<Path> scenarios = Files.list(Path.of("src/test/scenarios"))) {
      roots =
          Stream.concat(
                  Stream.of(demo()),
                  scenarios
                      .sorted()
                      .map(s -> s.resolve("expected/site"))
                      .filter(Files::isDirectory))
              .toList();
    }
    return roots.stream()
        .flatMap(HtmlCheckerTest::pages)
        .map(page -> DynamicTest.dynamicTest(page.toString(), () -> check(page)));
  }

  private static Stream<Path> pages(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".html")).sorted().toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Fails with the checker's messages, one a line, if it has anything to say about {@code page}.
   */
  static void check(Path page) throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    String report = validator.validate(page);
    assertEquals("", report.strip(), "the Nu HTML Checker's report on " + page);
  }
}
