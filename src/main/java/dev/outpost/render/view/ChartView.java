package dev.outpost.render.view;

import java.util.List;

/**
 * A response-time chart of one check over one window, drawn as SVG at build time. The picture shows
 * the median response time of each slice of the window as a line, broken where no run happened, and
 * each slice with a failed run as a mark below it; {@code summary} says all of it in words.
 *
 * @param id unique on the page, for the caption's id
 * @param window such as "Last 24 hours"
 * @param line the SVG path of the line; empty when nothing passed
 * @param failures the x of each slice with a failed run
 * @param scale the top of the chart, such as "500 ms"
 * @param availability the share of runs that passed, such as "99.65%" or "no data"
 * @param median the median response time of the runs that passed, such as "120 ms" or "no data"
 * @param summary the whole chart in words
 */
public record ChartView(
    String id,
    String window,
    String line,
    List<Integer> failures,
    String scale,
    String availability,
    String median,
    String summary) {
  public ChartView {
    failures = List.copyOf(failures);
  }
}
