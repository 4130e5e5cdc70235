package dev.outpost.source.github;

import java.time.Instant;
import java.util.List;

/**
 * The issues of a repository that carry any of some labels, as GitHub holds them, for {@code
 * outpost import}: read through the same GraphQL documents, client, pagination and deadline as a
 * build reads its own issues, with no trust or mapping rule applied.
 */
public final class LabelledIssues {
  private LabelledIssues() {}

  /**
   * An issue as GitHub gives it.
   *
   * @param state {@code OPEN} or {@code CLOSED}
   * @param stateReason {@code COMPLETED}, {@code NOT_PLANNED}, {@code REOPENED}, … or {@code null}
   * @param closedAt when it was closed, or {@code null} while it is open
   * @param author the login ({@code name[bot]} for a bot), or {@code null} for a deleted account
   * @param authorAssociation GitHub's {@code OWNER}, {@code MEMBER}, {@code COLLABORATOR}, …
   * @param comments oldest first
   */
  public record Issue(
      int number,
      String title,
      String body,
      String url,
      String state,
      String stateReason,
      Instant createdAt,
      Instant closedAt,
      String author,
      String authorAssociation,
      List<String> labels,
      List<Comment> comments) {
    public Issue {
      labels = List.copyOf(labels);
      comments = List.copyOf(comments);
    }
  }

  /** A comment; {@code author} is {@code name[bot]} for a bot, {@code null} for a deleted one. */
  public record Comment(String author, String authorAssociation, String body, Instant createdAt) {}

  /**
   * Every issue of {@code repository} ({@code owner/name}) carrying any of {@code labels}, oldest
   * first, with all its comments.
   *
   * @throws dev.outpost.OutpostException with {@link dev.outpost.ExitCode#REMOTE_ERROR} when any
   *     request fails: nothing is returned from a partial read
   */
  public static List<Issue> read(GitHubAccess access, String repository, List<String> labels) {
    return new IssueFetcher(new GraphQlClient(access), repository)
        .fetch(labels).stream().map(LabelledIssues::issue).toList();
  }

  private static Issue issue(RawIssue raw) {
    return new Issue(
        raw.number(),
        raw.title(),
        raw.body(),
        raw.url(),
        raw.state(),
        raw.stateReason(),
        raw.createdAt(),
        raw.closedAt(),
        raw.author(),
        raw.authorAssociation(),
        raw.labels(),
        raw.comments().stream()
            .map(c -> new Comment(c.author(), c.authorAssociation(), c.body(), c.createdAt()))
            .toList());
  }
}
