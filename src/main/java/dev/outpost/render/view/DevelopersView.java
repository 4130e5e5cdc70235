package dev.outpost.render.view;

import java.util.List;

/**
 * The page for developers: every machine-readable file with its address, and the snippets that show
 * the status on another site.
 *
 * @param feeds the feeds and the calendar
 * @param chatFeed the absolute address of the feed to follow in Slack or Teams
 * @param badge the badge, its address and its shields.io endpoint
 * @param api the Statuspage-compatible endpoints
 * @param badgeSnippet HTML that shows the badge, linked to the page, on another site
 * @param scriptSnippet HTML that shows the status in words on another site, with {@code embed.js}
 */
public record DevelopersView(
    Layout layout,
    List<FileView> feeds,
    String chatFeed,
    List<FileView> badge,
    List<FileView> api,
    String badgeSnippet,
    String scriptSnippet) {
  public DevelopersView {
    feeds = List.copyOf(feeds);
    badge = List.copyOf(badge);
    api = List.copyOf(api);
  }

  /** A file of the site: its name, the relative link to it and its absolute address. */
  public record FileView(String text, String href, String url) {}
}
