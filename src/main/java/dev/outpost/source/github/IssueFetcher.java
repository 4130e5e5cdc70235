package dev.outpost.source.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every issue carrying the outage or maintenance label (or every issue updated since a time),
 * 50 a page with up to 100 comments each ({@code issues.graphql}, {@code issues-since.graphql},
 * with {@code issue-fields.graphql}), then the further comments of any issue with more than 100
 * ({@code comments.graphql}, 100 a page). So N issues with at most 100 comments each cost ⌈N/50⌉
 * requests (one when there is none). The edit histories of the few issues whose body the trust
 * rules would hide otherwise come after, 100 issues a request ({@code edits.graphql}).
 */
final class IssueFetcher {
  static final String ISSUES = document("issues.graphql") + fields();
  static final String ISSUES_SINCE = document("issues-since.graphql") + fields();
  static final String TIMELINE = document("timeline.graphql") + document("event-fields.graphql");

  /**
   * How many pages of 100 older events are read back for one issue by an untrusted author, beyond
   * the 100 that come with it.
   */
  static final int EVENT_PAGES = 9;

  /** The associations GitHub gives trusted people, whose issues need no vouching event. */
  private static final List<String> TRUSTED = List.of("OWNER", "MEMBER", "COLLABORATOR");

  static final String COMMENTS = document("comments.graphql");
  static final String EDITS = document("edits.graphql");

  /** How many issues one request of {@code edits.graphql} asks about: GitHub's limit. */
  static final int EDITS_PER_REQUEST = 100;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The login GitHub shows for any deleted account. */
  static final String DELETED_USER = "ghost";

  private final GraphQlClient client;
  private final String owner;
  private final String name;

  IssueFetcher(GraphQlClient client, String repository) {
    this.client = client;
    int slash = repository.indexOf('/');
    this.owner = repository.substring(0, slash);
    this.name = repository.substring(slash + 1);
  }

  /** Every issue carrying one of {@code labels}, oldest first. */
  List<RawIssue> fetch(List<String> labels) {
    ObjectNode variables = repositoryVariables();
    ArrayNode names = variables.putArray("labels");
    labels.forEach(names::add);
    return pages(ISSUES, variables, "the issues of " + repository());
  }

  /**
   * Every issue of the repository updated at or after {@code since}, whatever its labels, least
   * recently updated first ({@code issues-since.graphql}); an issue updated while the pages are
   * read may come twice, the later one the newer.
   */
  List<RawIssue> fetchUpdatedSince(Instant since) {
    ObjectNode variables = repositoryVariables();
    variables.put("since", since.toString());
    return pages(
        ISSUES_SINCE, variables, "the issues of " + repository() + " updated since " + since);
  }

  /** {@code owner/name}. */
  String repository() {
    return owner + "/" + name;
  }

  private List<RawIssue> pages(String document, ObjectNode variables, String reading) {
    List<RawIssue> issues = new ArrayList<>();
    String cursor = null;
    int page = 1;
    while (true) {
      variables.put("cursor", cursor);
      String what = reading + ", page " + page;
      JsonNode data = client.query(document, variables, what);
      JsonNode connection = require(data.path("repository"), what, "repository").path("issues");
      for (JsonNode node : array(connection.path("nodes"), what, "issues")) {
        issues.add(issue(node, what));
      }
      JsonNode pageInfo = connection.path("pageInfo");
      if (!pageInfo.path("hasNextPage").asBoolean(false)) {
        return issues;
      }
      String next = text(pageInfo, "endCursor", what);
      if (next.equals(cursor)) {
        throw malformed(what, "the next page has the same cursor as this one");
      }
      cursor = next;
      page++;
    }
  }

