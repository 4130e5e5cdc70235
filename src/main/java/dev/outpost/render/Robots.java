package dev.outpost.render;

import dev.outpost.model.Site;

/**
 * {@code robots.txt}: everything may be crawled; names the sitemap. Crawlers read it only at a
 * domain's root, so on a sub-path site it is harmless but unread.
 */
final class Robots {
  private Robots() {}

  static String txt(Site site) {
    return "User-agent: *\nAllow: /\n\nSitemap: " + SitePaths.absolute(site, "sitemap.xml") + "\n";
  }
}
