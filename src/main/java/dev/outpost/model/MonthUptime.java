package dev.outpost.model;

import java.time.Duration;
import java.time.YearMonth;

/**
 * One component's uptime in one month of the site's zone.
 *
 * @param counted false when no day of the month counted
 * @param uptime from 0 to 1 over the counted part of the month; 1 when not counted
 * @param downtime weighted downtime within the month
 */
public record MonthUptime(YearMonth month, boolean counted, double uptime, Duration downtime) {}
