package dev.outpost.source.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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

/** The site-wide notice from an open issue with the notice label. */
class NoticeIssueTest {
  private static final String CONFIG =
      """
      site:
        title: Acme Status
        url: "https://acme.github.io/status/"
        notice: The default notice of outpost.yml.
      github: { repository: acme/status }
      components:
        - { id: api, name: API }
      """;
  private static final String DEFAULT = "The default notice of outpost.yml.";

  @TempDir Path dir;
  private final FakeGitHub github = new FakeGitHub();
  private final Map<String, String> env = new HashMap<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void givenASite() throws IOException {
    Files.createDirectories(dir.resolve("incidents"));
    env.put("GITHUB_GRAPHQL_URL", github.uri().toString());
    env.put("GITHUB_TOKEN", FakeGitHub.TOKEN);
  }

  @AfterEach
  void stop() {
    github.close();
  }

  /** A notice opened by a maintainer with the label. */
  private static Issue notice() {
    return Issue.bare(30)
        .by("alice", "OWNER")
        .title("Support hours change on Monday")
        .body("From Monday we answer from *8:00* to 18:00.")
        .labelled("notice", "alice", Issue.CREATED);
  }

  /** The notice section of the home page, or {@code ""} when there is none. */
  private String build(String config, Issue... issues) throws IOException {
    Files.writeString(dir.resolve("outpost.yml"), config);
    github.serve(List.of(issues));
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
              "--now",
              "2026-11-21T12:00:00Z"
            },
            new PrintWriter(out),
            new PrintWriter(err),
            env);
    assertEquals(0, code, err.toString());
    String index = Files.readString(dir.resolve("_site/index.html"));
    int start = index.indexOf("<section class=\"notice md\"");
    return start < 0 ? "" : index.substring(start, index.indexOf("</section>", start));
  }

  @Test
  void anOpenTrustedNoticeIssueReplacesTheConfigsNotice() throws IOException {
    String notice = build(CONFIG, notice());

    assertTrue(notice.contains("<strong>Support hours change on Monday</strong>"), notice);
    assertTrue(notice.contains("From Monday we answer from <em>8:00</em> to 18:00."), notice);
    assertFalse(notice.contains(DEFAULT), notice);
    assertEquals(1, github.requests(), "the notice comes with the issues, in the same query");
    JsonNode labels =
        Issue.JSON
            .readTree(github.logged().get(0).getBodyAsString())
            .path("variables")
            .path("labels");
    assertTrue(labels.toString().contains("\"notice\""), labels.toString());
  }

  @Test
  void aNoticeIssueKeepsTheTeamsBrand() throws IOException {
    Files.writeString(
        dir.resolve("logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><rect width=\"1\""
            + " height=\"1\"/></svg>\n");
    String config =
        CONFIG.replace("  notice: ", "  logo: logo.svg\n  brand_color: \"#0b5cad\"\n  notice: ");
    String notice = build(config, notice());

    assertTrue(notice.contains("Support hours change on Monday"), notice);
    String index = Files.readString(dir.resolve("_site/index.html"));
    assertTrue(index.contains("assets/logo.svg"), "the logo stays: " + index);
    String css = Files.readString(dir.resolve("_site/assets/outpost.css"));
    assertTrue(css.contains("#0b5cad"), "the brand colour stays: " + css);
  }

  @Test
  void withoutAConfigNoticeTheIssueIsTheOnlyNotice() throws IOException {
    String notice = build(CONFIG.replace("  notice: " + DEFAULT + "\n", ""), notice());

    assertTrue(notice.contains("Support hours change on Monday"), notice);
  }

  @Test
  void closingTheIssueRemovesItsNoticeAndTheConfigsComesBack() throws IOException {
    String notice = build(CONFIG, notice().closed("2026-11-21T11:00:00Z", "COMPLETED", "alice"));

    assertFalse(notice.contains("Support hours"), notice);
    assertTrue(notice.contains(DEFAULT), notice);
  }

  @Test
  void closedWithNoConfigNoticeThereIsNone() throws IOException {
    String notice =
        build(
            CONFIG.replace("  notice: " + DEFAULT + "\n", ""),
            notice().closed("2026-11-21T11:00:00Z", "COMPLETED", "alice"));

    assertEquals("", notice);
  }

  @Test
  void aStrangersNoticeLabelIsIgnored() throws IOException {
    // An issue form could apply the label for anyone; the author's own label vouches for nothing.
    String notice =
        build(
            CONFIG,
            Issue.bare(31)
                .by("mallory", "NONE")
                .title("Free credits for everyone")
                .body("Claim them at https://phish.example/")
                .labelled("notice", "mallory", Issue.CREATED));

    assertFalse(notice.contains("Free credits"), notice);
    assertFalse(notice.contains("phish"), notice);
    assertTrue(notice.contains(DEFAULT), notice);
    assertEquals("", err.toString().replaceAll("(?m)^outpost: .*\\n", ""));
  }

  @Test
  void aStrangersIssueThatAMaintainerLabelledIsShown() throws IOException {
    String notice =
        build(
            CONFIG,
            Issue.bare(32)
                .by("dave", "NONE")
                .title("Docs site moved")
                .body("The docs are now at docs.acme.example.")
                .labelled("notice", "alice", "2026-11-20T11:00:00Z"));

    assertTrue(notice.contains("Docs site moved"), notice);
    assertTrue(notice.contains("docs.acme.example"), notice);
  }

  @Test
  void theTitleIsShownAsWrittenAndTheBodyRenderedSafely() throws IOException {
    String notice =
        build(
            CONFIG,
            notice()
                .title("*Not* <b>bold</b> [link](javascript:alert(1))")
                .body("<script>alert(1)</script> [x](javascript:alert(2))"));

    assertFalse(notice.contains("<script>"), notice);
    assertFalse(notice.contains("<b>"), notice);
    assertFalse(notice.contains("href=\"javascript"), notice);
    assertTrue(
        notice.contains(
            "<strong>*Not* &lt;b&gt;bold&lt;/b&gt; [link](javascript:alert(1))</strong>"),
        notice);
    assertTrue(notice.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), notice);
  }

  @Test
  void theLabelNameIsConfigurable() throws IOException {
    String notice =
        build(
            CONFIG + "labels: { notice: announcement }\n",
            Issue.bare(33)
                .by("alice", "OWNER")
                .title("New region")
                .labelled("Announcement", "alice", Issue.CREATED),
            notice());

    assertTrue(notice.contains("New region"), notice);
    assertFalse(notice.contains("Support hours"), notice);
  }
}
