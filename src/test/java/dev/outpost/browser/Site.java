package dev.outpost.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.cli.Main;
import dev.outpost.preview.StaticFileServer;
import dev.outpost.scenario.DemoInLanguage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A built site and the address it is served at: the folder, the base path it lives under (as on
 * GitHub Pages, a sub-path such as {@code /outpost/}) and its HTML pages.
 */
record Site(String name, Path root, String basePath) {
  /** The time every test site is built at. */
  static final String NOW = "2026-11-21T12:00:00Z";

  static final Path SCENARIOS = Path.of("src/test/scenarios");

  /** Builds the repository's demo ({@code outpost.yml} and {@code incidents/}) into {@code out}. */
  static Site demo(Path out) {
    build(Path.of("outpost.yml"), Path.of("incidents"), out);
    return new Site("demo", out, "/outpost/");
  }

  /**
   * Builds the demo written in {@code language} into {@code out}, from a copy of its config in
   * {@code out}'s sibling folder.
   */
  static Site demo(Path out, String language) {
    Path config =
        DemoInLanguage.config(out.resolveSibling(out.getFileName() + "-sources"), language);
    build(config, Path.of("incidents"), out);
    return new Site("demo-" + language, out, "/outpost/");
  }

  /** The language the site is written in: the demo's as its name says, English for the others. */
  String language() {
    return name.startsWith("demo-") ? name.substring("demo-".length()) : "en";
  }

  /** Builds the sources {@code config} and {@code incidents} into {@code out}. */
  static void build(Path config, Path incidents, Path out) {
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {
              "build",
              "--offline",
              "--now",
              NOW,
              "--config",
              config.toString(),
              "--incidents",
              incidents.toString(),
              "--out",
              out.toString()
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            Map.of());
    assertEquals(
        "outpost: offline: building from files only\n",
        err.toString(),
        "the build reports no problem");
    assertEquals(0, code, "the build succeeds");
  }

  /**
   * The expected site of every scenario that builds one ({@code expected/site}, byte for byte what
   * the build writes), served under the path of its {@code site.url}.
   */
  static List<Site> scenarios() {
    List<Site> sites = new ArrayList<>();
    try (Stream<Path> list = Files.list(SCENARIOS)) {
      for (Path scenario : list.sorted().toList()) {
        Path site = scenario.resolve("expected/site");
        if (Files.isDirectory(site)) {
          sites.add(new Site(scenario.getFileName().toString(), site, basePath(scenario)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sites;
  }

  private static String basePath(Path scenario) throws IOException {
    String url =
        Files.readAllLines(scenario.resolve("outpost.yml")).stream()
            .map(String::strip)
            .filter(line -> line.startsWith("url:"))
            .findFirst()
            .orElseThrow()
            .substring(4)
            .strip();
    String path = URI.create(url).getPath();
    return path.endsWith("/") ? path : path + "/";
  }

  /** Every HTML page, as a path relative to the site's root ({@code incidents/x/} for a folder). */
  List<String> pages() {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".html"))
          .map(f -> root.relativize(f).toString().replace('\\', '/'))
          .map(p -> p.equals("index.html") ? "" : p.replaceFirst("/index\\.html$", "/"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serves the site on 127.0.0.1 under its base path. */
  StaticFileServer serve() {
    try {
      return new StaticFileServer(0, basePath, () -> root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
