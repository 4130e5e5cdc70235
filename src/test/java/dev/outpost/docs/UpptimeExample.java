package dev.outpost.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.cli.Main;
import dev.outpost.source.github.FakeGitHub;
import dev.outpost.source.github.Issue;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code outpost import upptime --upptimerc ../upptime/.upptimerc.yml} prints ({@code import
 * upptime}) and the file it writes for issue #12 ({@code import upptime file}), for the Upptime
 * repository the docs describe, served by the fake GitHub.
 */
final class UpptimeExample {
  static final String UPPTIMERC =
      """
      owner: acme
      repo: status
      sites:
        - name: Web
          url: https://www.acme.test
        - name: API
          url: https://api.acme.test
      status-website:
        cname: status.acme.test
      assignees:
        - alice
      """;

  private UpptimeExample() {}

  static String run(Path tmp, String source) throws IOException {
    Path site =
        Files.createDirectories(tmp.resolve("upptime-" + source.replace(' ', '-') + "/site"));
    Files.writeString(
        site.resolve("outpost.yml"),
        "site:\n  title: Acme Status\n  url: "
            + Examples.SITE
            + "\n  timezone: UTC\ncomponents:\n  - { id: web, name: Web }\n");
    Path upptime = Files.createDirectories(site.resolveSibling("upptime"));
    Files.writeString(upptime.resolve(".upptimerc.yml"), UPPTIMERC);
    String bot = "github-actions[bot]";
    try (FakeGitHub github = new FakeGitHub()) {
      github.serve(
          List.of(
              Issue.bare(5)
                  .title("🛑 Web is down")
                  .body("Web (https://www.acme.test) was **down**:\n- HTTP code: 0\n")
                  .by(bot, "NONE")
                  .created("2026-10-01T05:00:00Z")
                  .labels("status", "web")
                  .comment("mallory", "NONE", "2026-10-01T05:01:00Z", "First!")
                  .comment(bot, "NONE", "2026-10-01T05:09:58Z", "**Resolved:** Web is back up.")
                  .closed("2026-10-01T05:10:00Z", "COMPLETED", bot),
              Issue.bare(6)
                  .title("🛑 API is down")
                  .by(bot, "NONE")
                  .created("2026-10-01T06:00:00Z")
                  .labels("status", "api")
                  .closed("2026-10-01T06:02:00Z", "NOT_PLANNED", "alice"),
              Issue.bare(12)
                  .title("⚠️ Web has degraded performance")
                  .body(
                      "Web (https://www.acme.test) experienced **degraded performance**:\n"
                          + "- HTTP code: 200\n- Response time: 6234 ms\n")
                  .by(bot, "NONE")
                  .created("2026-10-01T12:00:00Z")
                  .labels("status", "web")
                  .comment(
                      bot,
                      "NONE",
                      "2026-10-01T12:12:05Z",
                      "**Resolved:** Web performance has improved after 12 minutes.")
                  .closed("2026-10-01T12:12:07Z", "COMPLETED", bot)));
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code =
          Main.run(
              new String[] {
                "import",
                "upptime",
                "--upptimerc",
                upptime.resolve(".upptimerc.yml").toString(),
                "--config",
                site.resolve("outpost.yml").toString(),
                "--incidents",
                site.resolve("incidents").toString()
              },
              new PrintWriter(out),
              new PrintWriter(err),
              Map.of(
                  "GITHUB_GRAPHQL_URL", github.uri().toString(), "GITHUB_TOKEN", FakeGitHub.TOKEN));
      assertEquals(0, code, err.toString());
      if (source.endsWith("file")) {
        return Files.readString(
            site.resolve("incidents/2026-10-01-web-has-degraded-performance.md"));
      }
      return out.toString().replace(upptime + "/", "../upptime/");
    }
  }
}
