package dev.outpost.render.view;

import java.util.List;

/**
 * The ways to follow a page: its feeds and calendar (and a component's badge), and on the home page
 * the e-mail sign-up, watching the repository and the way to the page for developers.
 *
 * @param subscribe feeds and calendar, and on a component's page its badge
 * @param email the e-mail sign-up (a mailing list), or {@code null} when none is configured
 * @param watch a link to watch the repository's issues on GitHub, or {@code null} while the site
 *     does not know its repository
 * @param developers the page of feeds, API and embedding, or {@code null} where not linked
 */
public record FollowView(
    List<LinkView> subscribe, LinkView email, LinkView watch, LinkView developers) {
  public FollowView {
    subscribe = List.copyOf(subscribe);
  }
}
