package dev.outpost.browser;

import dev.outpost.preview.StaticFileServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** The demo and every scenario site, each served under its base path while a test class runs. */
final class Sites implements AutoCloseable {
  private final List<Site> sites = new ArrayList<>();
  private final List<StaticFileServer> servers = new ArrayList<>();

  /** The languages the demo is checked in besides English: a Latin script and a CJK one. */
  static final List<String> LANGUAGES = List.of("de", "ja");

  /**
   * Builds the demo into {@code temp}, in English and in each of {@link #LANGUAGES}, and serves
   * them and every scenario's expected site.
   */
  static Sites demoAndScenarios(Path temp) {
    Sites all = new Sites();
    all.add(Site.demo(temp.resolve("demo")));
    for (String language : LANGUAGES) {
      all.add(Site.demo(temp.resolve("demo-" + language), language));
    }
    Site.scenarios().forEach(all::add);
    return all;
  }

  void add(Site site) {
    sites.add(site);
    servers.add(site.serve());
  }

  List<Site> sites() {
    return sites;
  }

  /** The address of {@code page} of {@code site}. */
  URI uri(Site site, String page) {
    return servers.get(sites.indexOf(site)).uri().resolve(page);
  }

  /** What a test checks on one page of one site. */
  @FunctionalInterface
  interface PageCheck {
    void check(Site site, String page) throws Throwable;
  }

  /** One test per page of every site, named by the site and the page's path. */
  Stream<DynamicTest> everyPage(PageCheck check) {
    return sites.stream()
        .flatMap(
            site ->
                site.pages().stream()
                    .map(
                        page ->
                            DynamicTest.dynamicTest(
                                site.name() + " " + site.basePath() + page,
                                () -> check.check(site, page))));
  }

  /** Closes each of {@code resources} that was opened, in order; for a test class's end. */
  static void closeAll(AutoCloseable... resources) throws Exception {
    for (AutoCloseable resource : resources) {
      if (resource != null) {
        resource.close();
      }
    }
  }

  @Override
  public void close() {
    servers.forEach(StaticFileServer::close);
  }
}
