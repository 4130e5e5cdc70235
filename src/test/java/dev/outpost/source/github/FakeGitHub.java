package dev.outpost.source.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local GitHub GraphQL endpoint on 127.0.0.1, answering {@code issues.graphql}, {@code
 * comments.graphql}, {@code timeline.graphql} and {@code edits.graphql} as GitHub does: 50 issues a
 * page, 100 comments a page, the edit histories of the issues asked for by node id, with GitHub's
 * rate-limit headers. Counts requests, and answers 404 to anything it was not told about.
 */
public final class FakeGitHub implements AutoCloseable {
  static final String PATH = "/api/graphql";
  public static final String TOKEN = "ghs_0000000000000000000000000000000000001";

  /** 2026-11-21T12:00:00Z, when the fake's rate limit resets. */
  static final long RESET = 1_795_262_400L;

  private final WireMockServer server;

  /** The issues served, by node id, for {@code edits.graphql}. */
  private final Map<String, Issue> byId = new ConcurrentHashMap<>();

  /** The edit histories of the comments served, by node id, for {@code edits.graphql}. */
  private final Map<String, ObjectNode> commentEdits = new ConcurrentHashMap<>();

  public FakeGitHub() {
    server =
        new WireMockServer(
            options().bindAddress("127.0.0.1").dynamicPort().extensions(new Edits()));
    server.start();
  }

  /**
   * Answers {@code edits.graphql} as GitHub answers {@code nodes(ids:)}: a node for each id asked,
   * in that order; for an id it does not know, {@code null} in its place and a {@code NOT_FOUND}
   * error naming the place, the id in the message; then any errors set with {@link #editErrors}.
   */
  private final class Edits implements ResponseDefinitionTransformerV2 {
    @Override
    public String getName() {
      return "user-content-edits";
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      ObjectNode body = Issue.JSON.createObjectNode();
      ObjectNode data = body.putObject("data");
      ArrayNode nodes = data.putArray("nodes");
      ArrayNode errors = Issue.JSON.createArrayNode();
      try {
        JsonNode ids =
            Issue.JSON.readTree(event.getRequest().getBodyAsString()).path("variables").path("ids");
        for (JsonNode id : ids) {
          Issue issue = byId.get(id.asText());
          ObjectNode comment = commentEdits.get(id.asText());
          if (issue == null && comment != null) {
            nodes.addObject().put("id", id.asText()).set("userContentEdits", comment);
          } else if (issue == null) {
            ObjectNode error = errors.addObject();
            error.put("type", "NOT_FOUND");
            error.putArray("path").add("nodes").add(nodes.size());
            error.putArray("locations").addObject().put("line", 6).put("column", 3);
            error.put(
                "message",
                "Could not resolve to a node with the global id of '" + id.asText() + "'.");
            nodes.addNull();
          } else {
            ObjectNode node = nodes.addObject();
            node.put("id", issue.id());
            node.set("userContentEdits", issue.userContentEdits());
          }
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      editErrors.forEach(errors::add);
      if (!errors.isEmpty()) {
        body.set("errors", errors);
      }
      return github(200).withBody(body.toString()).build();
    }
  }

  /** Further errors in every answer to {@code edits.graphql}. */
  private final List<ObjectNode> editErrors = new java.util.concurrent.CopyOnWriteArrayList<>();

  /**
   * Forgets {@code issue} for {@code edits.graphql}, as GitHub does an issue deleted or transferred
   * after the issues were read: it is still served among the issues.
   */
  public FakeGitHub deleteBeforeHistory(Issue issue) {
    byId.remove(issue.id());
    issue.commentEdits().keySet().forEach(commentEdits::remove);
    return this;
  }

  /** Adds {@code error} to every answer to {@code edits.graphql}. */
  public FakeGitHub editErrors(ObjectNode error) {
    editErrors.add(error);
    return this;
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.port() + PATH);
  }

  /** Access to this fake for {@code acme/status}, with a short timeout and no real waits. */
  GitHubAccess access(Sleeper sleeper) {
    return GitHubAccess.of(Map.of("GITHUB_GRAPHQL_URL", uri().toString()), TOKEN, false, Issue.REPO)
        .with(Duration.ofSeconds(2), sleeper);
  }

  WireMockServer server() {
    return server;
  }

  /** Serves {@code issues} in pages of 50, and the further comments of any with more than 100. */
  public FakeGitHub serve(List<Issue> issues) {
    return serve(null, TOKEN, issues);
  }

