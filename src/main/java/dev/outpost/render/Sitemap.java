package dev.outpost.render;

import dev.outpost.markup.Markup;
import dev.outpost.model.Site;
import java.util.List;

/** {@code sitemap.xml}: the absolute URL of every page, in the order the pages were written. */
final class Sitemap {
  private Sitemap() {}

  static String xml(Site site, List<String> pages) {
    StringBuilder xml = new StringBuilder(128 + pages.size() * 80);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String page : pages) {
      xml.append("<url><loc>")
          .append(Markup.escape(SitePaths.absolute(site, page)))
          .append("</loc></url>\n");
    }
    return xml.append("</urlset>\n").toString();
  }
}
