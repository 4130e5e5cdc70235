package dev.outpost.render.view;

/**
 * A month in the history index, with what it holds, such as "3 incidents, 1 maintenance".
 *
 * @param href its page, or {@code null} for a month without entries, which has none
 */
public record MonthLink(TimeView month, String href, String counts) {}
