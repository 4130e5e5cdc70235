package dev.outpost.render.view;

/** A time: {@code datetime} is ISO (UTC), {@code text} is for readers, in the site's zone. */
public record TimeView(String datetime, String text) {}
