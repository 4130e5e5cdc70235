package dev.outpost.render.view;

/** A month in the history index, with what it holds, such as "3 incidents, 1 maintenance". */
public record MonthLink(TimeView month, String href, String counts) {}
