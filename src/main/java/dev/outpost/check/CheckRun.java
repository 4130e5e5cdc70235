package dev.outpost.check;

import dev.outpost.config.SiteConfig;
import dev.outpost.source.github.GitHubAccess;
import dev.outpost.source.github.GitHubRest;
import dev.outpost.source.github.ReportedIssues;
import dev.outpost.state.StateFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One run of {@code outpost check}, in one method: probe every check, record the samples in the
 * state folder, read the suspected and outage issues, decide with {@link Lifecycle}, and act on
 * GitHub (or only say what it would do).
 */
public final class CheckRun {
  private CheckRun() {}

  /**
   * What a run did.
   *
   * @param samples this run's sample of each check, by id
   * @param actions what it did on GitHub, or would do when it did not write
   * @param wrote whether the actions were carried out
   */
  public record Result(Map<String, Sample> samples, List<Action> actions, boolean wrote) {
    public Result {
      samples = Map.copyOf(samples);
      actions = List.copyOf(actions);
    }

    /** Whether an issue was opened or closed: the page may have to be built again. */
    public boolean changedIssues() {
      return wrote && actions.stream().anyMatch(a -> !(a instanceof Action.Comment));
    }
  }

  /** Where a run reads and writes issues. */
  public interface Issues {
    List<ReportedIssues.Issue> read();

    void apply(Action action);

    /** The issues of {@code repository} on GitHub. */
    static Issues github(
        SiteConfig config, GitHubAccess access, Map<String, String> env, String repository) {
      GitHubRest rest = GitHubRest.of(env, access, repository);
      return new Issues() {
        @Override
        public List<ReportedIssues.Issue> read() {
          return ReportedIssues.read(config, access, repository);
        }

        @Override
        public void apply(Action action) {
          if (action instanceof Action.Open open) {
            rest.open(open.title(), open.body(), open.labels());
          } else if (action instanceof Action.Comment comment) {
            rest.comment(comment.number(), comment.body());
          } else if (action instanceof Action.Close close) {
            rest.comment(close.number(), close.body());
            rest.closeNotPlanned(close.number());
          } else if (action instanceof Action.Resolve resolve) {
            rest.comment(resolve.number(), resolve.body());
            rest.closeCompleted(resolve.number());
          }
        }
      };
    }
  }

  /** Where a history the state folder lost is seeded from: the published site's samples. */
  @FunctionalInterface
  public interface Seeds {
    /** The samples by check id, or empty when there are none to be had. */
    Optional<Map<String, List<Sample>>> read();
  }

  /**
   * As {@link #run(SiteConfig, StateFolder, Prober, Issues, boolean, Instant, Consumer, Seeds)},
   * seeding nothing.
   */
  public static Result run(
      SiteConfig config,
      StateFolder state,
      Prober prober,
      Issues issues,
      boolean write,
      Instant now,
      Consumer<String> log) {
    return run(config, state, prober, issues, write, now, log, null);
  }

  /**
   * Runs every check once and records the samples; then, when {@code issues} is given, plans and
   * (when {@code write}) carries out what the results mean for the issues.
   *
   * @param log hears one line per action
   * @param seeds when the state folder holds no sample of any check, where the history is seeded
   *     from; {@code null} to start a new one (as offline)
   */
  public static Result run(
      SiteConfig config,
      StateFolder state,
      Prober prober,
      Issues issues,
      boolean write,
      Instant now,
      Consumer<String> log,
      Seeds seeds) {
    History history = History.read(state);
    if (seeds != null && history.isEmpty(config.checks())) {
      seeds.read().ifPresent(history::seed);
    }
    Map<String, Sample> samples = prober.run(config.checks());
    history.add(samples, config.checks(), now);
    try {
      history.write(state);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the samples to " + state.folder(), e);
    }
    List<ReportedIssues.Issue> known = issues == null ? List.of() : issues.read();
    List<Action> actions = new Lifecycle(config).plan(history, known);
    for (Action action : actions) {
      if (write && issues != null) {
        issues.apply(action);
        log.accept(action.describe());
      } else {
        log.accept("would " + action.describe());
      }
    }
    return new Result(samples, actions, write && issues != null);
  }
}
