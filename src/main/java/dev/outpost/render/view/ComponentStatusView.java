package dev.outpost.render.view;

/**
 * A component with its status, such as after an update.
 *
 * @param href {@code null} when the component is no longer on the page
 */
public record ComponentStatusView(String name, String href, StatusView status) {}
