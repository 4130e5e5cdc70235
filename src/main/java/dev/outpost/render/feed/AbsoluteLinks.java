package dev.outpost.render.feed;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Makes the links and images of rendered Markdown absolute, resolved against the page the content
 * belongs to, as a browser showing that page would: feed readers show content away from the site
 * and cannot resolve {@code /status/incidents/x/} or {@code ../x/} themselves.
 */
final class AbsoluteLinks {
  private static final String[] ATTRIBUTES = {" href=\"", " src=\""};

  private AbsoluteLinks() {}

  /**
   * {@code html} (as {@link dev.outpost.render.Markdown} writes it: attributes in double quotes,
   * {@code &} written {@code &amp;}) with every relative {@code href} and {@code src} resolved
   * against {@code page}. Values that are not URIs are left as they are.
   */
  static String resolve(String html, URI page) {
    if (html.indexOf(" href=\"") < 0 && html.indexOf(" src=\"") < 0) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length() + 64);
    int at = 0;
    while (true) {
      int next = -1;
      String attribute = null;
      for (String candidate : ATTRIBUTES) {
        int found = html.indexOf(candidate, at);
        if (found >= 0 && (next < 0 || found < next)) {
          next = found;
          attribute = candidate;
        }
      }
      if (next < 0) {
        return out.append(html, at, html.length()).toString();
      }
      int start = next + attribute.length();
      int end = html.indexOf('"', start);
      if (end < 0) {
        return out.append(html, at, html.length()).toString();
      }
      out.append(html, at, start).append(absolute(html.substring(start, end), page));
      at = end;
    }
  }

  private static String absolute(String value, URI page) {
    String raw = value.replace("&amp;", "&");
    try {
      URI uri = new URI(raw);
      if (uri.isAbsolute()) {
        return value;
      }
      return page.resolve(uri).toString().replace("&", "&amp;");
    } catch (URISyntaxException e) {
      return value;
    }
  }
}
