package dev.outpost.actions;

import dev.outpost.model.Component;
import dev.outpost.model.ComponentGroup;
import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Incident;
import dev.outpost.model.Maintenance;
import dev.outpost.model.StatusPage;
import dev.outpost.model.StatusReport;
import dev.outpost.model.UptimeSeries;
import java.util.Locale;

/**
 * The Markdown a build writes to the job summary ({@code GITHUB_STEP_SUMMARY}): the overall status,
 * a table of components, and what is going on.
 */
public final class JobSummary {
  private JobSummary() {}

  public static String markdown(StatusPage page, StatusReport report) {
    StringBuilder out = new StringBuilder();
    out.append("## ")
        .append(text(page.site().title()))
        .append(": ")
        .append(report.indicator().description())
        .append("\n\n");
    out.append("Built for ")
        .append(report.now())
        .append(" · [")
        .append(page.site().url())
        .append("](")
        .append(page.site().url())
        .append(")\n\n");
    out.append("| Component | Group | Status | Uptime (")
        .append(page.uptime().days())
        .append(" days) |\n");
    out.append("| --- | --- | --- | ---: |\n");
    for (Component component : page.components()) {
      ComponentStatus status =
          report.componentStatus().getOrDefault(component.id(), ComponentStatus.OPERATIONAL);
      out.append("| ")
          .append(text(component.name()))
          .append(" | ")
          .append(
              component
                  .groupId()
                  .flatMap(page::group)
                  .map(ComponentGroup::name)
                  .map(JobSummary::text)
                  .orElse(""))
          .append(" | ")
          .append(icon(status))
          .append(' ')
          .append(status.label())
          .append(" | ")
          .append(percent(report.uptime().get(component.id())))
          .append(" |\n");
    }
    if (!report.activeIncidents().isEmpty()) {
      out.append("\n### Active incidents\n\n");
      for (Incident incident : report.activeIncidents()) {
        out.append("- **")
            .append(text(incident.title()))
            .append("** (")
            .append(incident.state(report.now()).label())
            .append(", ")
            .append(incident.impact().id())
            .append(" impact) since ")
            .append(incident.started())
            .append('\n');
      }
    }
    appendMaintenance(out, "Maintenance in progress", report.activeMaintenance());
    appendMaintenance(out, "Scheduled maintenance", report.upcomingMaintenance());
    return out.toString();
  }

  private static void appendMaintenance(
      StringBuilder out, String heading, java.util.List<Maintenance> windows) {
    if (windows.isEmpty()) {
      return;
    }
    out.append("\n### ").append(heading).append("\n\n");
    for (Maintenance window : windows) {
      out.append("- **")
          .append(text(window.title()))
          .append("** ")
          .append(window.start())
          .append(" to ")
          .append(window.effectiveEnd())
          .append('\n');
    }
  }

  private static String percent(UptimeSeries series) {
    if (series == null || series.percent().isEmpty()) {
      return "no data";
    }
    double floored = Math.floor(series.percent().getAsDouble() * 100) / 100;
    return String.format(Locale.ROOT, "%.2f%%", floored);
  }

  private static String icon(ComponentStatus status) {
    return switch (status) {
      case OPERATIONAL -> "🟢";
      case UNDER_MAINTENANCE -> "🔵";
      case DEGRADED_PERFORMANCE -> "🟡";
      case PARTIAL_OUTAGE -> "🟠";
      case MAJOR_OUTAGE -> "🔴";
    };
  }

  /**
   * Plain text safe inside a Markdown table cell: HTML and Markdown punctuation escaped, line
   * breaks folded, so a title cannot inject markup into the job summary.
   */
  public static String cell(String value) {
    return text(value);
  }

  static String text(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\n', '\r', '\t' -> out.append(' ');
        case '|', '\\', '`', '*', '_', '[', ']', '(', ')', '#', '!', '~' ->
            out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
