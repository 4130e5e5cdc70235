package dev.outpost.render.view;

import dev.outpost.words.Words;
import java.util.List;

/**
 * What every page's frame needs.
 *
 * @param title the document title
 * @param description for {@code <meta name="description">}
 * @param root the prefix that leads from this page to the site root, such as {@code ../../}; empty
 *     on the home page
 * @param home the link to the home page, such as {@code ./} or {@code ../../}
 * @param canonical the page's absolute URL, or {@code null} for none
 * @param siteTitle shown in the header; the page's {@code h1} when {@code siteTitleIsHeading}
 * @param zoneNote says in which zone times are shown
 * @param feeds the feeds the page's head links to
 * @param brand the team's icon, logo, style sheet, header and footer
 * @param section the page the site's own links lead to that this page is ({@code status}, {@code
 *     history} or {@code developers}), or {@code null}
 * @param words everything the page says, in the site's language
 */
public record Layout(
    String title,
    String description,
    String root,
    String home,
    String canonical,
    String siteTitle,
    String siteDescription,
    boolean siteTitleIsHeading,
    List<LinkView> links,
    String zoneNote,
    List<FeedLink> feeds,
    BrandView brand,
    Words words,
    String section) {
  public Layout {
    links = List.copyOf(links);
    feeds = List.copyOf(feeds);
  }

  /** This layout with the page's {@code own} feeds linked first, before the site's. */
  public Layout withOwnFeeds(List<FeedLink> own) {
    List<FeedLink> all = new java.util.ArrayList<>(own);
    all.addAll(feeds);
    return new Layout(
        title,
        description,
        root,
        home,
        canonical,
        siteTitle,
        siteDescription,
        siteTitleIsHeading,
        links,
        zoneNote,
        all,
        brand,
        words,
        section);
  }

  /** {@code aria-current} of the link to {@code link}: "page" on that page, else none. */
  public String current(String link) {
    return link.equals(section) ? "page" : null;
  }

  /** The page's language, for {@code <html lang>}. */
  public String lang() {
    return words.tag();
  }
}
