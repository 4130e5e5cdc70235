package dev.outpost.source.github;

import java.time.Instant;
import java.util.List;

/**
 * An issue as GitHub's GraphQL API gave it, before any trust or mapping rule.
 *
 * @param author the author's login, or {@code null} for a deleted account
 * @param stateReason {@code COMPLETED}, {@code NOT_PLANNED}, {@code REOPENED}, … or {@code null}
 * @param lastEditedAt when the body was last edited, or {@code null}
 * @param editor who edited it last, or {@code null}
 * @param events label, close, reopen and rename events, oldest first
 * @param eventsCut whether older events exist that were not read
 */
record RawIssue(
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
    Instant lastEditedAt,
    String editor,
    List<String> labels,
    List<Comment> comments,
    List<Event> events,
    boolean eventsCut) {
  RawIssue {
    labels = List.copyOf(labels);
    comments = List.copyOf(comments);
    events = List.copyOf(events);
  }

  boolean closed() {
    return "CLOSED".equals(state);
  }

  /** A comment; {@code author} and {@code editor} may be {@code null}. */
  record Comment(
      String author,
      String authorAssociation,
      String body,
      Instant createdAt,
      Instant lastEditedAt,
      String editor) {}

  /**
   * A timeline event.
   *
   * @param type {@code LabeledEvent}, {@code UnlabeledEvent}, {@code ClosedEvent}, {@code
   *     ReopenedEvent} or {@code RenamedTitleEvent}
   * @param actor the login, or {@code null}
   * @param label the label's name for label events, else {@code null}
   * @param previousTitle for renames, else {@code null}
   */
  record Event(
      String type,
      Instant at,
      String actor,
      String label,
      String previousTitle,
      String currentTitle,
      String stateReason) {}
}
