package dev.outpost.render.feed;

import dev.outpost.model.Component;
import dev.outpost.model.StatusPage;
import dev.outpost.render.Lazy;
import dev.outpost.render.Markdown;
import dev.outpost.render.Memo;
import dev.outpost.render.SitePaths;
import dev.outpost.words.Words;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The site's feeds: Atom ({@code feed.atom}), RSS ({@code feed.rss}) and JSON Feed ({@code
 * feed.json}) for the whole site and for each component ({@code components/<id>/feed.atom}, ...).
 * One entry per incident and maintenance window, newest update first, at most {@link #MAX_ENTRIES};
 * every link is absolute from the site's URL.
 */
public final class Feeds {
  /** How many entries a feed holds at most. */
  public static final int MAX_ENTRIES = 50;

  public static final String ATOM = Atom.FILE;
  public static final String RSS = Rss.FILE;
  public static final String JSON = JsonFeed.FILE;

  private Feeds() {}

  /**
   * Every feed file, by path relative to the site's root, as UTF-8, each rendered when asked for;
   * they may be asked for on several threads at once. The three files of a feed share its entries;
   * {@code memo} (if not {@code null}) remembers feeds and settled incidents' entries between a
   * preview's rebuilds.
   */
  public static Map<String, Supplier<byte[]>> files(
      StatusPage page, Instant now, Markdown markdown, Memo memo) {
    Words words = Words.of(page.site().language().tag(), page.site().language().strings());
    Entries entries = new Entries(page, now, markdown, memo, words);
    String siteUrl = SitePaths.absolute(page.site(), SitePaths.HOME);
    String siteTitle = page.site().title();
    String description =
        isBlank(page.site().description())
            ? words.format("feed.description", "site", siteTitle)
            : page.site().description();
    Supplier<Channel> site =
        Lazy.once(
            () -> {
              List<Entry> all = entries.select(null, MAX_ENTRIES);
              return new Channel(
                  siteTitle,
                  description,
                  words.tag(),
                  siteUrl,
                  siteUrl,
                  siteTitle,
                  siteUrl,
                  updated(all, now),
                  all);
            });
    Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
    put(files, "", site, memo);
    for (Component component : page.components()) {
      String link = SitePaths.component(component.id());
      String url = SitePaths.absolute(page.site(), link);
      Supplier<Channel> channel =
          Lazy.once(
              () -> {
                List<Entry> own = entries.select(component.id(), MAX_ENTRIES);
                return new Channel(
                    component.name() + " · " + siteTitle,
                    words.format(
                        "feed.component_description",
                        "component",
                        component.name(),
                        "site",
                        siteTitle),
                    words.tag(),
                    url,
                    url,
                    siteTitle,
                    siteUrl,
                    updated(own, site.get().updated()),
                    own);
              });
      put(files, link, channel, memo);
    }
    return files;
  }

  private static void put(
      Map<String, Supplier<byte[]>> files, String folder, Supplier<Channel> channel, Memo memo) {
    // A feed depends on its channel alone.
    files.put(
        folder + ATOM,
        () -> Memo.get(memo, key(ATOM, channel), () -> utf8(Atom.xml(channel.get()))));
    files.put(
        folder + RSS, () -> Memo.get(memo, key(RSS, channel), () -> utf8(Rss.xml(channel.get()))));
    files.put(
        folder + JSON,
        () -> Memo.get(memo, key(JSON, channel), () -> utf8(JsonFeed.json(channel.get()))));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<Object> key(String format, Supplier<Channel> channel) {
    return List.of(format, channel.get());
  }

  /** The newest entry's update time; {@code fallback} (the site's newest) for an empty feed. */
  private static Instant updated(List<Entry> entries, Instant fallback) {
    return entries.isEmpty() ? fallback : entries.get(0).updated();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