  private RawIssue issue(JsonNode node, String what) {
    int number = node.path("number").asInt(-1);
    if (number <= 0) {
      throw malformed(what, "an issue without a number");
    }
    String at = what + ", issue #" + number;
    JsonNode comments = node.path("comments");
    List<RawIssue.Comment> list = new ArrayList<>();
    array(comments.path("nodes"), at, "comments").forEach(c -> list.add(comment(c, at)));
    if (comments.path("pageInfo").path("hasNextPage").asBoolean(false)) {
      list.addAll(moreComments(number, text(comments.path("pageInfo"), "endCursor", at)));
    }
    List<String> labels = new ArrayList<>();
    array(node.path("labels").path("nodes"), at, "labels")
        .forEach(l -> labels.add(l.path("name").asText()));
    JsonNode timeline = node.path("timelineItems");
    List<RawIssue.Event> events = new ArrayList<>();
    array(timeline.path("nodes"), at, "timeline items").forEach(e -> events.add(event(e, at)));
    String association = node.path("authorAssociation").asText("NONE");
    boolean cut = timeline.path("pageInfo").path("hasPreviousPage").asBoolean(false);
    String before = optionalText(timeline.path("pageInfo"), "startCursor");
    // An untrusted author's issue counts only through the event that vouched for it, which may be
    // older than the last 100: read back until it could be found.
    for (int page = 2; cut && before != null && !TRUSTED.contains(association); page++) {
      if (page > EVENT_PAGES + 1) {
        break;
      }
      ObjectNode variables = repositoryVariables();
      variables.put("number", number);
      variables.put("cursor", before);
      String reading =
          "the events of " + owner + "/" + name + "#" + number + ", page " + page + " from the end";
      JsonNode data = client.query(TIMELINE, variables, reading);
      JsonNode issue = require(data.path("repository"), reading, "repository").path("issue");
      JsonNode older = require(issue, reading, "issue").path("timelineItems");
      array(older.path("nodes"), reading, "timeline items")
          .forEach(e -> events.add(event(e, reading)));
      cut = older.path("pageInfo").path("hasPreviousPage").asBoolean(false);
      String next = cut ? text(older.path("pageInfo"), "startCursor", reading) : null;
      if (before.equals(next)) {
        throw malformed(reading, "the previous page has the same cursor as this one");
      }
      before = next;
    }
    events.sort(Comparator.comparing(RawIssue.Event::at));
    return new RawIssue(
        number,
        text(node, "title", at),
        node.path("body").asText(""),
        text(node, "url", at),
        text(node, "state", at),
        optionalText(node, "stateReason"),
        time(node, "createdAt", at),
        optionalTime(node, "closedAt", at),
        actor(node.path("author")),
        association,
        optionalTime(node, "lastEditedAt", at),
        actor(node.path("editor")),
        labels,
        list,
        events,
        cut,
        optionalText(node, "id"),
        null);
  }

  /**
   * The edit histories of the issues and comments with node ids {@code ids} ({@code
   * edits.graphql}), {@value #EDITS_PER_REQUEST} a request, by id. An issue GitHub gives no history
   * for has an empty one; a revision GitHub gives as {@code null} counts as not read. An id GitHub
   * no longer resolves (the issue was deleted or transferred since it was read: {@code null} in
   * {@code nodes}, with a {@code NOT_FOUND} error at its place) has none in the map; any other
   * error fails the read.
   */
  Map<String, RawIssue.History> histories(List<String> ids) {
    Map<String, RawIssue.History> histories = new HashMap<>();
    for (int from = 0; from < ids.size(); from += EDITS_PER_REQUEST) {
      List<String> batch = ids.subList(from, Math.min(from + EDITS_PER_REQUEST, ids.size()));
      ObjectNode variables = JSON.createObjectNode();
      batch.forEach(variables.putArray("ids")::add);
      String what =
          "the edit history of "
              + batch.size()
              + " issue(s) or comment(s) of "
              + repository()
              + ", request "
              + (from / EDITS_PER_REQUEST + 1);
      JsonNode data = client.query(EDITS, variables, what, IssueFetcher::unresolvedNode);
      JsonNode nodes = data.path("nodes");
      for (JsonNode node : array(nodes, what, "nodes")) {
        String id = optionalText(node, "id");
        if (id != null && batch.contains(id)) {
          histories.put(id, history(node.path("userContentEdits"), what));
        }
      }
      for (int at = 0; at < batch.size(); at++) {
        // GitHub answers in the order asked; an id it no longer resolves is null at its place.
        if (!nodes.path(at).isNull()) {
          histories.putIfAbsent(batch.get(at), new RawIssue.History(0, List.of()));
        }
      }
    }
    return histories;
  }

  /**
   * Whether {@code error} is GitHub's answer for an id of {@code nodes(ids:)} that no longer
   * resolves: {@code NOT_FOUND} at {@code ["nodes", i]}.
   */
  static boolean unresolvedNode(JsonNode error) {
    JsonNode path = error.path("path");
    return "NOT_FOUND".equals(error.path("type").asText())
        && path.size() == 2
        && "nodes".equals(path.path(0).asText())
        && path.path(1).isInt();
  }

  private static RawIssue.History history(JsonNode edits, String what) {
    List<RawIssue.Revision> revisions = new ArrayList<>();
    int read = 0;
    for (JsonNode edit : edits.path("nodes")) {
      read++;
      if (edit.isObject()) {
        revisions.add(
            new RawIssue.Revision(
                time(edit, "editedAt", what),
                actor(edit.path("editor")),
                optionalText(edit, "diff"),
                !edit.path("deletedAt").isNull() && !edit.path("deletedAt").isMissingNode()));
      }
    }
    return new RawIssue.History(Math.max(read, edits.path("totalCount").asInt(0)), revisions);
  }

