package dev.outpost.check;

import dev.outpost.model.Component;
import dev.outpost.source.github.Suspected;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The words of a suspected issue that alerts opened, and of Outpost's comments about alerts. What
 * an alert says is shown only through {@link Untrusted#code}; each alert's state is kept in a
 * hidden marker, so that an alert that fires again says nothing new.
 */
final class AlertText {
  private AlertText() {}

  static String title(Component component) {
    return component.name() + " has a firing alert";
  }

  static String body(Component component, List<Alert> firing, Instant now) {
    Instant since =
        firing.stream()
            .map(Alert::since)
            .filter(Objects::nonNull)
            .min(Comparator.naturalOrder())
            .orElse(now);
    return "### Affected components\n\n"
        + component.id()
        + "\n\n### Start\n\n"
        + since
        + "\n\n### What the alerts said\n\n"
        + list(firing)
        + "\n"
        + markers(firing)
        + "The status page shows only a notice that we might be having issues with "
        + component.name()
        + ". To confirm an outage, add the `outage` label or comment `/confirm`: it then becomes"
        + " an incident that started at the first alert. To dismiss it, comment `/dismiss` or close"
        + " it as not planned. If every alert resolves before anyone confirms, Outpost closes this"
        + " issue itself.\n";
  }

  /** A comment on alerts that started firing or were resolved. */
  static String comment(List<Alert> started, List<Alert> ended, boolean allOverConfirmed) {
    StringBuilder text = new StringBuilder();
    if (!started.isEmpty()) {
      text.append(started.size() == 1 ? "An alert fires:" : "Alerts fire:")
          .append("\n\n")
          .append(list(started))
          .append('\n');
    }
    if (!ended.isEmpty()) {
      text.append(ended.size() == 1 ? "An alert is resolved:" : "Alerts are resolved:")
          .append("\n\n")
          .append(list(ended))
          .append('\n');
    }
    if (allOverConfirmed) {
      text.append("Every alert is resolved. Close this issue when the outage is over.\n\n");
    }
    return text.append(markers(started)).append(markers(ended)).toString();
  }

  /** The comment that closes an unconfirmed issue once its alerts are resolved. */
  static String closing(Component component, List<Alert> ended) {
    return "Every alert about "
        + component.name()
        + " is resolved, and nobody confirmed an outage: closing as not planned.\n\n"
        + list(ended)
        + "\n"
        + markers(ended);
  }

  /**
   * The comment that closes a confirmed issue as completed once its alerts are resolved, with
   * {@code auto_resolve: true}.
   */
  static String resolving(Component component, List<Alert> ended) {
    return "Every alert about "
        + component.name()
        + " is resolved: resolving the incident (`auto_resolve: true` in outpost.yml).\n\n"
        + list(ended)
        + "\n"
        + markers(ended);
  }

  /** One line per alert: its name, who sent it, what it says, since when. */
  static String list(List<Alert> alerts) {
    StringBuilder text = new StringBuilder();
    for (Alert alert : alerts) {
      text.append("- ");
      if (!alert.name().isEmpty()) {
        text.append(Untrusted.code(alert.name())).append(' ');
      }
      text.append(alert.firing() ? "firing" : "resolved").append(", from ");
      text.append(
          alert.format() != Alert.Format.GENERIC
              ? alert.format().title()
              : alert.origin().isEmpty() ? "a monitoring system" : Untrusted.code(alert.origin()));
      if (alert.since() != null) {
        text.append(alert.firing() ? ", since " : ", at ").append(alert.since());
      }
      if (!alert.summary().isEmpty()) {
        text.append(": ").append(Untrusted.code(alert.summary()));
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static String markers(List<Alert> alerts) {
    StringBuilder text = new StringBuilder();
    for (Alert alert : alerts) {
      text.append(Suspected.alertMarker(alert.firing(), alert.fingerprint())).append('\n');
    }
    return text.toString();
  }
}
