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
 * @param id GitHub's node id, or {@code null} when not read
 * @param history the body's edit history, or {@code null} when not read: it is read only for an
 *     issue whose body the trust rules would hide otherwise
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
    boolean eventsCut,
    String id,
    History history) {
  RawIssue {
    labels = List.copyOf(labels);
    comments = List.copyOf(comments);
    events = List.copyOf(events);
  }

  /** The same issue with {@code history}. */
  RawIssue withHistory(History history) {
    return with(comments, history);
  }

  boolean closed() {
    return "CLOSED".equals(state);
  }

  /** The same issue with {@code comments}. */
  RawIssue withComments(List<Comment> comments) {
    return with(comments, history);
  }

  private RawIssue with(List<Comment> comments, History history) {
    return new RawIssue(
        number,
        title,
        body,
        url,
        state,
        stateReason,
        createdAt,
        closedAt,
        author,
        authorAssociation,
        lastEditedAt,
        editor,
        labels,
        comments,
        events,
        eventsCut,
        id,
        history);
  }

  /**
   * A comment; {@code author} and {@code editor} may be {@code null}.
   *
   * @param id GitHub's node id, or {@code null} when not read
   * @param history the body's edit history, or {@code null} when not read: it is read only for a
   *     trusted person's comment last edited by someone untrusted
   */
  record Comment(
      String author,
      String authorAssociation,
      String body,
      Instant createdAt,
      Instant lastEditedAt,
      String editor,
      String id,
      History history) {
    Comment(
        String author,
        String authorAssociation,
        String body,
        Instant createdAt,
        Instant lastEditedAt,
        String editor) {
      this(author, authorAssociation, body, createdAt, lastEditedAt, editor, null, null);
    }

    /** The same comment with {@code history}. */
    Comment withHistory(History history) {
      return new Comment(
          author, authorAssociation, body, createdAt, lastEditedAt, editor, id, history);
    }
  }

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

  /**
   * The revisions of a body GitHub gave ({@code userContentEdits}), in any order.
   *
   * @param totalCount how many revisions GitHub holds; more than {@code revisions} means some were
   *     not read
   */
  record History(int totalCount, List<Revision> revisions) {
    History {
      revisions = List.copyOf(revisions);
    }

    /** Whether every revision GitHub holds was read. */
    boolean complete() {
      return totalCount <= revisions.size();
    }
  }

  /**
   * One revision of a body: its full text after the edit that saved it.
   *
   * @param editor who saved it, or {@code null}
   * @param text the body as saved, or {@code null} when GitHub gives none
   * @param deleted whether its owner deleted it from the history (then GitHub gives no text)
   */
  record Revision(Instant editedAt, String editor, String text, boolean deleted) {}
}