  /**
   * Serves {@code issues} as those of {@code repository} ({@code owner/name}, or {@code null} for
   * any), to requests made with {@code token} alone.
   */
  public FakeGitHub serve(String repository, String token, List<Issue> issues) {
    pages(() -> ofRepository(issuesQuery(token), repository), "issues-", issues);
    return comments(issues);
  }

  private static MappingBuilder ofRepository(MappingBuilder request, String repository) {
    if (repository == null) {
      return request;
    }
    int slash = repository.indexOf('/');
    return request
        .withRequestBody(
            matchingJsonPath("$.variables.owner", equalTo(repository.substring(0, slash))))
        .withRequestBody(
            matchingJsonPath("$.variables.name", equalTo(repository.substring(slash + 1))));
  }

  /**
   * Answers {@code issues-since.graphql} asked from exactly {@code since} (any time, when {@code
   * null}) with {@code issues}, in pages of 50 (and the further comments of any with more than
   * 100); any other {@code since} finds no answer.
   */
  public FakeGitHub serveUpdatedSince(java.time.Instant since, List<Issue> issues) {
    pages(
        () ->
            post(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("bearer " + TOKEN))
                .withRequestBody(containing("query IssuesSince("))
                .withRequestBody(
                    since == null
                        ? matchingJsonPath("$.variables.since")
                        : matchingJsonPath("$.variables.since", equalTo(since.toString()))),
        "updated-",
        issues);
    return comments(issues);
  }

  /** Each page is matched by a new builder from {@code query}: a builder changes as it is used. */
  private void pages(
      java.util.function.Supplier<MappingBuilder> query, String cursors, List<Issue> issues) {
    int pages = Math.max(1, (issues.size() + 49) / 50);
    for (int page = 1; page <= pages; page++) {
      List<Issue> slice = issues.subList((page - 1) * 50, Math.min(page * 50, issues.size()));
      ArrayNode nodes = Issue.JSON.createArrayNode();
      slice.forEach(i -> nodes.add(i.json()));
      ObjectNode connection = Issue.JSON.createObjectNode();
      ObjectNode pageInfo = connection.putObject("pageInfo");
      pageInfo.put("hasNextPage", page < pages);
      pageInfo.put("endCursor", page < pages ? cursors + (page + 1) : null);
      connection.set("nodes", nodes);
      ObjectNode data = Issue.JSON.createObjectNode();
      data.putObject("repository").set("issues", connection);
      ObjectNode rate = data.putObject("rateLimit");
      rate.put("cost", 1).put("remaining", 4999 - page).put("resetAt", "2026-11-21T12:00:00Z");
      MappingBuilder request = query.get();
      if (page > 1) {
        request =
            request.withRequestBody(
                matchingJsonPath("$.variables.cursor", equalTo(cursors + page)));
        request = request.atPriority(1);
      } else {
        request = request.atPriority(10); // the first page: no cursor
      }
      server.stubFor(request.willReturn(ok(data)));
    }
  }

  private FakeGitHub comments(List<Issue> issues) {
    server.stubFor(
        post(urlEqualTo(PATH))
            .withHeader("Authorization", equalTo("bearer " + TOKEN))
            .withRequestBody(containing("query IssueEdits("))
            .willReturn(aResponse().withTransformers("user-content-edits")));
    for (Issue issue : issues) {
      byId.put(issue.id(), issue);
      commentEdits.putAll(issue.commentEdits());
      List<ObjectNode> events = issue.allEvents();
      for (int end = events.size() - 100; end > 0; end -= 100) {
        int from = Math.max(0, end - 100);
        ObjectNode connection = Issue.JSON.createObjectNode();
        connection
            .putObject("pageInfo")
            .put("hasPreviousPage", from > 0)
            .put("startCursor", "events-" + issue.number() + "-" + from);
        connection.putArray("nodes").addAll(events.subList(from, end));
        ObjectNode data = Issue.JSON.createObjectNode();
        data.putObject("repository").putObject("issue").set("timelineItems", connection);
        server.stubFor(
            post(urlEqualTo(PATH))
                .withRequestBody(containing("query IssueTimeline("))
                .withRequestBody(
                    matchingJsonPath("$.variables.number", equalTo(String.valueOf(issue.number()))))
                .withRequestBody(
                    matchingJsonPath(
                        "$.variables.cursor", equalTo("events-" + issue.number() + "-" + end)))
                .willReturn(ok(data)));
      }
      List<ObjectNode> comments = issue.allComments();
      for (int from = 100; from < comments.size(); from += 100) {
        String cursor = "comments-" + issue.number() + "-" + from;
        boolean more = from + 100 < comments.size();
        ObjectNode connection = Issue.JSON.createObjectNode();
        connection
            .putObject("pageInfo")
            .put("hasNextPage", more)
            .put("endCursor", more ? "comments-" + issue.number() + "-" + (from + 100) : null);
        connection
            .putArray("nodes")
            .addAll(comments.subList(from, Math.min(from + 100, comments.size())));
        ObjectNode data = Issue.JSON.createObjectNode();
        data.putObject("repository").putObject("issue").set("comments", connection);
        server.stubFor(
            post(urlEqualTo(PATH))
                .withRequestBody(containing("query IssueComments"))
                .withRequestBody(
                    matchingJsonPath("$.variables.number", equalTo(String.valueOf(issue.number()))))
                .withRequestBody(matchingJsonPath("$.variables.cursor", equalTo(cursor)))
                .willReturn(ok(data)));
      }
    }
    return this;
  }

