package dev.outpost.source.github;

import dev.outpost.config.GitHubSettings;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.config.Times;
import dev.outpost.model.Component;
import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Impact;
import dev.outpost.model.Incident;
import dev.outpost.model.IncidentState;
import dev.outpost.model.IncidentUpdate;
import dev.outpost.model.Maintenance;
import dev.outpost.model.MaintenanceUpdate;
import dev.outpost.model.Origin;
import dev.outpost.model.Suspicion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns one issue that counts (see {@link Trust}) into an incident or a maintenance window.
 *
 * <p>What a trusted person wrote or did and Outpost cannot read (an unknown component, an
 * unreadable {@code ### Start}, an unknown command) is a problem that fails the build, as in a
 * file. The same in what an untrusted author wrote is a warning, and the value is ignored, so a
 * stranger's report can never break the build.
 */
final class IssueMapper {
  static final String NEUTRAL_BODY = "Reported on GitHub.";
  private static final Set<String> CONSUMED =
      Set.of("affected components", "components", "impact", "start", "end");

  private final SiteConfig config;
  private final Trust trust;
  private final Problems problems;
  private final Consumer<String> warnings;
  private final GitHubSettings.Labels labels;
  private final List<String> componentIds;
  private final Affected affected;
  private final GitHubSettings.Repository source;

  IssueMapper(
      SiteConfig config,
      GitHubSettings.Repository source,
      Trust trust,
      Problems problems,
      Consumer<String> warnings) {
    this.config = config;
    this.source = source;
    this.trust = trust;
    this.problems = problems;
    this.warnings = warnings;
    this.labels = config.github().labels();
    this.componentIds = config.components().stream().map(Component::id).toList();
    this.affected = new Affected(config);
  }

  /** What an issue became: an incident, a maintenance window, or nothing. */
  record Mapped(Incident incident, Maintenance maintenance, Suspicion suspicion) {
    static final Mapped NOTHING = new Mapped(null, null, null);

    Mapped(Incident incident, Maintenance maintenance) {
      this(incident, maintenance, null);
    }
  }

  Mapped map(RawIssue issue) {
    boolean outage = hasLabel(issue, labels.outage());
    if (!outage && !hasLabel(issue, labels.maintenance())) {
      if (hasLabel(issue, Suspected.LABEL)) {
        return suspected(issue);
      }
      // GitHub found it by the label, but it is not among the first 50 labels read.
      warnings.accept(issue.url() + ": skipped: it has more than 50 labels");
      return Mapped.NOTHING;
    }
    String label = outage ? labels.outage() : labels.maintenance();
    return map(issue, label, outage);
  }

  /**
   * A suspected issue: an incident once a trusted person confirmed it with {@code /confirm}, a
   * notice while it is open and neither confirmed nor dismissed, otherwise nothing.
   */
  private Mapped suspected(RawIssue issue) {
    Suspected.Word word = Suspected.word(issue, trust);
    if (word == Suspected.Word.CONFIRMED) {
      return map(issue, Suspected.LABEL, true);
    }
    Trust.Verdict verdict = trust.verdict(issue, Suspected.LABEL);
    if (word == Suspected.Word.DISMISSED || issue.closed() || !verdict.counts()) {
      return Mapped.NOTHING;
    }
    Set<String> components = affected.components(issue.labels(), Optional.empty(), message -> {});
    if (components.isEmpty()) {
      return Mapped.NOTHING;
    }
    List<String> ordered = componentIds.stream().filter(components::contains).toList();
    return new Mapped(null, null, new Suspicion(issue.number(), ordered));
  }

  private Mapped map(RawIssue issue, String label, boolean outage) {
    Trust.Verdict verdict = trust.verdict(issue, label);
    if (!verdict.counts()) {
      return Mapped.NOTHING;
    }
    Context context = new Context(issue, verdict);
    if (outage && hasLabel(issue, labels.maintenance())) {
      context.fieldProblem(
          "has both the `"
              + labels.outage()
              + "` and the `"
              + labels.maintenance()
              + "` label; remove one");
      return Mapped.NOTHING;
    }
    boolean closeCounts = closeCounts(issue, verdict);
    if (closeCounts && falseAlarm(issue)) {
      return Mapped.NOTHING;
    }
    return outage
        ? new Mapped(incident(context, closeCounts), null)
        : new Mapped(null, maintenance(context, closeCounts));
  }

  /** Closing counts when the author is trusted, or when someone else closed it last. */
  private boolean closeCounts(RawIssue issue, Trust.Verdict verdict) {
    if (!issue.closed()) {
      return false;
    }
    if (verdict.authorTrusted()) {
      return true;
    }
    return issue.events().stream()
        .filter(e -> e.type().equals("ClosedEvent"))
        .reduce((a, b) -> b)
        .map(e -> trust.triager(e.actor(), issue))
        .orElse(false);
  }

  private static boolean falseAlarm(RawIssue issue) {
    return "NOT_PLANNED".equals(issue.stateReason()) || "DUPLICATE".equals(issue.stateReason());
  }

  private Incident incident(Context c, boolean closed) {
    RawIssue issue = c.issue;
    Instant start = c.time("Start").orElse(issue.createdAt());
    ComponentStatus severity = affected.severity(issue.labels(), c.field("Impact"));
    Map<String, ComponentStatus> initial =
        affected.statuses(
            issue.labels(),
            c.field("Affected components").or(() -> c.field("Components")),
            severity,
            c::fieldProblem);
    if (initial.isEmpty() && source.component() != null) {
      initial = Map.of(source.component(), severity);
    }
    Impact impact = c.field("Impact").flatMap(Affected::impact).orElse(null);
    Instant end = closed ? issue.closedAt() : null;
    if (end != null && end.isBefore(start)) {
      c.problem("`### Start` " + start + " is after the issue was closed, at " + end);
      return null;
    }
    List<Change> changes = new ArrayList<>();
    for (String stateLabel : List.of(labels.identified(), labels.monitoring())) {
      if (hasLabel(issue, stateLabel)) {
        Instant at = labelledAt(issue, stateLabel).orElse(start);
        IncidentState state =
            stateLabel.equals(labels.identified())
                ? IncidentState.IDENTIFIED
                : IncidentState.MONITORING;
        changes.add(new Change(at, state, Map.of(), null, false, ""));
      }
    }
    for (RawIssue.Comment comment : trustedComments(issue)) {
      Commands commands = Commands.parse(comment.body(), componentIds);
      commands
          .errors()
          .forEach(e -> c.trustedProblem("comment of " + comment.createdAt() + ": " + e));
      changes.add(
          new Change(
              comment.createdAt(),
              commands.state(),
              commands.components(),
              commands.everyAffected(),
              commands.resolve(),
              commands.text()));
    }
    changes.sort(Comparator.comparing(Change::at));
    Change resolving = resolving(issue, changes).orElse(null);
    if (resolving != null && (end == null || !resolving.at().isAfter(end))) {
      end = resolving.at().isBefore(start) ? start : resolving.at();
    } else {
      resolving = null;
    }
    List<IncidentUpdate> updates = new ArrayList<>();
    updates.add(new IncidentUpdate(start, IncidentState.INVESTIGATING, initial, ""));
    Set<String> affectedSoFar = new LinkedHashSet<>(initial.keySet());
    IncidentState state = IncidentState.INVESTIGATING;
    for (Change change : changes) {
      if (change == resolving || (end != null && change.at().isAfter(end))) {
        continue;
      }
      Instant at = change.at().isBefore(start) ? start : change.at();
      state = change.state() != null ? change.state() : state;
      updates.add(new IncidentUpdate(at, state, change.statuses(affectedSoFar), change.body()));
    }
    if (resolving != null) {
      updates.add(
          new IncidentUpdate(
              end, IncidentState.RESOLVED, resolving.statuses(affectedSoFar), resolving.body()));
    } else if (end != null) {
      updates.add(new IncidentUpdate(end, IncidentState.RESOLVED, Map.of(), ""));
    }
    try {
      return new Incident(
          source.id(issue.number()),
          c.verdict.title(),
          impact,
          updates,
          body(c),
          false,
          Origin.issue(source.name(), issue.number(), issue.url()));
    } catch (IllegalArgumentException e) {
      c.problem("cannot put its updates in order: " + e.getMessage());
      return null;
    }
  }

  private Maintenance maintenance(Context c, boolean closed) {
    RawIssue issue = c.issue;
    Optional<Instant> start = c.time("Start");
    Optional<Instant> end = c.time("End");
    if (start.isEmpty() || end.isEmpty()) {
      if (c.field("Start").isEmpty() || c.field("End").isEmpty()) {
        c.fieldProblem("a maintenance issue needs `### Start` and `### End` times in its body");
      }
      return null;
    }
    if (!end.get().isAfter(start.get())) {
      c.fieldProblem("`### End` " + end.get() + " is not after `### Start` " + start.get());
      return null;
    }
    Instant completed = null;
    if (closed) {
      Instant at = issue.closedAt();
      if (at.isBefore(start.get())) {
        return null; // Closed before it began: cancelled.
      }
      completed = at.isBefore(end.get()) ? at : null;
    }
    List<MaintenanceUpdate> updates = new ArrayList<>();
    for (RawIssue.Comment comment : trustedComments(issue)) {
      String text = Commands.parse(comment.body(), componentIds).text();
      updates.add(new MaintenanceUpdate(comment.createdAt(), text));
    }
    updates.sort(Comparator.comparing(MaintenanceUpdate::at));
    return new Maintenance(
        source.id(issue.number()),
        c.verdict.title(),
        start.get(),
        end.get(),
        completed,
        List.copyOf(components(c)),
        updates,
        body(c),
        Origin.issue(source.name(), issue.number(), issue.url()));
  }

  private List<RawIssue.Comment> trustedComments(RawIssue issue) {
    // The text that may be shown is the one read: a revision from the history, when it is.
    return issue.comments().stream()
        .filter(x -> trust.person(x.author(), x.authorAssociation()))
        .map(x -> shown(x, trust.commentBody(x)))
        .filter(x -> x.body() != null)
        .filter(x -> !Suspected.fromCheck(x.body()))
        .filter(x -> !x.body().contains(GitHubIssues.STATUS_PAGE_LINK_MARKER))
        .toList();
  }

  /** {@code comment} with {@code body}, the text of it that may be shown, or {@code null}. */
  private static RawIssue.Comment shown(RawIssue.Comment comment, String body) {
    return new RawIssue.Comment(
        comment.author(),
        comment.authorAssociation(),
        body,
        comment.createdAt(),
        comment.lastEditedAt(),
        comment.editor(),
        comment.id(),
        comment.history());
  }

  private Set<String> components(Context c) {
    Set<String> named =
        affected.components(
            c.issue.labels(),
            c.field("Affected components").or(() -> c.field("Components")),
            c::fieldProblem);
    return named.isEmpty() && source.component() != null ? Set.of(source.component()) : named;
  }

  private String body(Context c) {
    if (!c.verdict.showBody()) {
      return NEUTRAL_BODY;
    }
    if (c.form.isPresent()) {
      Set<String> consumed = new LinkedHashSet<>(CONSUMED);
      if (c.field("Impact").flatMap(Affected::status).isEmpty()
          && c.field("Impact").flatMap(Affected::impact).isEmpty()) {
        consumed.remove("impact");
      }
      return Suspected.withoutNotes(c.form.get().rest(consumed));
    }
    return Suspected.withoutNotes(c.verdict.body().strip());
  }

  private static Optional<Instant> labelledAt(RawIssue issue, String label) {
    return issue.events().stream()
        .filter(e -> e.type().equals("LabeledEvent") && LabelNames.same(e.label(), label))
        .map(RawIssue.Event::at)
        .reduce((a, b) -> b);
  }

  private static boolean hasLabel(RawIssue issue, String label) {
    return LabelNames.contains(issue.labels(), label);
  }

  /**
   * The trusted {@code /resolve} that resolves the incident: the last one, unless someone whose
   * reopening counts reopened the issue after it.
   */
  private Optional<Change> resolving(RawIssue issue, List<Change> changes) {
    Optional<Change> last = changes.stream().filter(Change::resolve).reduce((a, b) -> b);
    boolean reopened =
        last.isPresent()
            && issue.events().stream()
                .anyMatch(
                    e ->
                        e.type().equals("ReopenedEvent")
                            && e.at().isAfter(last.get().at())
                            && trust.triager(e.actor(), issue));
    return reopened ? Optional.empty() : last;
  }

  /**
   * One change to the incident, from a label or a comment.
   *
   * @param everyAffected the status {@code -=STATUS} gives every component affected so far, or
   *     {@code null}
   * @param resolve whether it is a {@code /resolve}
   */
  private record Change(
      Instant at,
      IncidentState state,
      Map<String, ComponentStatus> components,
      ComponentStatus everyAffected,
      boolean resolve,
      String body) {
    /**
     * The statuses this change sets, {@code -} spelled out as the components in {@code
     * affectedSoFar}, which then also holds the components it names.
     */
    Map<String, ComponentStatus> statuses(Set<String> affectedSoFar) {
      Map<String, ComponentStatus> statuses = new LinkedHashMap<>();
      if (everyAffected != null) {
        affectedSoFar.forEach(id -> statuses.put(id, everyAffected));
      }
      statuses.putAll(components);
      affectedSoFar.addAll(components.keySet());
      return statuses;
    }
  }

  /**
   * One issue being mapped: where its problems go, and the form of the body the trust rules let
   * through (the body as it is, or the revision they chose), so its fields come from the text
   * shown.
   */
  private final class Context {
    final RawIssue issue;
    final Trust.Verdict verdict;
    final Optional<IssueForm> form;

    Context(RawIssue issue, Trust.Verdict verdict) {
      this.issue = issue;
      this.verdict = verdict;
      this.form = verdict.showBody() ? IssueForm.parse(verdict.body()) : Optional.empty();
    }

    Optional<String> field(String name) {
      return form.flatMap(f -> f.field(name));
    }

    Optional<Instant> time(String name) {
      Optional<String> text = field(name);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Optional<Instant> time = Times.parse(text.get(), config.site().zone());
      if (time.isEmpty()) {
        fieldProblem("`### " + name + "`: " + Times.unreadable(text.get(), config.site().zone()));
      }
      return time;
    }

    /** A problem in what the author wrote: fatal if they are trusted, else a warning. */
    void fieldProblem(String message) {
      if (verdict.authorTrusted()) {
        problem(message);
      } else {
        warnings.accept(issue.url() + ": ignored: " + message);
      }
    }

    /** A problem in what a trusted person wrote. */
    void trustedProblem(String message) {
      problem(message);
    }

    void problem(String message) {
      problems.add(issue.url(), 0, 0, message);
    }
  }
}
