package dev.outpost.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Renders untrusted Markdown to {@link SafeHtml}: CommonMark with GFM tables, strikethrough,
 * autolinks and task list items. Raw HTML is escaped, not passed through; link URLs other than
 * http, https, mailto and relative ones become {@code #} (images: http, https and relative); links
 * get {@code rel="nofollow noopener noreferrer"}. Immutable and thread-safe: build it once.
 */
public final class Markdown {
  private static final String REL = "nofollow noopener noreferrer";

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final Cache cache;

  private Markdown(boolean cached) {
    this.cache = cached ? new Cache() : null;
    List<Extension> extensions =
        List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            TaskListItemsExtension.create());
    this.parser = Parser.builder().extensions(extensions).build();
    this.renderer =
        HtmlRenderer.builder()
            .extensions(extensions)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new Sanitizer())
            .attributeProviderFactory(context -> Markdown::setAttributes)
            .build();
  }

  /** The Markdown service with the settings above. */
  public static Markdown create() {
    return new Markdown(false);
  }

  /**
   * The same service, remembering what it rendered so that a preview's rebuild renders only the
   * Markdown that changed. What a rendering of the whole site no longer asks for is forgotten after
   * the next one ({@link #forgetUnused()}).
   */
  public static Markdown cached() {
    return new Markdown(true);
  }

  /**
   * Forgets what was not rendered since the last call; a preview calls it once per rebuild, so the
   * cache holds at most two sites' worth.
   */
  public void forgetUnused() {
    if (cache != null) {
      cache.nextGeneration();
    }
  }

  /**
   * Renders {@code markdown}, its headings demoted so that {@code # Title} becomes a heading of
   * level {@code topHeading} (2 to 6), keeping the page's outline intact. Blank input gives empty
   * HTML.
   */
  public SafeHtml render(String markdown, int topHeading) {
    if (markdown == null || markdown.isBlank()) {
      return SafeHtml.EMPTY;
    }
    if (cache != null) {
      return cache.get(new Cache.Key(markdown, topHeading), key -> parse(markdown, topHeading));
    }
    return parse(markdown, topHeading);
  }

  private SafeHtml parse(String markdown, int topHeading) {
    Node document = parser.parse(markdown);
    int shift = Math.max(0, Math.min(topHeading, 6) - 1);
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            heading.setLevel(Math.min(6, heading.getLevel() + shift));
            visitChildren(heading);
          }
        });
    // CommonMark writes void elements XML-style (<br />); text and attribute values never hold a
    // raw '>', so this only drops the slash the HTML checker frowns upon.
    return SafeHtml.trusted(renderer.render(document).replace(" />", ">"));
  }

  private static void setAttributes(Node node, String tagName, Map<String, String> attributes) {
    if (node instanceof Link) {
      attributes.put("rel", REL);
    } else if (node instanceof TableCell) {
      // The align attribute is obsolete in HTML5; a class keeps the alignment.
      String align = attributes.remove("align");
      if (align != null) {
        attributes.put("class", "al-" + align);
      }
    }
  }

  /** Two generations of rendered Markdown: this rebuild's and the last one's. Thread-safe. */
  private static final class Cache {
    record Key(String markdown, int topHeading) {}

    private volatile Map<Key, SafeHtml> current = new ConcurrentHashMap<>();
    private volatile Map<Key, SafeHtml> previous = new ConcurrentHashMap<>();

    SafeHtml get(Key key, java.util.function.Function<Key, SafeHtml> render) {
      SafeHtml html = current.get(key);
      if (html == null) {
        html = previous.get(key);
        if (html == null) {
          html = render.apply(key);
        }
        current.put(key, html);
      }
      return html;
    }

    synchronized void nextGeneration() {
      previous = current;
      current = new ConcurrentHashMap<>();
    }
  }

  private static final class Sanitizer implements UrlSanitizer {
    @Override
    public String sanitizeLinkUrl(String url) {
      return Urls.link(url);
    }

    @Override
    public String sanitizeImageUrl(String url) {
      return Urls.image(url);
    }
  }
}
