package dev.outpost.source.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outpost build --state DIR} against the fake GitHub: the page of a report edited after it
 * was vouched for shows the revision vouched for, escaped like any body.
 */
class EditHistoryPageTest {
  @TempDir Path dir;
  private final FakeGitHub github = new FakeGitHub();
  private final Map<String, String> env = new HashMap<>();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void givenASite() throws IOException {
    Files.writeString(
        dir.resolve("outpost.yml"),
        """
        site: { title: Acme Status, url: "https://acme.github.io/status/" }
        components:
          - { id: api, name: API }
          - { id: web, name: Website }
          - { id: db, name: Database }
        github: { repository: acme/status }
        """);
    Files.createDirectories(dir.resolve("incidents"));
    env.put("GITHUB_GRAPHQL_URL", github.uri().toString());
    env.put("GITHUB_TOKEN", FakeGitHub.TOKEN);
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void theVouchedTextIsOnThePageAndTheEditedTextNowhere() throws IOException {
    github.serve(List.of(EditHistoryTest.vouchedThenEdited(1)));

    build("2026-11-21T12:00:00Z");

    String html = page("incidents/gh-1/index.html");
    assertTrue(html.contains("Logins time out."), html);
    assertFalse(html.contains("evil.example"), html);
    assertFalse(html.contains("Everything is down"), html);
    assertFalse(html.contains("Website"), html);
    assertFalse(page("index.html").contains("evil.example"));
    assertEquals(2, github.requests());

    // The next build, with nothing changed, does not ask for the history again.
    github.reset();
    github.serveUpdatedSince(null, List.of());
    build("2026-11-21T12:15:00Z");
    assertEquals(1, github.requests());
    assertTrue(page("incidents/gh-1/index.html").contains("Logins time out."));
  }

  @Test
  void aTrustedEditAfterTheAuthorsIsOnThePage() throws IOException {
    github.serve(
        List.of(
            EditHistoryTest.vouchedThenEdited(2)
                .revision("2026-11-20T10:40:00Z", "bob", "Logins time out in the EU.")
                .revision("2026-11-20T10:50:00Z", "mallory", "Send BTC to fix.")
                .edited("2026-11-20T10:50:00Z", "mallory")
                .comment("bob", "MEMBER", "2026-11-20T10:45:00Z", "Looking into it.")));

    build("2026-11-21T12:00:00Z");

    String html = page("incidents/gh-2/index.html");
    assertTrue(html.contains("Logins time out in the EU."), html);
    assertFalse(html.contains("BTC"), html);
  }

  @Test
  void aDeletedVouchedRevisionOrAHistoryLongerThanReadShowsNoBody() throws IOException {
    github.serve(
        List.of(
            Issue.bare(3)
                .by("mallory", "NONE")
                .body(EditHistoryTest.HOSTILE_TEXT)
                .deletedRevision(Issue.CREATED, "mallory", "2026-11-20T10:35:00Z")
                .labelled("outage", "bob", EditHistoryTest.VOUCHED)
                .revision("2026-11-20T10:30:00Z", "mallory", EditHistoryTest.HOSTILE_TEXT)
                .edited("2026-11-20T10:30:00Z", "mallory"),
            EditHistoryTest.vouchedThenEdited(4).unreadRevisions(100)));

    build("2026-11-21T12:00:00Z");

    for (String path : List.of("incidents/gh-3/index.html", "incidents/gh-4/index.html")) {
      String html = page(path);
      assertTrue(html.contains(IssueMapper.NEUTRAL_BODY), html);
      assertFalse(html.contains("evil.example"), html);
      assertFalse(html.contains("Logins time out."), html);
    }
  }

  @Test
  void hostileTextInTheVouchedRevisionIsEscapedLikeAnyBody() throws IOException {
    github.serve(
        List.of(
            Issue.bare(5)
                .by("mallory", "NONE")
                .body("Edited.")
                .revision(
                    Issue.CREATED,
                    "mallory",
                    "Down. <script>alert(1)</script> [help](javascript:alert(2))")
                .labelled("outage", "bob", EditHistoryTest.VOUCHED)
                .revision("2026-11-20T10:30:00Z", "mallory", "Edited.")
                .edited("2026-11-20T10:30:00Z", "mallory")));

    build("2026-11-21T12:00:00Z");

    String html = page("incidents/gh-5/index.html");
    assertTrue(html.contains("Down. &lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertFalse(html.contains("<script>alert"), html);
    assertFalse(html.contains("javascript:"), html);
    assertFalse(html.contains("Edited."), html);
  }

  @Test
  void aTrustedCommentEditedByAStrangerShowsWhatBobSavedEscapedAndKeepsItsHistory()
      throws IOException {
    github.serve(
        List.of(
            Issue.outage(6)
                .editedComment(
                    "bob",
                    "MEMBER",
                    "2026-11-20T10:10:00Z",
                    "Send BTC to fix.",
                    "2026-11-20T10:30:00Z",
                    "mallory")
                .commentRevision(
                    "2026-11-20T10:10:00Z",
                    "bob",
                    "Rolling back. <script>alert(1)</script> [help](javascript:alert(2))")
                .commentRevision("2026-11-20T10:30:00Z", "mallory", "Send BTC to fix.")));

    build("2026-11-21T12:00:00Z");

    String html = page("incidents/gh-6/index.html");
    assertTrue(html.contains("Rolling back. &lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertFalse(html.contains("<script>alert"), html);
    assertFalse(html.contains("javascript:"), html);
    assertFalse(html.contains("BTC"), html);
    assertEquals(2, github.requests());

    // The next build, with nothing changed, does not ask for the comment's history again.
    github.reset();
    github.serveUpdatedSince(null, List.of());
    build("2026-11-21T12:15:00Z");
    assertEquals(1, github.requests());
    assertTrue(page("incidents/gh-6/index.html").contains("Rolling back."));
  }

  private void build(String now) {
    int code =
        Main.run(
            new String[] {
              "build",
              "--config",
              dir.resolve("outpost.yml").toString(),
              "--incidents",
              dir.resolve("incidents").toString(),
              "--out",
              dir.resolve("_site").toString(),
              "--state",
              dir.resolve("state").toString(),
              "--now",
              now
            },
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            env);
    assertEquals(0, code, err.toString());
  }

  private String page(String path) throws IOException {
    return Files.readString(dir.resolve("_site").resolve(path));
  }
}
