package dev.outpost.render.feed;

import dev.outpost.markup.Markup;
import dev.outpost.render.Moments;

/** An Atom 1.0 feed (RFC 4287); entry content is escaped HTML, relative to the entry's page. */
final class Atom {
  static final String FILE = "feed.atom";

  private Atom() {}

  static String xml(Channel channel) {
    StringBuilder xml = new StringBuilder(4096);
    xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        .append(Markup.escape(channel.language()))
        .append("\">\n");
    element(xml, "id", channel.url(FILE));
    element(xml, "title", channel.title());
    element(xml, "subtitle", channel.description());
    element(xml, "updated", Moments.utc(channel.updated()));
    link(xml, "self", "application/atom+xml", channel.url(FILE));
    link(xml, "alternate", "text/html", channel.page());
    xml.append("<author><name>")
        .append(Markup.escape(channel.author()))
        .append("</name><uri>")
        .append(Markup.escape(channel.authorUrl()))
        .append("</uri></author>\n");
    xml.append("<generator>Outpost</generator>\n");
    for (Entry entry : channel.entries()) {
      // Relative links in an entry's content are relative to its page, as on the site.
      xml.append("<entry xml:base=\"").append(Markup.escape(entry.url())).append("\">\n");
      element(xml, "id", entry.id());
      element(xml, "title", entry.title());
      link(xml, "alternate", "text/html", entry.url());
      element(xml, "published", Moments.utc(entry.published()));
      element(xml, "updated", Moments.utc(entry.updated()));
      xml.append("<category term=\"").append(Markup.escape(entry.category())).append("\"/>\n");
      xml.append("<content type=\"html\">").append(entry.escapedHtml()).append("</content>\n");
      xml.append("</entry>\n");
    }
    return xml.append("</feed>\n").toString();
  }

  private static void element(StringBuilder xml, String name, String text) {
    xml.append('<').append(name).append('>').append(Markup.escape(text));
    xml.append("</").append(name).append(">\n");
  }

  private static void link(StringBuilder xml, String rel, String type, String href) {
    xml.append("<link rel=\"").append(rel).append("\" type=\"").append(type);
    xml.append("\" href=\"").append(Markup.escape(href)).append("\"/>\n");
  }
}
