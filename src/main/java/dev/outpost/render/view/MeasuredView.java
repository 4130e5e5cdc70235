package dev.outpost.render.view;

import java.util.List;

/**
 * What the health checks of one component measured, for its page.
 *
 * @param declared the component's uptime as declared by incidents, such as "99.90%"
 * @param declaredDays how many days {@code declared} covers ({@code uptime.days})
 * @param checks one entry per check of the component
 */
public record MeasuredView(String declared, int declaredDays, List<MeasuredView.Check> checks) {
  public MeasuredView {
    checks = List.copyOf(checks);
  }

  /**
   * One check.
   *
   * @param name its id and what it probes, such as "api-health: http https://api.acme.example/"
   * @param availability measured over the last 90 days, such as "99.95%"
   * @param charts the last day, week and 90 days
   */
  public record Check(String name, String availability, List<ChartView> charts) {
    public Check {
      charts = List.copyOf(charts);
    }
  }
}
