package dev.outpost.render.view;

/**
 * A component on the home page.
 *
 * @param description may be empty
 */
public record ComponentRow(
    String name, String href, String description, StatusView status, BarView bar) {}
