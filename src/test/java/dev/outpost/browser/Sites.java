package dev.outpost.browser;

import dev.outpost.preview.StaticFileServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The demo and every scenario site, each served under its base path while a test class runs. */
final class Sites implements AutoCloseable {
  private final List<Site> sites = new ArrayList<>();
  private final List<StaticFileServer> servers = new ArrayList<>();

  /** Builds the demo into {@code temp} and serves it and every scenario's expected site. */
  static Sites demoAndScenarios(Path temp) {
    Sites all = new Sites();
    all.add(Site.demo(temp.resolve("demo")));
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

  @Override
  public void close() {
    servers.forEach(StaticFileServer::close);
  }
}
