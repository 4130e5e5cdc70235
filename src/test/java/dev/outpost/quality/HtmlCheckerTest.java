package dev.outpost.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.cli.Main;
import dev.outpost.hostile.HostileSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every HTML page of the demo and of every scenario site passes the Nu HTML Checker (the engine of
 * validator.w3.org/nu), run in-process: no error and no warning. So does a sample of the pages of
 * the site made of hostile input: what it holds must not break the markup either.
 */
class HtmlCheckerTest {
  @TempDir static Path temp;

  @BeforeAll
  static void buildTheDemoAndTheHostileSite() {
    build("--out", demo().toString());
    Path sources = temp.resolve("hostile-sources");
    HostileSite.write(sources);
    build(
        "--config",
        sources.resolve("outpost.yml").toString(),
        "--incidents",
        sources.resolve("incidents").toString(),
        "--out",
        hostile().toString());
  }

  private static void build(String... options) {
    List<String> args = new ArrayList<>(List.of("build", "--now", "2026-11-21T12:00:00Z"));
    args.addAll(List.of(options));
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            args.toArray(String[]::new),
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            Map.of());
    assertEquals(0, code, err.toString());
  }

  private static Path hostile() {
    return temp.resolve("hostile");
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
    // Every page of the hostile site's home, history and 404, and one in six of the others.
    Stream<Path> hostileSample =
        pages(hostile())
            .filter(
                page -> {
                  String name = hostile().relativize(page).toString();
                  return !name.matches("(incidents|components)/.*")
                      || Math.floorMod(name.hashCode(), 6) == 0;
                });
    return Stream.concat(roots.stream().flatMap(HtmlCheckerTest::pages), hostileSample)
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
   * The one message allowed, and only on the hostile site: text a person wrote in decomposed form
   * (a letter, then combining marks) is theirs to write; the checker merely notes it.
   */
  private static final String NOT_NFC = "info warning: Text run is not in Unicode Normalization";

  /**
   * Fails with the checker's messages, one a line, if it has anything to say about {@code page}.
   */
  static void check(Path page) throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    String report = validator.validate(page);
    boolean hostileText = page.startsWith(hostile());
    String messages =
        report
            .lines()
            .filter(line -> !(hostileText && line.contains(NOT_NFC)))
            .collect(Collectors.joining("\n"));
    assertEquals("", messages.strip(), "the Nu HTML Checker's report on " + page);
  }
}
