package dev.outpost.render.view;

/** A link: the words and a (relative or sanitised) address. */
public record LinkView(String text, String href) {}
