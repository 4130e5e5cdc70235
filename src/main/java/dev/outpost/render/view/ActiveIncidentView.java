package dev.outpost.render.view;

import dev.outpost.render.SafeHtml;

/** An incident that is going on, with its latest update. */
public record ActiveIncidentView(
    String title,
    String href,
    StatusView impact,
    StatusView state,
    TimeView updated,
    SafeHtml body) {}