  static MappingBuilder issuesQuery() {
    return issuesQuery(TOKEN);
  }

  static MappingBuilder issuesQuery(String token) {
    return post(urlEqualTo(PATH))
        .withHeader("Authorization", equalTo("bearer " + token))
        .withRequestBody(containing("query Issues("));
  }

  /** A 200 answer with {@code data}, as GitHub sends it. */
  static ResponseDefinitionBuilder ok(ObjectNode data) {
    ObjectNode body = Issue.JSON.createObjectNode();
    body.set("data", data);
    return github(200).withBody(body.toString());
  }

  /** An answer with GitHub's headers and an empty body. */
  static ResponseDefinitionBuilder github(int status) {
    return github(status, 4990);
  }

  /** An answer with GitHub's headers, {@code remaining} requests left in the hour. */
  static ResponseDefinitionBuilder github(int status, int remaining) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withHeader("X-GitHub-Media-Type", "github.v4; format=json")
        .withHeader("X-RateLimit-Limit", "5000")
        .withHeader("X-RateLimit-Remaining", String.valueOf(remaining))
        .withHeader("X-RateLimit-Reset", String.valueOf(RESET))
        .withHeader("X-RateLimit-Used", String.valueOf(5000 - remaining))
        .withHeader("X-RateLimit-Resource", "graphql")
        .withHeader("X-GitHub-Request-Id", "0000:00000:0000000:0000000:00000000");
  }

  /** The REST endpoint, as {@code GITHUB_API_URL} names it. */
  public String restUri() {
    return "http://127.0.0.1:" + server.port();
  }

  /**
   * Answers GitHub's REST issue writes for {@code acme/status} as GitHub documents them: creating
   * an issue answers 201 with issue number {@code next}, a comment 201, closing 200.
   */
  public FakeGitHub acceptIssueWrites(int next) {
    String repo = "/repos/" + Issue.REPO;
    server.stubFor(
        post(urlEqualTo(repo + "/issues"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .willReturn(
                github(201)
                    .withBody(
                        "{\"number\":"
                            + next
                            + ",\"html_url\":\"https://github.com/"
                            + Issue.REPO
                            + "/issues/"
                            + next
                            + "\",\"state\":\"open\"}")));
    server.stubFor(
        post(urlPathMatching(repo + "/issues/[0-9]+/comments"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .willReturn(github(201).withBody("{\"id\":1,\"body\":\"\"}")));
    server.stubFor(
        patch(urlPathMatching(repo + "/issues/[0-9]+"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .willReturn(github(200).withBody("{\"state\":\"closed\"}")));
    return this;
  }

  /** The REST writes received so far, as {@code METHOD path body}. */
  public List<String> writes() {
    List<String> writes = new ArrayList<>();
    for (LoggedRequest request :
        server.getAllServeEvents().stream()
            .map(e -> e.getRequest())
            .filter(r -> r.getUrl().startsWith("/repos/"))
            .toList()) {
      writes.add(0, request.getMethod() + " " + request.getUrl() + " " + request.getBodyAsString());
    }
    return writes;
  }

  /** Forgets every answer and request, for the next run of a sequence. */
  public void reset() {
    server.resetAll();
    byId.clear();
    commentEdits.clear();
    editErrors.clear();
  }

  public int requests() {
    return server.countRequestsMatching(postRequestedFor(urlEqualTo(PATH)).build()).getCount();
  }

  List<LoggedRequest> logged() {
    return new ArrayList<>(server.findAll(postRequestedFor(urlEqualTo(PATH))));
  }

  @Override
  public void close() {
    server.stop();
  }
}
