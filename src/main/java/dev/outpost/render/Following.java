package dev.outpost.render;

import dev.outpost.model.StatusPage;
import dev.outpost.render.badge.Badges;
import dev.outpost.render.calendar.Calendars;
import dev.outpost.render.feed.Feeds;
import dev.outpost.render.view.FeedLink;
import dev.outpost.render.view.FollowView;
import dev.outpost.render.view.LinkView;
import dev.outpost.words.Words;
import java.util.List;

/** The links to the machine-readable outputs: feeds in the head and the Subscribe section. */
final class Following {
  private Following() {}

  /** The Atom, RSS and JSON feeds in the folder {@code folder} (such as {@code ../../}). */
  static List<FeedLink> feeds(String folder, String title) {
    return List.of(
        new FeedLink("application/atom+xml", title + " (Atom)", folder + Feeds.ATOM),
        new FeedLink("application/rss+xml", title + " (RSS)", folder + Feeds.RSS),
        new FeedLink("application/feed+json", title + " (JSON Feed)", folder + Feeds.JSON));
  }

  /**
   * The home page's: the e-mail sign-up when one is configured, the site's feeds and calendar,
   * watching the repository on GitHub when the site is run from one, and the page for developers,
   * which has the rest.
   */
  static FollowView home(StatusPage page, Words words) {
    LinkView watch =
        page.site()
            .repositoryUrl()
            .map(repository -> new LinkView(words.get("follow.watch"), repository.toString()))
            .orElse(null);
    LinkView email =
        page.site()
            .subscriptions()
            .signupUrl()
            .map(url -> new LinkView(words.get("follow.email"), url.toString()))
            .orElse(null);
    List<LinkView> subscribe =
        List.of(
            new LinkView("Atom", Feeds.ATOM),
            new LinkView("RSS", Feeds.RSS),
            new LinkView(words.get("follow.calendar"), Calendars.FILE));
    return new FollowView(
        subscribe,
        email,
        watch,
        new LinkView(words.get("follow.developers"), SitePaths.DEVELOPERS));
  }

  /** A component page's: its own feeds, calendar and badge (its page is their folder). */
  static FollowView component(Words words) {
    return new FollowView(subscribe("", words), null, null, null);
  }

  private static List<LinkView> subscribe(String folder, Words words) {
    return List.of(
        new LinkView("Atom", folder + Feeds.ATOM),
        new LinkView("RSS", folder + Feeds.RSS),
        new LinkView("JSON Feed", folder + Feeds.JSON),
        new LinkView(words.get("follow.calendar"), folder + Calendars.FILE),
        new LinkView(words.get("follow.badge"), folder + Badges.SVG));
  }
}
