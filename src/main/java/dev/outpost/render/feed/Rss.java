package dev.outpost.render.feed;

import dev.outpost.markup.Markup;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An RSS 2.0 feed. An item's {@code pubDate} is its latest update, so readers show it as new again;
 * its {@code guid} is its page's URL.
 */
final class Rss {
  static final String FILE = "feed.rss";

  private Rss() {}

  static String xml(Channel channel) {
    StringBuilder xml = new StringBuilder(4096);
    xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n");
    element(xml, "title", channel.title());
    element(xml, "link", channel.page());
    element(xml, "description", channel.description());
    element(xml, "language", channel.language());
    element(xml, "lastBuildDate", date(channel.updated()));
    element(xml, "generator", "Outpost");
    xml.append("<atom:link href=\"")
        .append(Markup.escape(channel.url(FILE)))
        .append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
    for (Entry entry : channel.entries()) {
      xml.append("<item>\n");
      element(xml, "title", entry.title());
      element(xml, "link", entry.url());
      xml.append("<guid isPermaLink=\"true\">")
          .append(Markup.escape(entry.id()))
          .append("</guid>\n");
      element(xml, "pubDate", date(entry.updated()));
      element(xml, "category", entry.category());
      xml.append("<description>").append(entry.escapedHtml()).append("</description>\n");
      xml.append("</item>\n");
    }
    return xml.append("</channel>\n</rss>\n").toString();
  }

  /** RFC 822 as RSS wants it: {@code Thu, 19 Nov 2026 15:40:00 GMT}. */
  static String date(Instant at) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
  }

  private static void element(StringBuilder xml, String name, String text) {
    xml.append('<').append(name).append('>').append(Markup.escape(text));
    xml.append("</").append(name).append(">\n");
  }
}
