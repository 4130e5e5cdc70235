package dev.outpost.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.cli.Main;
import dev.outpost.publish.SiteFolder;
import dev.outpost.render.SiteLinks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests as data: every folder under {@code src/test/scenarios} is a site's sources, the command to
 * run on them, and the expected result, compared exactly.
 *
 * <p>A scenario folder holds {@code outpost.yml}, {@code incidents/}, {@code command} (one line
 * such as {@code build --now 2026-11-21T12:00:00Z}; the harness adds {@code --config}, {@code
 * --incidents} and {@code --out}), and {@code expected/}: {@code exit-code}, {@code stderr.txt},
 * and for a build that succeeds, {@code site/} with every file of the site. A failing build must
 * leave the previous site as it was.
 *
 * <p>An optional {@code env} file holds environment variables, one {@code NAME=value} a line. An
 * optional {@code checks/} folder is the health checks' state folder a build charts ({@code
 * --checks}).
 *
 * <p>After an intended change, regenerate every expectation with {@code mvn test
 * -Dtest=ScenarioTest -Doutpost.updateScenarios=true} and review the diff.
 */
class ScenarioTest {
  static final Path SCENARIOS = Path.of("src/test/scenarios");
  private static final boolean UPDATE = Boolean.getBoolean("outpost.updateScenarios");
  private static final String SENTINEL = "previous-site.txt";

  @TempDir Path temp;

  static Stream<String> scenarios() throws IOException {
    try (Stream<Path> list = Files.list(SCENARIOS)) {
      return list
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name) throws IOException {
    Path scenario = SCENARIOS.resolve(name);
    Path out = temp.resolve("_site");
    SiteTrees.givenEarlierSite(out, Map.of(SENTINEL, "the site before this build\n"));

    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int exit =
        Main.run(
            arguments(scenario, out),
            new PrintWriter(stdout),
            new PrintWriter(stderr),
            environment(scenario));

    Path expected = scenario.resolve("expected");
    if (UPDATE) {
      update(expected, exit, stderr.toString(), out);
      return;
    }
    assertEquals(Files.readString(expected.resolve("stderr.txt")), stderr.toString(), "stderr");
    assertEquals(Files.readString(expected.resolve("exit-code")).strip(), String.valueOf(exit));
    if (exit == 0 && Files.isDirectory(expected.resolve("site"))) {
      SiteTrees.assertSameTree(expected.resolve("site"), out);
      SiteLinks.assertAllResolve(out, basePath(scenario));
      SiteLinks.assertAbsoluteLinksResolve(out, siteUrl(scenario));
    } else {
      assertEquals(
          List.of(SiteFolder.MARKER, SENTINEL),
          SiteTrees.files(out),
          "a failed build keeps the old site");
    }
  }

  private static String[] arguments(Path scenario, Path out) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(Files.readString(scenario.resolve("command")).strip().split("\\s+")));
    args.add("--config");
    args.add(scenario.resolve("outpost.yml").toString());
    args.add("--incidents");
    args.add(scenario.resolve("incidents").toString());
    if (args.get(0).equals("build")) {
      args.add("--out");
      args.add(out.toString());
      if (Files.isDirectory(scenario.resolve("checks"))) {
        args.add("--checks");
        args.add(scenario.resolve("checks").toString());
      }
    }
    return args.toArray(String[]::new);
  }

  /** The path of {@code site.url}, as the scenario's config writes it on one line. */
  private static String basePath(Path scenario) throws IOException {
    String path = java.net.URI.create(siteUrl(scenario)).getPath();
    return path.endsWith("/") ? path : path + "/";
  }

  /** {@code site.url}, as the scenario's config writes it on one line. */
  private static String siteUrl(Path scenario) throws IOException {
    return Files.readAllLines(scenario.resolve("outpost.yml")).stream()
        .map(String::strip)
        .filter(line -> line.startsWith("url:"))
        .findFirst()
        .orElseThrow()
        .substring(4)
        .strip();
  }

  private static Map<String, String> environment(Path scenario) throws IOException {
    Path file = scenario.resolve("env");
    if (!Files.exists(file)) {
      return Map.of();
    }
    Map<String, String> env = new java.util.TreeMap<>();
    for (String line : Files.readAllLines(file)) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        env.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
      }
    }
    return env;
  }

  private static void update(Path expected, int exit, String stderr, Path out) throws IOException {
    SiteTrees.deleteRecursively(expected);
    Files.createDirectories(expected);
    Files.writeString(expected.resolve("exit-code"), exit + "\n");
    Files.writeString(expected.resolve("stderr.txt"), stderr);
    if (exit == 0 && !Files.exists(out.resolve(SENTINEL))) {
      SiteTrees.copy(out, expected.resolve("site"));
    }
  }
}
