package dev.outpost.render.feed;

import java.time.Instant;
import java.util.List;

/**
 * What a feed is about: the whole site or one component.
 *
 * @param language the BCP 47 tag of the language the feed is written in
 * @param base the absolute URL of the feed's folder (the site's URL, or a component page's)
 * @param page the absolute URL of the page the feed follows
 * @param updated the newest entry's update time
 * @param entries newest update first, at most {@link Feeds#MAX_ENTRIES}
 */
record Channel(
    String title,
    String description,
    String language,
    String base,
    String page,
    String author,
    String authorUrl,
    Instant updated,
    List<Entry> entries) {
  Channel {
    entries = List.copyOf(entries);
  }

  String url(String file) {
    return base + file;
  }
}
