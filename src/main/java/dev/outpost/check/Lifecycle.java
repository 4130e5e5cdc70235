package dev.outpost.check;

import dev.outpost.config.CheckSpec;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Component;
import dev.outpost.source.github.ReportedIssues;
import dev.outpost.source.github.Suspected;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, from the samples and the open issues, what to do on GitHub for each checked component:
 *
 * <ul>
 *   <li>failing in the last N runs of a check (its {@code failures}), and no open issue for the
 *       component: open one suspected issue, unless a person dismissed one for this same failure;
 *   <li>failing, with an open issue where Outpost has not said so since it last passed: comment;
 *   <li>every check passing, and an unconfirmed issue Outpost opened: close it as not planned;
 *   <li>every check passing, and a confirmed one where Outpost said it was failing: comment, or
 *       with {@code auto_resolve: true} close it as completed, resolving its incident;
 *   <li>an open suspected issue a trusted person dismissed with {@code /dismiss}: close it.
 * </ul>
 *
 * Each state is said once: Outpost's comments carry a marker, and nothing is said twice in a row.
 *
 * <p>Two issues Outpost opened for one component at the same moment are made one: the newer is
 * closed as a duplicate of the older.
 *
 * <p>Alerts ({@link #plan(List, List, Instant)}) follow the same rules, alert by alert, told apart
 * by their fingerprints: a firing alert opens the component's one suspected issue, or is said once
 * on the open one; once every alert Outpost saw firing there is resolved (and no health check
 * fails), an unconfirmed issue is closed as not planned and a confirmed one gets a comment (or,
 * with {@code auto_resolve: true}, is closed as completed).
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
    issues = withoutDuplicates(issues, actions);
    for (Component component : config.components()) {
      List<CheckSpec> checks =
          config.checks().stream().filter(c -> c.component().equals(component.id())).toList();
      List<ReportedIssues.Issue> about = about(component, issues);
      Optional<ReportedIssues.Issue> open = open(about);
      if (dismissed(component, open, actions)) {
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

  /**
   * What to do about {@code alerts}, component by component in the config's order.
   *
   * @param now when the alerts arrived: the start of an alert that does not say when it began
   */
  public List<Action> plan(List<Alert> alerts, List<ReportedIssues.Issue> issues, Instant now) {
    List<Action> actions = new ArrayList<>();
    issues = withoutDuplicates(issues, actions);
    for (Component component : config.components()) {
      Map<String, Alert> latest = new LinkedHashMap<>();
      alerts.stream()
          .filter(a -> a.component().equals(component.id()))
          .forEach(a -> latest.put(a.fingerprint(), a));
      if (latest.isEmpty()) {
        continue;
      }
      List<ReportedIssues.Issue> about = about(component, issues);
      Optional<ReportedIssues.Issue> open = open(about);
      if (!dismissed(component, open, actions)) {
        alerts(component, List.copyOf(latest.values()), open, about, now, actions);
      }
    }
    return actions;
  }

  private void alerts(
      Component component,
      List<Alert> alerts,
      Optional<ReportedIssues.Issue> open,
      List<ReportedIssues.Issue> about,
      Instant now,
      List<Action> actions) {
    if (open.isEmpty()) {
      List<Alert> firing = new ArrayList<>();
      for (Alert alert : alerts) {
        Optional<ReportedIssues.Issue> dismissedFiring =
            about.stream()
                .filter(i -> i.dismissed() && i.firingAlerts().contains(alert.fingerprint()))
                .max(Comparator.comparingInt(ReportedIssues.Issue::number));
        if (alert.firing() && dismissedFiring.isEmpty()) {
          firing.add(alert);
        } else if (!alert.firing() && dismissedFiring.isPresent()) {
          // Said once, so that the alert's next firing is news again.
          actions.add(
              new Action.Comment(
                  dismissedFiring.get().number(),
                  component.id(),
                  AlertText.comment(List.of(), List.of(alert), false)));
        }
      }
      if (!firing.isEmpty()) {
        actions.add(
            new Action.Open(
                component.id(),
                AlertText.title(component),
                AlertText.body(component, firing, now),
                List.of(Suspected.LABEL, componentPrefix + component.id())));
      }
      return;
    }
    ReportedIssues.Issue issue = open.get();
    Set<String> wasFiring = issue.firingAlerts();
    List<Alert> started =
        alerts.stream().filter(a -> a.firing() && !wasFiring.contains(a.fingerprint())).toList();
    List<Alert> ended =
        alerts.stream().filter(a -> !a.firing() && wasFiring.contains(a.fingerprint())).toList();
    if (started.isEmpty() && ended.isEmpty()) {
      return;
    }
    Set<String> still = new LinkedHashSet<>(wasFiring);
    ended.forEach(a -> still.remove(a.fingerprint()));
    boolean over = started.isEmpty() && still.isEmpty() && !issue.failing().orElse(false);
    if (over && !issue.confirmed()) {
      actions.add(
          new Action.Close(issue.number(), component.id(), AlertText.closing(component, ended)));
    } else if (over && config.autoResolve()) {
      actions.add(
          new Action.Resolve(
              issue.number(), component.id(), AlertText.resolving(component, ended)));
    } else {
      actions.add(
          new Action.Comment(
              issue.number(), component.id(), AlertText.comment(started, ended, over)));
    }
  }

  /**
   * Two runs at once (two alerts seconds apart, an alert beside a check) can each open an issue for
   * the same component. The newer ones Outpost opened and nobody confirmed are closed as not
   * planned, pointing to the oldest open one, which takes over the alerts they followed. Returns
   * the issues as they stand afterwards.
   */
  private List<ReportedIssues.Issue> withoutDuplicates(
      List<ReportedIssues.Issue> issues, List<Action> actions) {
    List<ReportedIssues.Issue> result = new ArrayList<>(issues);
    for (Component component : config.components()) {
      List<ReportedIssues.Issue> open =
          result.stream()
              .filter(i -> i.open() && i.components().contains(component.id()))
              .sorted(Comparator.comparingInt(ReportedIssues.Issue::number))
              .toList();
      if (open.size() < 2) {
        continue;
      }
      ReportedIssues.Issue keep = open.get(0);
      Map<String, Boolean> alerts = new LinkedHashMap<>(keep.alerts());
      StringBuilder carried = new StringBuilder();
      List<String> closed = new ArrayList<>();
      for (ReportedIssues.Issue duplicate : open.subList(1, open.size())) {
        if (!duplicate.byOutpost() || duplicate.confirmed()) {
          continue;
        }
        StringBuilder body =
            new StringBuilder("Outpost opened #")
                .append(keep.number())
                .append(" for ")
                .append(component.name())
                .append(" first: closing this duplicate as not planned. Follow #")
                .append(keep.number())
                .append(".\n\n");
        for (String fingerprint : duplicate.firingAlerts()) {
          body.append(Suspected.alertMarker(false, fingerprint)).append('\n');
          if (!Boolean.TRUE.equals(alerts.put(fingerprint, true))) {
            carried.append(Suspected.alertMarker(true, fingerprint)).append('\n');
          }
        }
        if (duplicate.failing().orElse(false) && duplicate.since() != null) {
          body.append(Suspected.marker(false, duplicate.since())).append('\n');
        }
        body.append(Suspected.NOTE);
        actions.add(new Action.Close(duplicate.number(), component.id(), body.toString()));
        closed.add("#" + duplicate.number());
        Map<String, Boolean> ended = new LinkedHashMap<>();
        duplicate.alerts().keySet().forEach(fingerprint -> ended.put(fingerprint, false));
        result.set(
            result.indexOf(duplicate),
            new ReportedIssues.Issue(
                duplicate.number(),
                false,
                false,
                true,
                duplicate.components(),
                duplicate.failing().map(failing -> false),
                duplicate.since(),
                ended,
                true));
      }
      if (closed.isEmpty()) {
        continue;
      }
      actions.add(
          new Action.Comment(
              keep.number(),
              component.id(),
              String.join(", ", closed)
                  + (closed.size() == 1 ? " was" : " were")
                  + " opened for "
                  + component.name()
                  + " at the same time as this issue and closed as "
                  + (closed.size() == 1 ? "its duplicate" : "duplicates")
                  + "."
                  + (carried.length() == 0
                      ? "\n\n"
                      : " The alerts followed there are followed here.\n\n" + carried)
                  + Suspected.NOTE));
      result.set(
          result.indexOf(keep),
          new ReportedIssues.Issue(
              keep.number(),
              keep.open(),
              keep.confirmed(),
              keep.dismissed(),
              keep.components(),
              keep.failing(),
              keep.since(),
              alerts,
              keep.byOutpost()));
    }
    return result;
  }

  private static List<ReportedIssues.Issue> about(
      Component component, List<ReportedIssues.Issue> issues) {
    return issues.stream().filter(i -> i.components().contains(component.id())).toList();
  }

  /** The component's newest open issue: the only one Outpost writes to. */
  private static Optional<ReportedIssues.Issue> open(List<ReportedIssues.Issue> about) {
    return about.stream()
        .filter(ReportedIssues.Issue::open)
        .max(Comparator.comparingInt(ReportedIssues.Issue::number));
  }

  /** Closes an open issue a trusted person dismissed; whether there was one. */
  private static boolean dismissed(
      Component component, Optional<ReportedIssues.Issue> open, List<Action> actions) {
    if (open.isPresent() && open.get().dismissed() && !open.get().confirmed()) {
      actions.add(
          new Action.Close(
              open.get().number(),
              component.id(),
              "Dismissed by a maintainer with `/dismiss`; closing as not planned."));
      return true;
    }
    return false;
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

  private void passing(
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
    if (!issue.firingAlerts().isEmpty() && !issue.confirmed()) {
      actions.add(
          new Action.Comment(
              issue.number(),
              component.id(),
              passes
                  + ", but an alert about it still fires: this issue stays open until it is"
                  + " resolved.\n\n"
                  + Suspected.marker(false, status.since())));
    } else if (issue.confirmed() && config.autoResolve() && issue.firingAlerts().isEmpty()) {
      actions.add(
          new Action.Resolve(
              issue.number(),
              component.id(),
              passes
                  + ": resolving the incident (`auto_resolve: true` in outpost.yml).\n\n"
                  + Suspected.marker(false, status.since())));
    } else if (issue.confirmed()) {
      actions.add(
          new Action.Comment(
              issue.number(),
              component.id(),
              passes
                  + (config.autoResolve()
                      ? ", but an alert about it still fires: the incident is resolved once every"
                          + " alert is.\n\n"
                      : ". Close this issue when the outage is over.\n\n")
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
