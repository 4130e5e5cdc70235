package dev.outpost.check;

import dev.outpost.config.CheckSpec;
import dev.outpost.model.Component;
import dev.outpost.source.github.Suspected;
import java.time.Instant;
import java.util.List;

/** The words of a suspected issue: the fields the page reads, the evidence, what to do. */
final class IssueText {
  private IssueText() {}

  static String body(Component component, Instant since, String evidence) {
    return "### Affected components\n\n"
        + component.id()
        + "\n\n### Start\n\n"
        + since
        + "\n\n### What the health checks found\n\nHealth checks of "
        + component.name()
        + " fail since "
        + since
        + ".\n\n"
        + evidence
        + "\n"
        + Suspected.marker(true, since)
        + "\nThe status page shows only a notice that we might be having issues with "
        + component.name()
        + ". To confirm an outage, add the `outage` label or comment `/confirm`: it then becomes"
        + " an incident that started at the first failed check. To dismiss it, comment `/dismiss`"
        + " or close it as not planned. If the checks pass again before anyone confirms, Outpost"
        + " closes this issue itself.\n";
  }

  /** A table of the component's checks: what was expected, what came back, since when. */
  static String evidence(List<CheckSpec> checks, History history) {
    StringBuilder table =
        new StringBuilder("| Check | Expected | Last result | Failed runs |\n|---|---|---|---|\n");
    for (CheckSpec check : checks) {
      List<Sample> samples = history.of(check.id());
      Sample last = samples.isEmpty() ? null : samples.get(samples.size() - 1);
      int failed = 0;
      for (int i = samples.size() - 1; i >= 0 && !samples.get(i).ok(); i--) {
        failed++;
      }
      table
          .append("| `")
          .append(check.id())
          .append("` | ")
          .append(cell(expected(check)))
          .append(" | ")
          .append(
              last == null
                  ? "not run yet"
                  : last.ok() ? "passed in " + last.latencyMillis() + " ms" : cell(last.detail()))
          .append(" | ")
          .append(failed)
          .append(" |\n");
    }
    return table.toString();
  }

  static String expected(CheckSpec check) {
    return switch (check.kind()) {
      case HTTP -> {
        CheckSpec.Expect e = check.expect();
        StringBuilder s =
            new StringBuilder(check.method() + " " + Shown.target(check) + " answers HTTP ")
                .append(e.status() != 0 ? String.valueOf(e.status()) : "2xx");
        if (e.body() != null) {
          s.append(" containing `").append(e.body()).append('`');
        }
        e.json().forEach((k, v) -> s.append(", ").append(k).append(" = `").append(v).append('`'));
        if (e.within() != null) {
          s.append(" within ").append(Words.duration(e.within()));
        }
        yield s.toString();
      }
      case TCP -> check.target() + " accepts a connection";
      case DNS -> check.target() + " resolves";
      case TLS ->
          check.target()
              + " has a valid certificate for more than "
              + Words.duration(check.expiresWithin());
    };
  }

  /** Text fit for one table cell: no pipes, no line breaks, no HTML. */
  private static String cell(String text) {
    return text.replace("|", "\\|")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('\n', ' ')
        .replace('\r', ' ');
  }
}
