package dev.outpost.source.github;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An issue as {@code issues.graphql} gets it from GitHub, built up in a test; {@link #json()} is
 * the node, shaped after GitHub's schema. By default: opened by {@code alice} (OWNER) at
 * 2026-11-20T10:00:00Z, open, labelled {@code outage} by her at that time.
 *
 * <p>Logins are written as GitHub's REST API and web pages spell them, and served as GraphQL
 * reports them: {@code name[bot]} is a {@code Bot} whose login is {@code name}, any other login a
 * {@code User}, and {@code null} a deleted account.
 */
public final class Issue {
  static final ObjectMapper JSON = new ObjectMapper();
  public static final String REPO = "acme/status";
  public static final String CREATED = "2026-11-20T10:00:00Z";
  private static final String BOT_SUFFIX = "[bot]";

  private final int number;
  private String repository = REPO;
  private String title;
  private String body = "";
  private String author = "alice";
  private String association = "OWNER";
  private String createdAt = CREATED;
  private String state = "OPEN";
  private String stateReason;
  private String closedAt;
  private String lastEditedAt;
  private String editor;
  private final List<String> labels = new ArrayList<>();
  private final List<ObjectNode> comments = new ArrayList<>();
  private final List<ObjectNode> events = new ArrayList<>();
  private boolean eventsCut;
  private final List<ObjectNode> revisions = new ArrayList<>();
  private final java.util.Map<String, List<ObjectNode>> commentRevisions =
      new java.util.HashMap<>();
  private int unreadRevisions;

  private Issue(int number) {
    this.number = number;
    this.title = "Issue " + number;
  }

  /** An outage issue, labelled by its author when opened. */
  public static Issue outage(int number) {
    return new Issue(number).labelled("outage", "alice", CREATED);
  }

  /** An issue with no label yet. */
  public static Issue bare(int number) {
    return new Issue(number);
  }

  public int number() {
    return number;
  }

  String url() {
    return "https://github.com/" + repository + "/issues/" + number;
  }

  /** The same issue in {@code repository} ({@code owner/name}) rather than {@code acme/status}. */
  public Issue in(String repository) {
    this.repository = repository;
    return this;
  }

  public Issue title(String title) {
    this.title = title;
    return this;
  }

  public Issue body(String body) {
    this.body = body;
    return this;
  }

  /** Opened by {@code login}, with GitHub's author association, at the default time. */
  public Issue by(String login, String association) {
    this.author = login;
    this.association = association;
    for (ObjectNode event : events) {
      if (event.path("createdAt").asText().equals(createdAt)
          && event.path("__typename").asText().equals("LabeledEvent")) {
        actor(event, "actor", login);
      }
    }
    return this;
  }

  /** Opened at {@code at}, and the label applied when it was opened with it. */
  public Issue created(String at) {
    for (ObjectNode event : events) {
      if (event.path("createdAt").asText().equals(createdAt)) {
        event.put("createdAt", at);
      }
    }
    this.createdAt = at;
    return this;
  }

  /** Labels carried without a recorded event (older than the events read). */
  public Issue labels(String... names) {
    labels.addAll(List.of(names));
    return this;
  }

  /** {@code actor} applied {@code label} at {@code at}. */
  public Issue labelled(String label, String actor, String at) {
    if (!labels.contains(label)) {
      labels.add(label);
    }
    events.add(event("LabeledEvent", actor, at).put("__typename", "LabeledEvent"));
    events.get(events.size() - 1).putObject("label").put("name", label);
    return this;
  }

  Issue unlabelled(String label, String actor, String at) {
    labels.remove(label);
    ObjectNode event = event("UnlabeledEvent", actor, at);
    event.putObject("label").put("name", label);
    events.add(event);
    return this;
  }

  /** Closed by {@code actor} at {@code at}, as {@code COMPLETED}, {@code NOT_PLANNED}, … */
  public Issue closed(String at, String reason, String actor) {
    state = "CLOSED";
    closedAt = at;
    stateReason = reason;
    events.add(event("ClosedEvent", actor, at).put("stateReason", reason));
    return this;
  }

  Issue reopened(String at, String actor) {
    state = "OPEN";
    closedAt = null;
    stateReason = "REOPENED";
    events.add(event("ReopenedEvent", actor, at).putNull("stateReason"));
    return this;
  }

  Issue edited(String at, String editor) {
    this.lastEditedAt = at;
    this.editor = editor;
    return this;
  }

  Issue renamed(String at, String actor, String from, String to) {
    this.title = to;
    events.add(
        event("RenamedTitleEvent", actor, at).put("previousTitle", from).put("currentTitle", to));
    return this;
  }

  /**
   * A revision of the body in its edit history: {@code text} is the whole body {@code editor} saved
   * at {@code at}, as GitHub gives it in {@code diff}. The first one given is the creation. Without
   * any, GitHub gives an empty history.
   */
  Issue revision(String at, String editor, String text) {
    ObjectNode edit = JSON.createObjectNode();
    edit.put("editedAt", at);
    edit.putNull("deletedAt");
    actor(edit, "editor", editor);
    edit.put("diff", text);
    revisions.add(edit);
    return this;
  }

  /** A revision its owner deleted from the history at {@code deletedAt}: GitHub keeps no text. */
  Issue deletedRevision(String at, String editor, String deletedAt) {
    revision(at, editor, null);
    revisions.get(revisions.size() - 1).put("deletedAt", deletedAt);
    return this;
  }

  /** {@code n} more revisions than those given exist, older than the 100 GitHub gives. */
  Issue unreadRevisions(int n) {
    unreadRevisions = n;
    return this;
  }

  /** GitHub's node id. */
  String id() {
    return "I_kwDOAcme" + number;
  }

  /**
   * Its {@code userContentEdits(last: 100)} as GitHub gives them: newest first, the creation last,
   * with the total count.
   */
  ObjectNode userContentEdits() {
    return connection(revisions, unreadRevisions);
  }

  private static ObjectNode connection(List<ObjectNode> revisions, int unreadRevisions) {
    List<ObjectNode> newestFirst = new ArrayList<>(revisions);
    newestFirst.sort(
        java.util.Comparator.comparing((ObjectNode e) -> e.path("editedAt").asText()).reversed());
    ObjectNode connection = JSON.createObjectNode();
    connection.put("totalCount", revisions.size() + unreadRevisions);
    connection.putArray("nodes").addAll(newestFirst.subList(0, Math.min(100, newestFirst.size())));
    return connection;
  }

  /** Older events exist than those GitHub gives (no cursor to read them by). */
  Issue eventsCut() {
    eventsCut = true;
    return this;
  }

  public Issue comment(String login, String association, String at, String body) {
    return add(comment(login, association, at, body, null, null));
  }

  Issue editedComment(
      String login, String association, String at, String body, String editedAt, String editor) {
    return add(comment(login, association, at, body, editedAt, editor));
  }

  private Issue add(ObjectNode comment) {
    comments.add(comment);
    comment.put("id", "IC_kwDOAcme" + number + "_" + comments.size());
    return this;
  }

  /**
   * A revision of the last comment's body in its edit history, as {@link #revision} for the body:
   * {@code text} is the whole body {@code editor} saved at {@code at}.
   */
  Issue commentRevision(String at, String editor, String text) {
    String id = comments.get(comments.size() - 1).path("id").asText();
    ObjectNode edit = JSON.createObjectNode();
    edit.put("editedAt", at);
    edit.putNull("deletedAt");
    actor(edit, "editor", editor);
    edit.put("diff", text);
    commentRevisions.computeIfAbsent(id, k -> new ArrayList<>()).add(edit);
    return this;
  }

  /** The edit history of each comment that has one, by node id, as GitHub gives it. */
  java.util.Map<String, ObjectNode> commentEdits() {
    java.util.Map<String, ObjectNode> edits = new java.util.HashMap<>();
    for (ObjectNode comment : comments) {
      String id = comment.path("id").asText();
      edits.put(id, connection(commentRevisions.getOrDefault(id, List.of()), 0));
    }
    return edits;
  }

  /** {@code n} comments by bob (MEMBER), a minute apart from 10:01. */
  Issue comments(int n) {
    for (int i = 0; i < n; i++) {
      String at = java.time.Instant.parse(createdAt).plusSeconds(60L * (i + 1)).toString();
      comment("bob", "MEMBER", at, "Update " + (i + 1) + ".");
    }
    return this;
  }

  List<ObjectNode> allEvents() {
    return events;
  }

  List<ObjectNode> allComments() {
    return comments;
  }

  static ObjectNode comment(
      String login, String association, String at, String body, String editedAt, String editor) {
    ObjectNode c = JSON.createObjectNode();
    actor(c, "author", login);
    c.put("authorAssociation", association);
    c.put("body", body);
    c.put("createdAt", at);
    c.put("lastEditedAt", editedAt);
    actor(c, "editor", editor);
    return c;
  }

  private static ObjectNode event(String type, String actor, String at) {
    ObjectNode e = JSON.createObjectNode();
    e.put("__typename", type);
    e.put("createdAt", at);
    actor(e, "actor", actor);
    return e;
  }

  private static void actor(ObjectNode node, String field, String login) {
    if (login == null) {
      node.putNull(field);
    } else if (login.endsWith(BOT_SUFFIX)) {
      node.putObject(field)
          .put("__typename", "Bot")
          .put("login", login.substring(0, login.length() - BOT_SUFFIX.length()));
    } else {
      node.putObject(field).put("__typename", "User").put("login", login);
    }
  }

  /** The issue node; the first 100 comments, and a cursor for more when there are more. */
  ObjectNode json() {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", id());
    n.put("number", number);
    n.put("title", title);
    n.put("body", body);
    n.put("url", url());
    n.put("state", state);
    n.put("stateReason", stateReason);
    n.put("createdAt", createdAt);
    n.put("closedAt", closedAt);
    actor(n, "author", author);
    n.put("authorAssociation", association);
    n.put("lastEditedAt", lastEditedAt);
    actor(n, "editor", editor);
    ArrayNode labelNodes = n.putObject("labels").putArray("nodes");
    labels.forEach(l -> labelNodes.addObject().put("name", l));
    ObjectNode commentConnection = n.putObject("comments");
    commentConnection.put("totalCount", comments.size());
    boolean more = comments.size() > 100;
    ObjectNode pageInfo = commentConnection.putObject("pageInfo");
    pageInfo.put("hasNextPage", more);
    pageInfo.put("endCursor", more ? "comments-" + number + "-100" : "Y3Vyc29y");
    commentConnection.putArray("nodes").addAll(comments.subList(0, Math.min(100, comments.size())));
    // The last 100 events, as GitHub gives them; FakeGitHub serves the older ones a page at a time.
    ObjectNode timeline = n.putObject("timelineItems");
    boolean older = events.size() > 100;
    timeline
        .putObject("pageInfo")
        .put("hasPreviousPage", eventsCut || older)
        .put("startCursor", older ? "events-" + number + "-" + (events.size() - 100) : null);
    timeline
        .putArray("nodes")
        .addAll(events.subList(Math.max(0, events.size() - 100), events.size()));
    return n;
  }
}
