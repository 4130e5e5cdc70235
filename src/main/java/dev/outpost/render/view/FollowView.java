package dev.outpost.render.view;

import java.util.List;

/**
 * The ways to follow a page: its feeds, calendar and badge, and (on the home page) the API.
 *
 * @param subscribe feeds, calendar and badge
 * @param watch a link to watch the repository's issues on GitHub, or {@code null} while the site
 *     does not know its repository
 * @param api the Statuspage-compatible endpoints; empty where the page has no API section
 */
public record FollowView(List<LinkView> subscribe, LinkView watch, List<LinkView> api) {
  public FollowView {
    subscribe = List.copyOf(subscribe);
    api = List.copyOf(api);
  }
}
