package dev.outpost.render.view;

/** A component's uptime in one month. */
public record MonthUptimeView(TimeView month, String percent) {}
