package dev.outpost.render.view;

import dev.outpost.render.SafeHtml;

/** A note posted on a maintenance window. */
public record NoteView(TimeView at, SafeHtml body) {}
