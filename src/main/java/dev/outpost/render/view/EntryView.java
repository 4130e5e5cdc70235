package dev.outpost.render.view;

/**
 * An incident or maintenance window in a list.
 *
 * @param impact the incident's impact, or {@code maintenance}
 * @param summary such as "Resolved after 1 h 35 min"
 */
public record EntryView(
    String title,
    String href,
    StatusView impact,
    StatusView state,
    TimeView start,
    String summary) {}
