package dev.outpost.render.feed;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.outpost.render.Json;
import dev.outpost.render.Moments;
import java.util.List;

/** A JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written with Jackson. */
final class JsonFeed {
  static final String FILE = "feed.json";
  static final String VERSION = "https://jsonfeed.org/version/1.1";

  private JsonFeed() {}

  static String json(Channel channel) {
    List<Item> items =
        channel.entries().stream()
            .map(
                e ->
                    new Item(
                        e.id(),
                        e.url(),
                        e.title(),
                        e.html(),
                        Moments.utc(e.published()),
                        Moments.utc(e.updated()),
                        List.of(e.category())))
            .toList();
    return Json.write(
        new Feed(
            VERSION,
            channel.title(),
            channel.page(),
            channel.url(FILE),
            channel.description(),
            channel.language(),
            List.of(new Author(channel.author(), channel.authorUrl())),
            items));
  }

  @JsonPropertyOrder({"version", "title"})
  record Feed(
      String version,
      String title,
      String homePageUrl,
      String feedUrl,
      String description,
      String language,
      List<Author> authors,
      List<Item> items) {}

  record Author(String name, String url) {}

  @JsonPropertyOrder({"id", "url", "title"})
  record Item(
      String id,
      String url,
      String title,
      String contentHtml,
      String datePublished,
      String dateModified,
      List<String> tags) {}
}
