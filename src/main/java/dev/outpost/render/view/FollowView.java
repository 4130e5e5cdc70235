package dev.outpost.render.view;

import java.util.List;

/**
 * The ways to follow a page: its feeds, calendar and badge, and (on the home page) the e-mail
 * sign-up, how to follow in chat, and the API.
 *
 * @param subscribe feeds, calendar and badge
 * @param email the e-mail sign-up (a mailing list), or {@code null} when none is configured
 * @param chatFeed the absolute address of the feed to follow in Slack or Teams, or {@code null}
 *     where the page does not say how
 * @param watch a link to watch the repository's issues on GitHub, or {@code null} while the site
 *     does not know its repository
 * @param api the Statuspage-compatible endpoints; empty where the page has no API section
 */
public record FollowView(
    List<LinkView> subscribe, LinkView email, String chatFeed, LinkView watch, List<LinkView> api) {
  public FollowView {
    subscribe = List.copyOf(subscribe);
    api = List.copyOf(api);
  }
}
