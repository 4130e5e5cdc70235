package dev.outpost.render.view;

/**
 * A component on the home page.
 *
 * @param description may be empty
 * @param measured what its health checks measured over 90 days, in words; {@code null} when it has
 *     none
 */
public record ComponentRow(
    String name,
    String href,
    String description,
    StatusView status,
    BarView bar,
    String measured) {}
