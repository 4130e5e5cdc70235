package dev.outpost.render;

import dev.outpost.model.Site;
import java.util.List;

/**
 * {@code robots.txt}: everything may be crawled; names the sitemap, and those of the audiences'
 * sub-sites. Crawlers read it only at a domain's root, so on a sub-path site it is harmless but
 * unread.
 */
final class Robots {
  private Robots() {}

  static String txt(Site site, List<Site> audiences) {
    StringBuilder txt = new StringBuilder("User-agent: *\nAllow: /\n\n").append(sitemap(site));
    for (Site audience : audiences) {
      txt.append(sitemap(audience));
    }
    return txt.toString();
  }

  private static String sitemap(Site site) {
    return "Sitemap: " + SitePaths.absolute(site, "sitemap.xml") + "\n";
  }
}
