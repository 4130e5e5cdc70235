package dev.outpost.source.github;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retries, rate limits and broken answers: a read either succeeds whole or fails clearly. */
class FaultsTest extends GitHubTestBase {
  private static final String PAGE_1 =
      "cannot read the issues of acme/status, page 1 from GitHub: ";
  private static final String UNCHANGED = "; the site was not changed";

  /** The issues are served, but the first answers are {@code first}. */
  private void givenFirstAnswers(ResponseDefinitionBuilder... first) {
    givenIssues(Issue.outage(1));
    String state = STARTED;
    for (int i = 0; i < first.length; i++) {
      String next = "answer " + (i + 1);
      github
          .server()
          .stubFor(
              FakeGitHub.issuesQuery()
                  .atPriority(0)
                  .inScenario("faults")
                  .whenScenarioStateIs(state)
                  .willReturn(first[i])
                  .willSetStateTo(next));
      state = next;
    }
  }

  private OutpostException thenReadFails() {
    OutpostException e = assertThrows(OutpostException.class, this::whenRead);
    assertEquals(ExitCode.REMOTE_ERROR, e.exitCode());
    return e;
  }

  private static ResponseDefinitionBuilder body(int status, String json) {
    return FakeGitHub.github(status).withBody(json);
  }

  private static ResponseDefinitionBuilder exhausted(int status, String json) {
    return FakeGitHub.github(status, 0).withBody(json);
  }

  @Test
  void aServerErrorIsRetriedAfterASecond() {
    givenFirstAnswers(body(502, "{\"message\":\"Server Error\"}"));

    whenRead();

    thenIds("gh-1");
    thenRequests(2);
    assertEquals(List.of(Duration.ofSeconds(1)), waits);
  }

