package dev.outpost.render;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import dev.outpost.model.Measured;
import dev.outpost.render.view.ChartView;
import dev.outpost.render.view.MeasuredView;
import dev.outpost.words.Words;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The response-time charts and measured availability of a component's checks, drawn as SVG at build
 * time: no script, the same bytes for the same samples.
 */
final class ResponseCharts {
  /** Slices of each window: one point of the line, one possible failure mark. */
  static final int SLICES = 96;

  /** The chart's drawing area, in SVG units (see the template's viewBox). */
  static final int WIDTH = 288;

  static final int TOP = 4;
  static final int BASE = 60;

  private ResponseCharts() {}

  /**
   * The view of {@code measured}, the checks of one component, at {@code now}, beside the uptime
   * {@code declared} over the last {@code declaredDays}.
   */
  static MeasuredView of(
      Format format, List<Measured> measured, String declared, int declaredDays, Instant now) {
    List<MeasuredView.Check> checks = new ArrayList<>();
    for (Measured m : measured) {
      List<ChartView> charts = new ArrayList<>();
      for (Duration window : Measured.WINDOWS) {
        charts.add(chart(format, m, window, now));
      }
      Duration longest = Measured.WINDOWS.get(Measured.WINDOWS.size() - 1);
      checks.add(
          new MeasuredView.Check(
              m.id() + ": " + m.kind() + " " + m.target(),
              format.percent(Measured.availability(m.within(now, longest))),
              charts));
    }
    return new MeasuredView(declared, declaredDays, checks);
  }

  /** The chart of {@code m} over the {@code window} before {@code now}. */
  static ChartView chart(Format format, Measured m, Duration window, Instant now) {
    List<Measured.Sample> samples = m.within(now, window);
    Instant from = now.minus(window);
    long span = window.toMillis();
    List<List<Long>> passed = new ArrayList<>();
    boolean[] failed = new boolean[SLICES];
    for (int i = 0; i < SLICES; i++) {
      passed.add(new ArrayList<>());
    }
    int failures = 0;
    for (Measured.Sample s : samples) {
      long offset = Duration.between(from, s.at()).toMillis();
      int slice = (int) Math.min(SLICES - 1, Math.max(0, (offset - 1) * SLICES / span));
      if (s.ok()) {
        passed.get(slice).add(Math.max(0, s.millis()));
      } else {
        failed[slice] = true;
        failures++;
      }
    }
    long[] medians = new long[SLICES];
    long highest = 0;
    for (int i = 0; i < SLICES; i++) {
      medians[i] = median(passed.get(i));
      highest = Math.max(highest, medians[i]);
    }
    long top = scale(highest);
    StringBuilder line = new StringBuilder();
    boolean drawing = false;
    for (int i = 0; i < SLICES; i++) {
      if (medians[i] < 0) {
        drawing = false;
        continue;
      }
      int x = x(i);
      long y = BASE - Math.round((double) medians[i] * (BASE - TOP) / top);
      line.append(line.isEmpty() ? "" : " ").append(drawing ? 'L' : 'M').append(x).append(' ');
      line.append(y);
      // A slice alone between gaps is drawn as a short flat stroke, so that it shows.
      if (!drawing && (i == SLICES - 1 || medians[i + 1] < 0)) {
        line.append(" L").append(x + WIDTH / SLICES).append(' ').append(y);
      }
      drawing = true;
    }
    List<Integer> marks = new ArrayList<>();
    for (int i = 0; i < SLICES; i++) {
      if (failed[i]) {
        marks.add(x(i));
      }
    }
    Words words = format.words();
    String label = label(words, window);
    Optional<Double> availability = Measured.availability(samples);
    String median = m.medianMillis(now, window).map(ms -> milliseconds(words, ms)).orElse("");
    String scale = milliseconds(words, top);
    return new ChartView(
        m.id() + "-" + window.toDays() + "d",
        label,
        line.toString(),
        marks,
        scale,
        format.percent(availability),
        median.isEmpty() ? words.get("no_data") : median,
        summary(
            format,
            label,
            samples.size(),
            failures,
            availability,
            median,
            scale,
            milliseconds(words, highest)));
  }

  private static String summary(
      Format format,
      String label,
      int runs,
      int failures,
      Optional<Double> availability,
      String median,
      String scale,
      String slowest) {
    Words words = format.words();
    if (runs == 0) {
      return words.format("measured.no_runs", "window", label);
    }
    StringBuilder text =
        new StringBuilder(
            words.format(
                "measured.runs",
                "window",
                label,
                "passed",
                runs - failures,
                "runs",
                runs,
                "availability",
                format.percent(availability)));
    if (median.isEmpty()) {
      text.append(words.get("measured.none_in_time"));
    } else {
      text.append(
          words.format("measured.timing", "median", median, "slowest", slowest, "scale", scale));
    }
    if (failures > 0) {
      text.append(' ').append(words.format("measured.failed", "failures", failures));
    }
    return text.toString();
  }

  private static int x(int slice) {
    return slice * WIDTH / SLICES;
  }

  /** The median of {@code values}, or -1 when there is none. */
  static long median(List<Long> values) {
    if (values.isEmpty()) {
      return -1;
    }
    long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return sorted[(sorted.length - 1) / 2];
  }

  /** The top of the chart: 1, 2 or 5 times a power of ten, at least 10 ms, above {@code ms}. */
  static long scale(long ms) {
    long power = 10;
    while (true) {
      for (long step : new long[] {1, 2, 5}) {
        if (power * step >= ms) {
          return power * step;
        }
      }
      power *= 10;
    }
  }

  private static String label(Words words, Duration window) {
    long days = window.toDays();
    return days == 1
        ? words.format("measured.last_hours", "hours", 24)
        : words.format("measured.last_days", "days", days);
  }

  /** Milliseconds as the language writes them, with the unit: "1,250 ms". */
  private static String milliseconds(Words words, long ms) {
    return MeasureFormat.getInstance(
            ULocale.forLocale(words.locale()), MeasureFormat.FormatWidth.SHORT)
        .format(new Measure(ms, MeasureUnit.MILLISECOND));
  }
}
