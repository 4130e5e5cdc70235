package dev.outpost.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.config.SiteConfig;
import dev.outpost.source.github.ReportedIssues;
import dev.outpost.state.StateFolder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts and health checks about one component share its one issue, and neither closes it alone.
 */
class AlertLifecycleTest {
  private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
  private final SiteConfig config =
      Configs.with("  - { id: api-health, component: api, http: https://api.acme.example/ }\n");
  @TempDir Path state;

  private static ReportedIssues.Issue issue(
      boolean confirmed, Optional<Boolean> checksFailing, Map<String, Boolean> alerts) {
    return new ReportedIssues.Issue(
        12, true, confirmed, false, Set.of("api"), checksFailing, T0, alerts);
  }

  private static Alert alert(String fingerprint, boolean firing) {
    return new Alert(Alert.Format.GENERIC, "cron", "", "api", firing, "", fingerprint, null);
  }

  @Test
  void passingChecksLeaveAnIssueWhoseAlertStillFiresOpen() {
    History history = History.read(StateFolder.at(state, m -> {}));
    history.add(
        Map.of("api-health", new Sample(T0, true, 12, "")), config.checks(), T0.plusSeconds(1));
    List<Action> actions =
        new Lifecycle(config)
            .plan(history, List.of(issue(false, Optional.of(true), Map.of("fp", true))));
    assertEquals(1, actions.size(), actions.toString());
    Action.Comment comment = (Action.Comment) actions.get(0);
    assertTrue(comment.body().contains("an alert about it still fires"), comment.body());
  }

  @Test
  void aResolvedAlertLeavesAnIssueWhoseChecksStillFailOpen() {
    List<Action> actions =
        new Lifecycle(config)
            .plan(
                List.of(alert("fp", false)),
                List.of(issue(false, Optional.of(true), Map.of("fp", true))),
                T0);
    assertEquals(1, actions.size(), actions.toString());
    assertTrue(actions.get(0) instanceof Action.Comment, actions.toString());
  }

  @Test
  void anIssueClosesOnlyWhenEveryAlertSeenFiringIsResolved() {
    ReportedIssues.Issue two = issue(false, Optional.empty(), Map.of("fp-1", true, "fp-2", true));
    List<Action> one = new Lifecycle(config).plan(List.of(alert("fp-1", false)), List.of(two), T0);
    assertTrue(one.get(0) instanceof Action.Comment, one.toString());
    List<Action> both =
        new Lifecycle(config)
            .plan(List.of(alert("fp-1", false), alert("fp-2", false)), List.of(two), T0);
    assertEquals(1, both.size(), both.toString());
    assertTrue(both.get(0) instanceof Action.Close, both.toString());
  }

  @Test
  void withAutoResolveAConfirmedIssueIsResolvedOnlyOnceEveryAlertIsResolved() {
    SiteConfig auto =
        Configs.with(
            "auto_resolve: true\n",
            "  - { id: api-health, component: api, http: https://api.acme.example/ }\n");
    ReportedIssues.Issue two = issue(true, Optional.empty(), Map.of("fp-1", true, "fp-2", true));
    List<Action> one = new Lifecycle(auto).plan(List.of(alert("fp-1", false)), List.of(two), T0);
    assertEquals(1, one.size(), one.toString());
    assertTrue(one.get(0) instanceof Action.Comment, one.toString());
    List<Action> both =
        new Lifecycle(auto)
            .plan(List.of(alert("fp-1", false), alert("fp-2", false)), List.of(two), T0);
    assertEquals(1, both.size(), both.toString());
    Action.Resolve resolve = (Action.Resolve) both.get(0);
    assertEquals(12, resolve.number());
    assertTrue(resolve.body().contains("resolving the incident"), resolve.body());
    assertTrue(resolve.body().contains("<!-- outpost:alert resolved fp-1 -->"), resolve.body());

    ReportedIssues.Issue failing = issue(true, Optional.of(true), Map.of("fp-1", true));
    List<Action> checksFail =
        new Lifecycle(auto).plan(List.of(alert("fp-1", false)), List.of(failing), T0);
    assertTrue(checksFail.get(0) instanceof Action.Comment, "checks still fail: " + checksFail);
    List<Action> withoutSetting =
        new Lifecycle(config)
            .plan(List.of(alert("fp-1", false), alert("fp-2", false)), List.of(two), T0);
    assertTrue(withoutSetting.get(0) instanceof Action.Comment, withoutSetting.toString());
  }

