package dev.outpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.hostile.HostilePayloads;
import dev.outpost.source.github.FakeGitHub;
import dev.outpost.source.github.Issue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code outpost build} writes in a GitHub Actions step, read as the runner reads it: text
 * from strangers' issues and from files never becomes a workflow command, and every line is one
 * line. The build runs as its own process, so the bytes checked are those the runner would get.
 */
class ActionsLogTest {
  private static final String VOUCHED = "2026-11-20T10:15:00Z";

  /** Each would end the line and start a command, or give one, if printed as it is. */
  private static final List<String> INJECTIONS =
      Stream.concat(
              Stream.of(
                  "soon\r::error::cr-injected",
                  "soon\r\n::add-mask::crlf-injected",
                  "soon\r  ::stop-commands::stop-injected",
                  "soon\r\u00A0\u3000::warning file=outpost.yml::blank-injected",
                  "soon ##[add-mask]v1-injected"),
              HostilePayloads.all().stream().filter(p -> p.contains("::") || p.contains("##[")))
          .toList();

  @TempDir Path dir;
  private final FakeGitHub github = new FakeGitHub();

  @AfterEach
  void stop() {
    github.close();
  }

  /**
   * Not commands to today's runner, which ends lines only at CR and LF and compares text as the JDK
   * does, but perhaps to a log viewer or to a .NET that compares by culture, ignoring U+200B and
   * U+0000: folded all the same.
   */
  private static final List<String> OTHER_BREAKS =
      List.of(
          "soon\u2028::error::ls-injected",
          "soon\u0085::error::nel-injected",
          "soon\u000B::error::vt-injected",
          "soon #\u200B#[error]zw-injected",
          "\u0000::error::nul-injected");

  @Test
  void theInjectionsWouldGiveTheRunnerCommandsIfPrintedAsTheyAre() {
    for (String injection : INJECTIONS) {
      String raw = "outpost: warning: ignored: cannot read time `" + injection + "`\n";
      assertFalse(
          RunnerLog.of(raw.getBytes(StandardCharsets.UTF_8)).commands().isEmpty(), injection);
    }
  }

  @Test
  void strangersFormFieldsAndFileValuesGiveTheRunnerNoCommand() throws Exception {
    List<String> injections = new ArrayList<>(INJECTIONS);
    injections.addAll(OTHER_BREAKS);
    List<Issue> issues = new ArrayList<>();
    for (int i = 0; i < injections.size(); i++) {
      issues.add(
          Issue.bare(100 + i)
              .by("mallory", "NONE")
              .body("### Start\n\n" + injections.get(i) + "\n")
              .labelled("outage", "bob", VOUCHED));
    }
    github.serve(issues);
    Files.writeString(
        dir.resolve("outpost.yml"),
        """
        site: { title: Acme Status, url: "https://acme.github.io/status/" }
        components: [{ id: api, name: API }]
        github: { repository: acme/status }
        """);
    Path incident = Files.createDirectories(dir.resolve("incidents")).resolve("bad.md");
    Files.writeString(
        incident,
        """
        ---
        title: A contributor's file
        components: { "x\\r::add-mask::file-injected": major_outage }
        started: 2026-11-21T10:00:00Z
        ---
        """);

    Result result = build();

    assertEquals(1, result.code(), result.err().lines().toString());
    assertEquals(List.of(), result.out().commands(), "standard output");
    List<RunnerLog.Command> commands = result.err().commands();
    assertEquals(1, commands.size(), commands.toString());
    RunnerLog.Command error = commands.get(0);
    assertEquals("error", error.name());
    assertEquals(Map.of("file", incident.toString(), "line", "3", "col", "15"), error.properties());
    assertTrue(
        error.data().startsWith("unknown component `x\r::add-mask::file-injected`"), error.data());
    for (String line : result.err().text()) {
      assertTrue(line.startsWith("outpost: "), () -> "a line broken off: " + line);
    }
    for (int i = 0; i < injections.size(); i++) {
      String issue = "https://github.com/acme/status/issues/" + (100 + i) + ": ignored: ";
      assertEquals(
          1,
          result.err().text().stream().filter(line -> line.contains(issue)).count(),
          "one line for the warning about " + issue);
    }
    List<String> folded =
        result.err().lines().stream()
            .filter(line -> line.contains("ignored: `### Start`"))
            .map(line -> line.replaceFirst(".*cannot read time `(.*)`: write it as .*", "$1"))
            .toList();
    assertEquals("soon\\r::error::cr-injected", folded.get(0), "a line break is shown, escaped");
    assertEquals("soon ##\\[add-mask]v1-injected", folded.get(4));
    assertEquals(
        List.of(
            "soon\\u2028::error::ls-injected",
            "soon\\u0085::error::nel-injected",
            "soon\\u000B::error::vt-injected",
            "soon #\\u200B#[error]zw-injected",
            "\\u0000::error::nul-injected"),
        folded.subList(folded.size() - OTHER_BREAKS.size(), folded.size()));
  }

  private record Result(int code, RunnerLog out, RunnerLog err) {}

  /** {@code outpost build} in Actions, as a process of its own. */
  private Result build() throws IOException, InterruptedException {
    ProcessBuilder process =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "build",
            "--config",
            dir.resolve("outpost.yml").toString(),
            "--incidents",
            dir.resolve("incidents").toString(),
            "--out",
            dir.resolve("_site").toString(),
            "--now",
            "2026-11-21T12:00:00Z");
    process.environment().clear();
    process.environment().put("GITHUB_ACTIONS", "true");
    process.environment().put("GITHUB_GRAPHQL_URL", github.uri().toString());
    process.environment().put("GITHUB_TOKEN", FakeGitHub.TOKEN);
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    Process running = process.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!running.waitFor(2, TimeUnit.MINUTES)) {
      running.destroyForcibly();
      throw new AssertionError("the build did not end within 2 minutes");
    }
    return new Result(
        running.exitValue(),
        RunnerLog.of(Files.readAllBytes(out)),
        RunnerLog.of(Files.readAllBytes(err)));
  }
}
