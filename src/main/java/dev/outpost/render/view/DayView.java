package dev.outpost.render.view;

/** One day of an uptime bar: a CSS class for its colour and the words that say the same. */
public record DayView(String css, String text) {}