  @Test
  void serverErrorsAreRetriedAFewTimesThenFail() {
    givenFirstAnswers(
        body(500, "{}"),
        body(502, "{}"),
        body(503, "{}"),
        body(504, "{\"message\":\"Gateway Timeout\"}"));

    OutpostException e = thenReadFails();

    assertEquals(PAGE_1 + "GitHub answered HTTP 504 (tried 4 times)" + UNCHANGED, e.getMessage());
    thenRequests(4);
    assertEquals(
        List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), waits);
  }

  @Test
  void aTimeoutIsRetried() {
    givenFirstAnswers(body(200, "{}").withFixedDelay(1500));

    contents =
        GitHubIssues.read(
            CONFIG,
            github.access(waits::add).with(Duration.ofMillis(300), waits::add),
            Issue.REPO,
            problems,
            warnings::add);

    thenIds("gh-1");
    thenRequests(2);
  }

  @Test
  void aRequestThatNeverAnswersFailsAfterEveryAttemptTimedOut() {
    givenFirstAnswers(
        body(200, "{}").withFixedDelay(1500),
        body(200, "{}").withFixedDelay(1500),
        body(200, "{}").withFixedDelay(1500),
        body(200, "{}").withFixedDelay(1500));

    OutpostException e =
        assertThrows(
            OutpostException.class,
            () ->
                GitHubIssues.read(
                    CONFIG,
                    github.access(waits::add).with(Duration.ofMillis(200), waits::add),
                    Issue.REPO,
                    problems,
                    warnings::add));

    assertEquals(
        PAGE_1
            + "no complete answer from "
            + github.uri().getHost()
            + ":"
            + github.uri().getPort()
            + " within 0.2 s (tried 4 times)"
            + UNCHANGED,
        e.getMessage());
  }

  @Test
  void aRefusedConnectionIsRetriedThenFailsNamingTheEndpoint() throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/api/graphql";
    GitHubAccess access =
        GitHubAccess.of(java.util.Map.of("GITHUB_GRAPHQL_URL", url), "t", false, Issue.REPO)
            .with(Duration.ofSeconds(2), waits::add);

    OutpostException e =
        assertThrows(
            OutpostException.class,
            () -> GitHubIssues.read(CONFIG, access, Issue.REPO, problems, warnings::add));

    assertEquals(
        PAGE_1 + "cannot connect to " + url + " (tried 4 times)" + UNCHANGED, e.getMessage());
    assertEquals(3, waits.size());
  }

  @Test
  void aSecondaryRateLimitWaitsAsRetryAfterSays() {
    givenFirstAnswers(
        body(
                403,
                "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes"
                    + " before you try again.\",\"documentation_url\":"
                    + "\"https://docs.github.com/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api#secondary-rate-limits\"}")
            .withHeader("Retry-After", "30"));

    whenRead();

    thenIds("gh-1");
    assertEquals(List.of(Duration.ofSeconds(30)), waits);
  }

  @Test
  void aSecondaryRateLimitWithoutRetryAfterWaitsAMinute() {
    givenFirstAnswers(
        body(
            429,
            "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes"
                + " before you try again.\"}"));

    whenRead();

    thenIds("gh-1");
    assertEquals(List.of(Duration.ofMinutes(1)), waits);
  }

  @Test
  void aRetryAfterLongerThanOutpostWaitsFailsAtOnce() {
    givenFirstAnswers(
        body(403, "{\"message\":\"You have exceeded a secondary rate limit.\"}")
            .withHeader("Retry-After", "600"));

    OutpostException e = thenReadFails();

    assertTrue(
        e.getMessage()
            .startsWith(
                PAGE_1
                    + "GitHub's secondary rate limit asks to wait 600 s, longer than Outpost"
                    + " waits; try again after "),
        e.getMessage());
    thenRequests(1);
    assertEquals(List.of(), waits);
  }

  @Test
  void aPrimaryRateLimitFailsAtOnceSayingWhenItResets() {
    givenFirstAnswers(
        exhausted(
            403,
            "{\"message\":\"API rate limit exceeded for installation ID 1.\",\"documentation_url\":"
                + "\"https://docs.github.com/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api\"}"));

    OutpostException e = thenReadFails();

    assertEquals(
        PAGE_1
            + "GitHub's rate limit of 5000 an hour is used up; it resets at 2026-11-21T12:00:00Z."
            + " Not waiting: run the build again after that"
            + UNCHANGED,
        e.getMessage());
    thenRequests(1);
    assertEquals(List.of(), waits);
  }

  @Test
  void aGraphQlRateLimitErrorFailsAtOnceToo() {
    givenFirstAnswers(
        exhausted(
            200,
            "{\"errors\":[{\"type\":\"RATE_LIMITED\",\"message\":\"API rate limit exceeded for"
                + " user ID 1.\"}]}"));

    OutpostException e = thenReadFails();

    assertEquals(
        PAGE_1
            + "GitHub's rate limit of 5000 an hour is used up; it resets at 2026-11-21T12:00:00Z."
            + " Not waiting: run the build again after that"
            + UNCHANGED,
        e.getMessage());
    thenRequests(1);
  }

  @Test
  void malformedJsonFailsAtOnce() {
    givenFirstAnswers(body(200, "{\"data\": {\"repository\": {\"issues\": "));

    OutpostException e = thenReadFails();

    assertEquals(
        PAGE_1
            + "GitHub's answer is not valid JSON: Unexpected end-of-input within/between Object"
            + " entries"
            + UNCHANGED,
        e.getMessage());
    thenRequests(1);
  }

  @Test
  void aGraphQlErrorsArrayFails() {
    givenFirstAnswers(
        body(
            200,
            "{\"data\":{\"repository\":null},\"errors\":[{\"type\":\"NOT_FOUND\",\"path\":[\"repository\"],"
                + "\"locations\":[{\"line\":7,\"column\":3}],\"message\":\"Could not resolve to a"
                + " Repository with the name 'acme/status'.\"}]}"));

    OutpostException e = thenReadFails();

    assertEquals(
        PAGE_1
            + "GitHub reported errors: NOT_FOUND: Could not resolve to a Repository with the name"
            + " 'acme/status'."
            + UNCHANGED,
        e.getMessage());
  }

  @Test
  void aRejectedTokenFails() {
    givenFirstAnswers(
        body(
            401,
            "{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/graphql\"}"));

    OutpostException e = thenReadFails();

    assertEquals(
        PAGE_1 + "GitHub rejected the token (HTTP 401): Bad credentials" + UNCHANGED,
        e.getMessage());
    thenRequests(1);
  }

  @Test
  void aPageThatPointsToItselfFailsRatherThanLoops() {
    github
        .server()
        .stubFor(
            FakeGitHub.issuesQuery()
                .willReturn(
                    body(
                        200,
                        "{\"data\":{\"repository\":{\"issues\":{\"pageInfo\":{\"hasNextPage\":true,"
                            + "\"endCursor\":\"same\"},\"nodes\":[]}}}}")));

    OutpostException e = thenReadFails();

    assertEquals(
        "cannot read the issues of acme/status, page 2 from GitHub: unexpected answer: the next"
            + " page has the same cursor as this one"
            + UNCHANGED,
        e.getMessage());
    thenRequests(2);
  }

  @Test
  void aFailingLaterPageFailsTheWholeReadAndNamesThePage() {
    List<Issue> issues = new ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      issues.add(Issue.outage(i));
    }
    github.serve(issues);
    github
        .server()
        .stubFor(
            FakeGitHub.issuesQuery()
                .withRequestBody(matchingJsonPath("$.variables.cursor", equalTo("issues-2")))
                .atPriority(0)
                .willReturn(
                    body(
                        200,
                        "{\"data\":{\"repository\":{\"issues\":{\"nodes\":[{\"number\":51}]}}}}")));

    OutpostException e = thenReadFails();

    assertEquals(
        "cannot read the issues of acme/status, page 2 from GitHub: unexpected answer: no list of comments"
            + UNCHANGED,
        e.getMessage().replace(", issue #51", ""));
    thenRequests(2);
  }
}
