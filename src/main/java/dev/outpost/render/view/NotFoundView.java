package dev.outpost.render.view;

/** The 404 page. */
public record NotFoundView(Layout layout, String homeHref) {}
