package dev.outpost.cli;

import dev.outpost.notify.Notifier;

/** The job summary of {@code outpost notify}: what went where, and what did not. */
final class NotifySummary {
  private NotifySummary() {}

  static String markdown(Notifier.Outcome outcome) {
    StringBuilder out = new StringBuilder("## Notifications\n\n");
    if (outcome.deliveries().isEmpty()) {
      return out.append("Nothing new to tell.\n").toString();
    }
    out.append(outcome.sent())
        .append(" sent, ")
        .append(outcome.failed())
        .append(" failed (sent on the next run).\n\n");
    out.append("| Channel | Message | Result |\n| --- | --- | --- |\n");
    for (Notifier.Delivery delivery : outcome.deliveries()) {
      out.append("| ")
          .append(cell(delivery.channel()))
          .append(" | ")
          .append(cell(delivery.headline()))
          .append(" | ")
          .append(delivery.sent() ? "✅ sent" : "❌ " + cell(delivery.error()))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String cell(String text) {
    return dev.outpost.actions.JobSummary.cell(text);
  }
}
