package dev.outpost.check;

import dev.outpost.config.CheckSpec;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Component;
import dev.outpost.source.github.ReportedIssues;
import dev.outpost.source.github.Suspected;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides, from the samples and the open issues, what to do on GitHub for each checked component:
 *
 * <ul>
 *   <li>failing in the last N runs of a check (its {@code failures}), and no open issue for the
 *       component: open one suspected issue, unless a person dismissed one for this same failure;
 *   <li>failing, with an open issue where Outpost has not said so since it last passed: comment;
 *   <li>every check passing, and an unconfirmed issue Outpost opened: close it as not planned;
 *   <li>every check passing, and a confirmed one where Outpost said it was failing: comment;
 *   <li>an open suspected issue a trusted person dismissed with {@code /dismiss}: close it.
 * </ul>
 *
 * Each state is said once: Outpost's comments carry a marker, and nothing is said twice in a row.
 */
public final class Lifecycle {
  private final SiteConfig config;
  private final String componentPrefix;

  public Lifecycle(SiteConfig config) {
    this.config = config;
    this.componentPrefix = config.github().labels().componentPrefix();
  }

  /** What to do, component by component in the config's order. */
  public List<Action> plan(History history, List<ReportedIssues.Issue> issues) {
    List<Action> actions = new ArrayList<>();
    for (Component component : config.components()) {
      List<CheckSpec> checks =
          config.checks().stream().filter(c -> c.component().equals(component.id())).toList();
      List<ReportedIssues.Issue> about =
          issues.stream().filter(i -> i.components().contains(component.id())).toList();
      Optional<ReportedIssues.Issue> open =
          about.stream()
              .filter(ReportedIssues.Issue::open)
              .max(Comparator.comparingInt(ReportedIssues.Issue::number));
      if (open.isPresent() && open.get().dismissed() && !open.get().confirmed()) {
        actions.add(
            new Action.Close(
                open.get().number(),
                component.id(),
                "Dismissed by a maintainer with `/dismiss`; closing as not planned."));
        continue;
      }
      if (checks.isEmpty()) {
        continue;
      }
      Status status = Status.of(checks, history);
      if (status.failing()) {
        failing(component, checks, history, status, open, about, actions);
      } else if (status.passing()) {
        passing(component, status, open, actions);
      }
    }
    return actions;
  }

  private void failing(
      Component component,
      List<CheckSpec> checks,
      History history,
      Status status,
      Optional<ReportedIssues.Issue> open,
      List<ReportedIssues.Issue> about,
      List<Action> actions) {
    String evidence = IssueText.evidence(checks, history);
    if (open.isPresent()) {
      ReportedIssues.Issue issue = open.get();
      if (!issue.failing().orElse(false)) {
        actions.add(
            new Action.Comment(
                issue.number(),
                component.id(),
                "Health checks of "
                    + component.name()
                    + " fail since "
                    + status.since()
                    + ".\n\n"
                    + evidence
                    + "\n"
                    + Suspected.marker(true, status.since())));
      }
      return;
    }
    boolean dismissedAlready =
        about.stream()
            .anyMatch(
                i ->
                    i.dismissed() && i.failing().orElse(false) && status.since().equals(i.since()));
    if (dismissedAlready) {
      return;
    }
    actions.add(
        new Action.Open(
            component.id(),
            component.name() + " is failing its health checks",
            IssueText.body(component, status.since(), evidence),
            List.of(Suspected.LABEL, componentPrefix + component.id())));
  }

  private static void passing(
      Component component,
      Status status,
      Optional<ReportedIssues.Issue> open,
      List<Action> actions) {
    if (open.isEmpty() || !open.get().failing().orElse(false)) {
      return;
    }
    ReportedIssues.Issue issue = open.get();
    String passes =
        "Every health check of " + component.name() + " passes again since " + status.since();
    if (issue.confirmed()) {
      actions.add(
          new Action.Comment(
              issue.number(),
              component.id(),
              passes
                  + ". Close this issue when the outage is over.\n\n"
                  + Suspected.marker(false, status.since())));
    } else {
      actions.add(
          new Action.Close(
              issue.number(),
              component.id(),
              passes
                  + ", and nobody confirmed an outage: closing as not planned.\n\n"
                  + Suspected.marker(false, status.since())));
    }
  }

  /**
   * Where a component's checks stand.
   *
   * @param failing some check failed in each of its last {@code failures} runs
   * @param passing every check passed in its last run
   * @param since when the failure began, or since when every check passes
   */
  record Status(boolean failing, boolean passing, Instant since) {
    static Status of(List<CheckSpec> checks, History history) {
      Instant failingSince = null;
      Instant passingSince = null;
      boolean passing = true;
      for (CheckSpec check : checks) {
        List<Sample> samples = history.of(check.id());
        if (samples.isEmpty()) {
          passing = false;
          continue;
        }
        Instant streak = streakStart(samples);
        boolean ok = samples.get(samples.size() - 1).ok();
        passing &= ok;
        if (ok) {
          passingSince =
              passingSince == null || streak.isAfter(passingSince) ? streak : passingSince;
        } else if (failedRuns(samples) >= check.failures()) {
          failingSince =
              failingSince == null || streak.isBefore(failingSince) ? streak : failingSince;
        }
      }
      if (failingSince != null) {
        return new Status(true, false, failingSince);
      }
      return new Status(false, passing, passing ? passingSince : null);
    }

    private static Instant streakStart(List<Sample> samples) {
      boolean ok = samples.get(samples.size() - 1).ok();
      Instant start = samples.get(samples.size() - 1).at();
      for (int i = samples.size() - 1; i >= 0 && samples.get(i).ok() == ok; i--) {
        start = samples.get(i).at();
      }
      return start;
    }

    private static int failedRuns(List<Sample> samples) {
      int n = 0;
      for (int i = samples.size() - 1; i >= 0 && !samples.get(i).ok(); i--) {
        n++;
      }
      return n;
    }
  }
}
