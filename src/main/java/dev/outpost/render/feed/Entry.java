package dev.outpost.render.feed;

import dev.outpost.markup.Markup;
import java.time.Instant;

/**
 * One feed entry: an incident or a maintenance window.
 *
 * @param id stable: the absolute URL of its page
 * @param published when it started (a window: when it was announced)
 * @param updated its latest update at the build's {@code now}
 * @param category its impact ({@code none} ... {@code critical}) or {@code maintenance}
 * @param html the latest update and the summary, as HTML
 * @param escapedHtml {@code html} escaped for XML, once for every feed that shows the entry
 */
record Entry(
    String id,
    String title,
    String url,
    Instant published,
    Instant updated,
    String category,
    String html,
    String escapedHtml) {
  Entry(
      String id,
      String title,
      String url,
      Instant published,
      Instant updated,
      String category,
      String html) {
    this(id, title, url, published, updated, category, html, Markup.escape(html));
  }
}
