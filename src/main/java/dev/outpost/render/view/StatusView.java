package dev.outpost.render.view;

/** A status, incident state or impact: an id for the CSS class and the words. */
public record StatusView(String id, String label) {}