  @Test
  void withAutoResolveRecoveredChecksResolveAConfirmedIssueOnlyWhenNoAlertFires() {
    SiteConfig auto =
        Configs.with(
            "auto_resolve: true\n",
            "  - { id: api-health, component: api, http: https://api.acme.example/ }\n");
    History history = History.read(StateFolder.at(state, m -> {}));
    history.add(
        Map.of("api-health", new Sample(T0, true, 12, "")), auto.checks(), T0.plusSeconds(1));
    List<Action> quiet =
        new Lifecycle(auto).plan(history, List.of(issue(true, Optional.of(true), Map.of())));
    assertEquals(1, quiet.size(), quiet.toString());
    assertTrue(quiet.get(0) instanceof Action.Resolve, quiet.toString());
    List<Action> firing =
        new Lifecycle(auto)
            .plan(history, List.of(issue(true, Optional.of(true), Map.of("fp", true))));
    Action.Comment waiting = (Action.Comment) firing.get(0);
    assertTrue(
        waiting.body().contains("the incident is resolved once every alert is"), waiting.body());
    List<Action> unconfirmed =
        new Lifecycle(auto).plan(history, List.of(issue(false, Optional.of(true), Map.of())));
    assertTrue(unconfirmed.get(0) instanceof Action.Close, unconfirmed.toString());
  }

  @Test
  void onlyANewerUnconfirmedIssueOutpostOpenedIsClosedAsADuplicate() {
    History history = History.read(StateFolder.at(state, m -> {}));
    history.add(
        Map.of("api-health", new Sample(T0, true, 12, "")), config.checks(), T0.plusSeconds(1));
    ReportedIssues.Issue older =
        new ReportedIssues.Issue(
            12, true, false, false, Set.of("api"), Optional.empty(), T0, Map.of(), true);
    ReportedIssues.Issue byPerson =
        new ReportedIssues.Issue(
            13, true, false, false, Set.of("api"), Optional.empty(), T0, Map.of(), false);
    ReportedIssues.Issue confirmed =
        new ReportedIssues.Issue(
            14, true, true, false, Set.of("api"), Optional.empty(), T0, Map.of(), true);
    ReportedIssues.Issue checks =
        new ReportedIssues.Issue(
            15, true, false, false, Set.of("api"), Optional.of(true), T0, Map.of(), true);
    List<Action> actions =
        new Lifecycle(config).plan(history, List.of(older, byPerson, confirmed, checks));
    assertEquals(2, actions.size(), actions.toString());
    Action.Close close = (Action.Close) actions.get(0);
    assertEquals(15, close.number());
    assertTrue(
        close.body().contains("<!-- outpost:check passing " + T0 + " -->"),
        "no longer failing, so never taken for a dismissed failure: " + close.body());
    Action.Comment comment = (Action.Comment) actions.get(1);
    assertEquals(12, comment.number());
    assertTrue(comment.body().startsWith("#15 was opened for API at the same time"));
    assertTrue(comment.body().endsWith("<!-- outpost:note -->"), comment.body());
  }

  @Test
  void theSameAlertTwiceInOnePayloadCountsOnceAndTheLastWordWins() {
    List<Action> actions =
        new Lifecycle(config).plan(List.of(alert("fp", true), alert("fp", false)), List.of(), T0);
    assertEquals(List.of(), actions, "resolved, and never seen firing");
  }
}
