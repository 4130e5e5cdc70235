package dev.outpost.source.github;

import dev.outpost.config.GitHubSettings;
import dev.outpost.config.SiteConfig;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The suspected and outage issues of a repository as the health checks see them: which components
 * they are about, whether a trusted person confirmed or dismissed them, and what Outpost last said
 * there. Only issues that count under the trust rules are returned, so a stranger's issue cannot
 * silence a check.
 */
public final class ReportedIssues {
  private ReportedIssues() {}

  /**
   * One issue.
   *
   * @param confirmed an outage: it has the outage label, or a trusted person's last word is {@code
   *     /confirm}
   * @param dismissed a trusted person's last word is {@code /dismiss}, or it was closed as not
   *     planned
   * @param failing what Outpost's last marker said: failing ({@code true}), passing, or nothing
   * @param since the instant of Outpost's last marker, or {@code null}
   * @param alerts what {@code outpost alert} last said of each alert here, by fingerprint: firing
   *     ({@code true}) or resolved
   * @param byOutpost opened by {@code outpost check} or {@code outpost alert}: the workflow's bot
   *     wrote it, with Outpost's marker
   */
  public record Issue(
      int number,
      boolean open,
      boolean confirmed,
      boolean dismissed,
      Set<String> components,
      Optional<Boolean> failing,
      Instant since,
      Map<String, Boolean> alerts,
      boolean byOutpost) {
    public Issue {
      components = Set.copyOf(components);
      alerts = Collections.unmodifiableMap(new LinkedHashMap<>(alerts));
    }

    /** An issue a person opened. */
    public Issue(
        int number,
        boolean open,
        boolean confirmed,
        boolean dismissed,
        Set<String> components,
        Optional<Boolean> failing,
        Instant since,
        Map<String, Boolean> alerts) {
      this(number, open, confirmed, dismissed, components, failing, since, alerts, false);
    }

    /** The fingerprints of the alerts firing here, as Outpost last said. */
    public Set<String> firingAlerts() {
      Set<String> firing = new LinkedHashSet<>();
      alerts.forEach(
          (fingerprint, on) -> {
            if (on) {
              firing.add(fingerprint);
            }
          });
      return firing;
    }
  }

  /** Reads the issues labelled suspected or outage of {@code repository}. */
  public static List<Issue> read(SiteConfig config, GitHubAccess access, String repository) {
    GitHubSettings.Labels labels = config.github().labels();
    List<RawIssue> raw =
        new IssueFetcher(new GraphQlClient(access), repository)
            .fetch(List.of(labels.outage(), Suspected.LABEL));
    Trust trust = Trust.of(config.github(), raw);
    List<Issue> issues = new ArrayList<>();
    for (RawIssue issue : raw) {
      boolean outage = LabelNames.contains(issue.labels(), labels.outage());
      String label = outage ? labels.outage() : Suspected.LABEL;
      if (!trust.verdict(issue, label).counts()) {
        continue;
      }
      Suspected.Word word = Suspected.word(issue, trust);
      boolean confirmed = outage || word == Suspected.Word.CONFIRMED;
      boolean dismissed =
          !outage
              && (word == Suspected.Word.DISMISSED
                  || (issue.closed() && "NOT_PLANNED".equals(issue.stateReason())));
      Optional<String[]> marker = Optional.empty();
      Map<String, Boolean> alerts = new LinkedHashMap<>();
      if (trust.person(issue.author(), issue.authorAssociation())) {
        marker = Suspected.lastMarker(issue.body());
        Suspected.alertMarkers(issue.body(), alerts);
      }
      for (RawIssue.Comment comment : issue.comments()) {
        if (trust.person(comment.author(), comment.authorAssociation())) {
          Optional<String[]> said = Suspected.lastMarker(comment.body());
          if (said.isPresent()) {
            marker = said;
          }
          Suspected.alertMarkers(comment.body(), alerts);
        }
      }
      issues.add(
          new Issue(
              issue.number(),
              !issue.closed(),
              confirmed,
              dismissed,
              components(issue, labels.componentPrefix()),
              marker.map(m -> m[0].equals("failing")),
              marker.flatMap(m -> instant(m[1])).orElse(null),
              alerts,
              Trust.BOT.equalsIgnoreCase(issue.author()) && Suspected.fromCheck(issue.body())));
    }
    return issues;
  }

  private static Set<String> components(RawIssue issue, String prefix) {
    Set<String> components = new LinkedHashSet<>();
    for (String label : issue.labels()) {
      if (LabelNames.startsWith(label, prefix)) {
        components.add(label.substring(prefix.length()).strip().toLowerCase(Locale.ROOT));
      }
    }
    return components;
  }

  private static Optional<Instant> instant(String text) {
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
