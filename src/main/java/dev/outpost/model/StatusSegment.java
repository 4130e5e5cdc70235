package dev.outpost.model;

import java.time.Instant;

/** A component held a status from {@code from} (inclusive) to {@code to} (exclusive). */
public record StatusSegment(Instant from, Instant to, ComponentStatus status) {}