  private List<RawIssue.Comment> moreComments(int number, String cursor) {
    List<RawIssue.Comment> comments = new ArrayList<>();
    int page = 2;
    while (cursor != null) {
      ObjectNode variables = repositoryVariables();
      variables.put("number", number);
      variables.put("cursor", cursor);
      String what = "the comments of " + owner + "/" + name + "#" + number + ", page " + page;
      JsonNode data = client.query(COMMENTS, variables, what);
      JsonNode issue = require(data.path("repository"), what, "repository").path("issue");
      JsonNode connection = require(issue, what, "issue").path("comments");
      array(connection.path("nodes"), what, "comments")
          .forEach(c -> comments.add(comment(c, what)));
      JsonNode pageInfo = connection.path("pageInfo");
      cursor =
          pageInfo.path("hasNextPage").asBoolean(false) ? text(pageInfo, "endCursor", what) : null;
      page++;
    }
    return comments;
  }

  private ObjectNode repositoryVariables() {
    ObjectNode variables = JSON.createObjectNode();
    variables.put("owner", owner);
    variables.put("name", name);
    return variables;
  }

  private static RawIssue.Comment comment(JsonNode node, String what) {
    return new RawIssue.Comment(
        actor(node.path("author")),
        node.path("authorAssociation").asText("NONE"),
        node.path("body").asText(""),
        time(node, "createdAt", what),
        optionalTime(node, "lastEditedAt", what),
        actor(node.path("editor")),
        optionalText(node, "id"),
        null);
  }

  private static RawIssue.Event event(JsonNode node, String what) {
    return new RawIssue.Event(
        text(node, "__typename", what),
        time(node, "createdAt", what),
        actor(node.path("actor")),
        optionalText(node.path("label"), "name"),
        optionalText(node, "previousTitle"),
        optionalText(node, "currentTitle"),
        optionalText(node, "stateReason"));
  }

  /**
   * The login of an author, editor or actor, as the trust rules read it: a {@code User}'s login; a
   * {@code Bot}'s with {@code [bot]} after it, as REST and GitHub's pages spell it and as {@code
   * trusted.users} lists it (GraphQL gives the Actions bot as {@code github-actions}, a login a
   * user could have); {@code null} for a deleted account ({@code null}, or GitHub's placeholder
   * user {@code ghost}) and for any other kind of actor (a mannequin, an organization), whom no
   * login rule can vouch for.
   */
  static String actor(JsonNode node) {
    String login = optionalText(node, "login");
    if (login == null) {
      return null;
    }
    String type = node.path("__typename").asText("User");
    if (type.equals("Bot")) {
      return login.endsWith(Trust.BOT_SUFFIX) ? login : login + Trust.BOT_SUFFIX;
    }
    if (!type.equals("User") || login.equalsIgnoreCase(DELETED_USER)) {
      return null;
    }
    return login;
  }

  private static JsonNode require(JsonNode node, String what, String field) {
    if (!node.isObject()) {
      throw malformed(what, "no " + field + " (does it exist, and may the token read its issues?)");
    }
    return node;
  }

  private static Iterable<JsonNode> array(JsonNode node, String what, String field) {
    if (!node.isArray()) {
      throw malformed(what, "no list of " + field);
    }
    return node;
  }

  private static String text(JsonNode node, String field, String what) {
    JsonNode value = node.path(field);
    if (!value.isTextual()) {
      throw malformed(what, "no `" + field + "`");
    }
    return value.asText();
  }

  private static String optionalText(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : null;
  }

  private static Instant time(JsonNode node, String field, String what) {
    Instant time = optionalTime(node, field, what);
    if (time == null) {
      throw malformed(what, "no `" + field + "`");
    }
    return time;
  }

  private static Instant optionalTime(JsonNode node, String field, String what) {
    String text = optionalText(node, field);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw malformed(what, "`" + field + "` is not a time: " + text);
    }
  }

  private static OutpostException malformed(String what, String reason) {
    return new OutpostException(
        ExitCode.REMOTE_ERROR,
        "cannot read "
            + what
            + " from GitHub: unexpected answer: "
            + reason
            + "; the site was not changed");
  }

  private static String fields() {
    return document("issue-fields.graphql") + document("event-fields.graphql");
  }

  private static String document(String name) {
    try (InputStream in = IssueFetcher.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + name, e);
    }
  }
}
