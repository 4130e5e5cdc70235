package dev.outpost.model;

import java.time.Duration;
import java.time.LocalDate;

/**
 * One component's uptime on one day of the site's zone.
 *
 * @param counted false for days before the component existed and days after now
 * @param uptime from 0 to 1; 1 when not counted
 * @param downtime weighted downtime within the day
 * @param worst the worst status the component had that day (maintenance included)
 */
public record DayUptime(
    LocalDate date, boolean counted, double uptime, Duration downtime, ComponentStatus worst) {}
