package dev.outpost.check;

import dev.outpost.config.SiteConfig;
import dev.outpost.source.github.ReportedIssues;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * One run of {@code outpost alert}, in one method: read the suspected and outage issues, decide
 * with {@link Lifecycle} what the alerts mean for them, and act on GitHub (or only say what it
 * would do). The alerts were read and mapped to components before: a payload at fault never reaches
 * here, so it touches nothing on GitHub.
 */
public final class AlertRun {
  private AlertRun() {}

  /**
   * What a run did.
   *
   * @param actions what it did on GitHub, or would do when it did not write
   * @param wrote whether the actions were carried out
   */
  public record Result(List<Action> actions, boolean wrote) {
    public Result {
      actions = List.copyOf(actions);
    }

    /** Whether an issue was opened or closed: the page may have to be built again. */
    public boolean changedIssues() {
      return wrote && actions.stream().anyMatch(a -> !(a instanceof Action.Comment));
    }
  }

  /**
   * Plans what {@code alerts} mean for the issues, and carries it out when {@code write} and {@code
   * issues} is given; with no {@code issues}, plans as if none were open.
   *
   * @param log hears one line per action
   */
  public static Result run(
      SiteConfig config,
      List<Alert> alerts,
      CheckRun.Issues issues,
      boolean write,
      Instant now,
      Consumer<String> log) {
    List<ReportedIssues.Issue> known = issues == null ? List.of() : issues.read();
    List<Action> actions = new Lifecycle(config).plan(alerts, known, now);
    boolean writes = write && issues != null;
    for (Action action : actions) {
      if (writes) {
        issues.apply(action);
        log.accept(action.describe());
      } else {
        log.accept("would " + action.describe());
      }
    }
    return new Result(actions, writes);
  }
}
