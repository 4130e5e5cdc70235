package dev.outpost.source.github;

import dev.outpost.config.GitHubSettings;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Incident;
import dev.outpost.model.Maintenance;
import dev.outpost.model.Suspicion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The GitHub source: the issues of one repository that carry the outage or maintenance label, read
 * through GitHub's GraphQL API, as incidents and maintenance windows; and the open issues with the
 * notice label, as the site-wide notice.
 */
public final class GitHubIssues {
  /**
   * Marks the comment Outpost posts on an outage issue with the link to its page. It is Outpost's
   * note to the issue's readers, not an update: a comment carrying it never reaches the page.
   */
  public static final String STATUS_PAGE_LINK_MARKER = "<!-- outpost:status-page-link -->";

  private GitHubIssues() {}

  /**
   * What the issues became.
   *
   * @param notice the site-wide notice from the open notice issues, in Markdown, if any is open
   */
  public record Contents(
      List<Incident> incidents,
      List<Maintenance> maintenance,
      List<Suspicion> suspicions,
      Optional<String> notice) {
    public Contents {
      incidents = List.copyOf(incidents);
      maintenance = List.copyOf(maintenance);
      suspicions = List.copyOf(suspicions);
    }

    public Contents(
        List<Incident> incidents, List<Maintenance> maintenance, List<Suspicion> suspicions) {
      this(incidents, maintenance, suspicions, Optional.empty());
    }

    public Contents(List<Incident> incidents, List<Maintenance> maintenance) {
      this(incidents, maintenance, List.of());
    }
  }

  /**
   * Reads the issues of {@code repository}. Problems in what trusted people wrote go to {@code
   * problems} (path: the issue's URL); problems in what an untrusted author wrote go to {@code
   * warnings}, and the value is ignored.
   *
   * @throws dev.outpost.OutpostException with {@link dev.outpost.ExitCode#REMOTE_ERROR} when any
   *     request fails: nothing is returned from a partial read
   */
  public static Contents read(
      SiteConfig config,
      GitHubAccess access,
      String repository,
      Problems problems,
      Consumer<String> warnings) {
    return read(
        config, access, GitHubSettings.Repository.single(repository), null, problems, warnings);
  }

  /**
   * Reads the issues of {@code source}, as {@link #read(SiteConfig, GitHubAccess, String, Problems,
   * Consumer)} does, with its ids and default component, through what earlier builds kept in {@code
   * kept}: only the issues updated since the last read are asked for, unless a full read is due
   * ({@code null} reads every issue and keeps nothing). Trust is judged within this repository's
   * issues alone, as GitHub gives author associations per repository.
   */
  public static Contents read(
      SiteConfig config,
      GitHubAccess access,
      GitHubSettings.Repository source,
      KeptIssues kept,
      Problems problems,
      Consumer<String> warnings) {
    GitHubSettings.Labels labels = config.github().labels();
    List<String> names =
        List.of(labels.outage(), labels.maintenance(), Suspected.LABEL, labels.notice());
    IssueFetcher fetcher = new IssueFetcher(new GraphQlClient(access), source.name());
    UnaryOperator<List<RawIssue>> histories =
        read -> withHistories(read, config.github(), names, fetcher, warnings);
    List<RawIssue> issues =
        kept == null
            ? histories.apply(fetcher.fetch(names))
            : kept.read(fetcher, access.graphql(), names, histories);
    Trust trust = Trust.of(config.github(), issues);
    IssueMapper mapper = new IssueMapper(config, source, trust, problems, warnings);
    List<String> notices = new ArrayList<>();
    List<Incident> incidents = new ArrayList<>();
    List<Maintenance> maintenance = new ArrayList<>();
    List<Suspicion> suspicions = new ArrayList<>();
    for (RawIssue issue : issues) {
      if (LabelNames.contains(issue.labels(), labels.notice())) {
        Notices.notice(issue, trust, labels.notice()).ifPresent(notices::add);
        if (!LabelNames.contains(issue.labels(), labels.outage())
            && !LabelNames.contains(issue.labels(), labels.maintenance())
            && !LabelNames.contains(issue.labels(), Suspected.LABEL)) {
          continue;
        }
      }
      IssueMapper.Mapped mapped = mapper.map(issue);
      if (mapped.suspicion() != null) {
        suspicions.add(mapped.suspicion());
      }
      if (mapped.incident() != null) {
        incidents.add(mapped.incident());
      }
      if (mapped.maintenance() != null) {
        maintenance.add(mapped.maintenance());
      }
    }
    return new Contents(
        incidents,
        maintenance,
        suspicions,
        notices.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", notices)));
  }

  /**
   * {@code issues} with the edit history of each whose body the trust rules would hide otherwise
   * (see {@link Trust#needsHistory}), read in as few requests as {@link IssueFetcher#histories}
   * can; none when no issue needs it. An issue GitHub no longer finds by its id (deleted or
   * transferred since it was read) gets none, and is named in one line to {@code log}.
   */
  static List<RawIssue> withHistories(
      List<RawIssue> issues,
      GitHubSettings settings,
      List<String> labels,
      IssueFetcher fetcher,
      Consumer<String> log) {
    Trust trust = Trust.of(settings, issues);
    List<String> ids = new ArrayList<>();
    for (RawIssue issue : issues) {
      if (issue.id() != null && trust.needsHistory(issue, labels)) {
        ids.add(issue.id());
      }
      for (RawIssue.Comment comment : issue.comments()) {
        if (comment.id() != null && trust.needsHistory(comment)) {
          ids.add(comment.id());
        }
      }
    }
    if (ids.isEmpty()) {
      return issues;
    }
    Map<String, RawIssue.History> histories = fetcher.histories(ids.stream().distinct().toList());
    List<String> gone =
        issues.stream()
            .filter(issue -> asked(issue, ids) && !answered(issue, ids, histories))
            .map(issue -> "#" + issue.number())
            .distinct()
            .toList();
    if (!gone.isEmpty()) {
      log.accept(
          fetcher.repository()
              + ": "
              + String.join(", ", gone)
              + ": not found when reading edit histories (deleted or transferred since read); "
              + "no body shown from history");
    }
    return issues.stream()
        .map(
            issue ->
                histories.containsKey(issue.id())
                    ? issue.withHistory(histories.get(issue.id()))
                    : issue)
        .map(
            issue ->
                issue.withComments(
                    issue.comments().stream()
                        .map(
                            c ->
                                histories.containsKey(c.id())
                                    ? c.withHistory(histories.get(c.id()))
                                    : c)
                        .toList()))
        .toList();
  }

  /** Whether the history of {@code issue}, or of one of its comments, is among {@code ids}. */
  private static boolean asked(RawIssue issue, List<String> ids) {
    return ids.contains(issue.id())
        || issue.comments().stream().anyMatch(c -> ids.contains(c.id()));
  }

  /** Whether every history of {@code issue} and its comments asked for was answered. */
  private static boolean answered(
      RawIssue issue, List<String> ids, Map<String, RawIssue.History> histories) {
    return (!ids.contains(issue.id()) || histories.containsKey(issue.id()))
        && issue.comments().stream()
            .allMatch(c -> !ids.contains(c.id()) || histories.containsKey(c.id()));
  }
}
