package dev.outpost.render.view;

/**
 * A {@code <link rel="alternate">} to a feed in a page's head.
 *
 * @param type such as {@code application/atom+xml}
 */
public record FeedLink(String type, String title, String href) {}
