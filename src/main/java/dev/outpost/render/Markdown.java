package dev.outpost.render;

import dev.outpost.markup.Markup;
import dev.outpost.words.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Renders untrusted Markdown to {@link SafeHtml}: CommonMark with GFM tables, strikethrough,
 * autolinks and task list items. Raw HTML is escaped, not passed through; link URLs other than
 * http, https, mailto and relative ones become {@code #} (images: http, https and relative); links
 * get {@code rel="nofollow noopener noreferrer"}. Characters a URL may not hold (quotes, spaces,
 * non-ASCII) are percent-encoded. A task list's checkboxes are named in the service's language
 * ({@link #in}). Immutable and thread-safe: build it once.
 */
public final class Markdown {
  /** The {@code rel} of every link, here and in {@link PlainMarkdown}. */
  static final String REL = "nofollow noopener noreferrer";

  private final Cache cache;

  /** The names of a ticked and an unticked task list checkbox; {@code null} for English. */
  private final Tasks tasks;

  /** The names of task list checkboxes in one language. */
  private record Tasks(String done, String toDo) {
    static Tasks of(Words words) {
      return new Tasks(words.get("markdown.task_done"), words.get("markdown.task_to_do"));
    }
  }

  /**
   * CommonMark's parsers and renderer, the same for every service; made the first time a text needs
   * them, as most texts take {@link PlainMarkdown}'s path and a build may never need them at all.
   */
  private static final class CommonMark {
    private static final List<Extension> EXTENSIONS =
        List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            TaskListItemsExtension.create());
    static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    // Finding links walks every piece of text; most texts that PlainMarkdown leaves to CommonMark
    // cannot hold one (mayAutolink).
    static final Parser WITHOUT_AUTOLINKS =
        Parser.builder()
            .extensions(EXTENSIONS.stream().filter(e -> !(e instanceof AutolinkExtension)).toList())
            .build();
    private static final Map<Tasks, HtmlRenderer> RENDERERS = new ConcurrentHashMap<>();

    /** The renderer that names task list checkboxes with {@code tasks}, or in English. */
    static HtmlRenderer renderer(Tasks tasks) {
      return RENDERERS.computeIfAbsent(
          tasks == null ? Tasks.of(Words.ENGLISH) : tasks,
          t ->
              HtmlRenderer.builder()
                  .extensions(EXTENSIONS)
                  .escapeHtml(true)
                  .sanitizeUrls(true)
                  .percentEncodeUrls(true)
                  .urlSanitizer(new Sanitizer())
                  .attributeProviderFactory(
                      context -> (node, tagName, attributes) -> setAttributes(node, attributes, t))
                  .build());
    }

    static final TextContentRenderer TEXT =
        TextContentRenderer.builder()
            .extensions(EXTENSIONS)
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
            .build();
  }

  private Markdown(Cache cache, Tasks tasks) {
    this.cache = cache;
    this.tasks = tasks;
  }

  /** The Markdown service with the settings above, naming task list checkboxes in English. */
  public static Markdown create() {
    return new Markdown(null, null);
  }

  /**
   * The same service, remembering what it rendered so that a preview's rebuild renders only the
   * Markdown that changed. What a rendering of the whole site no longer asks for is forgotten after
   * the next one ({@link #forgetUnused()}).
   */
  public static Markdown cached() {
    return new Markdown(new Cache(), null);
  }

  /**
   * The same service (sharing what it remembers), naming task list checkboxes in the language of
   * {@code words}.
   */
  public Markdown in(Words words) {
    Tasks named = Tasks.of(words);
    return named.equals(tasks) ? this : new Markdown(cache, named);
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
   * Renders {@code markdown} with its headings moved below the page's outline: the highest level
   * the text uses becomes {@code topHeading} (2 to 6), the next one used the level below, and no
   * heading is more than one level below the one before it, so the page's outline never skips a
   * level ({@code ## A} then {@code #### B} becomes {@code <h3>A</h3>} then {@code <h4>B</h4>} for
   * a top heading of 3). Content nested deeper than {@link NestingLimit#MAX_DEPTH} levels is shown
   * as plain text, and text too deeply nested to parse as one escaped paragraph. Blank input gives
   * empty HTML.
   */
  public SafeHtml render(String markdown, int topHeading) {
    if (markdown == null || markdown.isBlank()) {
      return SafeHtml.EMPTY;
    }
    if (cache != null) {
      return cache.get(
          new Cache.Key(markdown, topHeading, tasks), key -> parse(markdown, topHeading));
    }
    return parse(markdown, topHeading);
  }

  private SafeHtml parse(String markdown, int topHeading) {
    String plain = PlainMarkdown.html(markdown);
    if (plain != null) {
      return SafeHtml.trusted(plain);
    }
    return parse(
        markdown,
        topHeading,
        mayAutolink(markdown) ? CommonMark.PARSER : CommonMark.WITHOUT_AUTOLINKS);
  }

  /**
   * As {@link #render}, always through CommonMark with every extension: what {@link PlainMarkdown}
   * and {@link #mayAutolink} spare, and must agree with.
   */
  SafeHtml renderByCommonMark(String markdown, int topHeading) {
    return markdown == null || markdown.isBlank()
        ? SafeHtml.EMPTY
        : parse(markdown, topHeading, CommonMark.PARSER);
  }

  /**
   * Whether the autolink extension could find a link in some text of {@code markdown}. It looks for
   * {@code ://} (URLs), {@code @} (email addresses) and {@code www.}; text holds only what the
   * source holds, except that a backslash escape or a character reference ({@code &}) can make a
   * character. So a text can hold a link only if the source has an {@code @} or an {@code &}, a
   * colon followed by a slash or a backslash, or two {@code w}s in a row (either case). Texts
   * without them are parsed without the extension, which gives the same document.
   */
  static boolean mayAutolink(String markdown) {
    int last = markdown.length() - 1;
    for (int i = 0; i <= last; i++) {
      char c = markdown.charAt(i);
      if (c == '@' || c == '&') {
        return true;
      }
      if (i < last) {
        char next = markdown.charAt(i + 1);
        if (c == ':' && (next == '/' || next == '\\')) {
          return true;
        }
        if ((c | 0x20) == 'w' && (next | 0x20) == 'w') {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code markdown} as plain text, for calendars: CommonMark's text rendering, blocks separated by
   * a blank line, a link as its text followed by its address, raw HTML visible as text; without
   * surrounding blank lines, and "" for blank input. Nesting is limited as for HTML.
   */
  public static String plainText(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    Node document;
    try {
      document = CommonMark.PARSER.parse(markdown);
    } catch (StackOverflowError tooDeep) {
      return markdown.strip();
    }
    NestingLimit.apply(document);
    return CommonMark.TEXT.render(document).strip();
  }

  private SafeHtml parse(String markdown, int topHeading, Parser commonMark) {
    Node document;
    try {
      document = commonMark.parse(markdown);
    } catch (StackOverflowError tooDeep) {
      // CommonMark's parser recurses on nesting; text nested thousands deep is shown as it is.
      return SafeHtml.trusted("<p>" + Markup.escape(markdown.strip()) + "</p>\n");
    }
    NestingLimit.apply(document);
    outline(document, Math.max(2, Math.min(topHeading, 6)));
    // CommonMark writes void elements XML-style (<br />); text and attribute values never hold a
    // raw '>', so this only drops the slash the HTML checker frowns upon.
    return SafeHtml.trusted(CommonMark.renderer(tasks).render(document).replace(" />", ">"));
  }

  private static void outline(Node document, int top) {
    List<Heading> headings = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            headings.add(heading);
          }
        });
    SortedSet<Integer> used = new TreeSet<>();
    headings.forEach(h -> used.add(h.getLevel()));
    List<Integer> ranks = new ArrayList<>(used);
    int previous = top - 1;
    for (Heading heading : headings) {
      int level = Math.min(6, Math.min(top + ranks.indexOf(heading.getLevel()), previous + 1));
      heading.setLevel(level);
      previous = level;
    }
  }

  private static void setAttributes(Node node, Map<String, String> attributes, Tasks tasks) {
    if (node instanceof Link) {
      attributes.put("rel", REL);
    } else if (node instanceof TaskListItemMarker marker) {
      // A checkbox needs a name; its item's text follows it.
      attributes.put("aria-label", marker.isChecked() ? tasks.done() : tasks.toDo());
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
    record Key(String markdown, int topHeading, Tasks tasks) {}

    private volatile Map<Key, SafeHtml> current = new ConcurrentHashMap<>();
    private volatile Map<Key, SafeHtml> previous = new ConcurrentHashMap<>();

    SafeHtml get(Key key, Function<Key, SafeHtml> render) {
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
