package dev.outpost.source.github;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request budget: ⌈N/50⌉ (at least 1) for N issues, plus one per further 100 comments. */
class PaginationTest extends GitHubTestBase {
  private static List<Issue> outages(int n, int comments) {
    List<Issue> issues = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      issues.add(Issue.outage(i).comments(comments));
    }
    return issues;
  }

  private void givenIssues(List<Issue> issues) {
    github.serve(issues);
  }

  @Test
  void noIssuesCostOneRequest() {
    givenIssues(List.of());

    whenRead();

    thenIds();
    thenRequests(1);
  }

  @Test
  void fiftyIssuesAreOnePageAndFiftyOneAreTwo() {
    givenIssues(outages(50, 3));
    whenRead();
    assertEquals(50, contents.incidents().size());
    thenRequests(1);

    github.server().resetAll();
    givenIssues(outages(51, 3));
    whenRead();
    assertEquals(51, contents.incidents().size());
    assertEquals("gh-51", contents.incidents().get(50).id());
    thenRequests(2); // the journal was reset with the stubs
  }

  @Test
  void anIssueWithMoreThanAHundredCommentsCostsOneRequestPerFurtherHundred() {
    List<Issue> issues = outages(3, 5);
    issues.set(1, Issue.outage(2).comments(250));
    givenIssues(issues);

    whenRead();

    assertEquals(251, incident(2).updates().size());
    assertEquals("Update 250.", incident(2).updates().get(250).body());
    thenRequests(1 + 2);
  }

  @Test
  void aThousandIssuesWithTwentyCommentsEachCostTwentyRequests() {
    givenIssues(outages(1000, 20));

    whenRead();

    assertEquals(1000, contents.incidents().size());
    assertEquals(21, incident(1000).updates().size());
    thenRequests(20); // ⌈1000/50⌉, within the budget of ⌈N/50⌉ + 1
  }
}
