package dev.outpost.render;

import dev.outpost.model.StatusPage;
import dev.outpost.render.api.StatuspageApi;
import dev.outpost.render.badge.Badges;
import dev.outpost.render.calendar.Calendars;
import dev.outpost.render.feed.Feeds;
import dev.outpost.render.view.FeedLink;
import dev.outpost.render.view.FollowView;
import dev.outpost.render.view.LinkView;
import dev.outpost.words.Words;
import java.util.ArrayList;
import java.util.List;

/** The links to the machine-readable outputs: feeds in the head, Subscribe and API sections. */
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
   * The home page's: the e-mail sign-up when one is configured, the site's feeds, calendar and
   * badge, how to follow the feed in Slack or Teams, watching the repository on GitHub when the
   * site is run from one, and every API endpoint.
   */
  static FollowView home(StatusPage page, Words words) {
    List<LinkView> api = new ArrayList<>();
    for (String endpoint : StatuspageApi.ENDPOINTS) {
      api.add(new LinkView(endpoint.substring("api/v2/".length()), endpoint));
    }
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
    String chatFeed = SitePaths.absolute(page.site(), Feeds.RSS);
    return new FollowView(subscribe("", words), email, chatFeed, watch, api);
  }

  /** A component page's: its own feeds, calendar and badge (its page is their folder). */
  static FollowView component(Words words) {
    return new FollowView(subscribe("", words), null, null, null, List.of());
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
