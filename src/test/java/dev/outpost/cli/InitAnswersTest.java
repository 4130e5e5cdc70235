package dev.outpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.init.GitRemote;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code outpost init}'s answers: asked only when no option gives them, checked where they are
 * given, asked again at a terminal, and all reported at once, before anything is written, when they
 * are piped in or given as options.
 */
class InitAnswersTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void doesNotAskForTheRepositoryWhenItIsGiven() throws IOException {
    int code = piped("Acme Cloud\n\nEurope/Berlin\napi=API\n", "--repository", "acme/status");

    assertEquals(0, code, err.toString());
    assertTrue(
        out.toString()
            .startsWith(
                "Title [Acme Status]: Public address [https://acme.github.io/status/]: Time zone"
                    + " [UTC]: Components (id=Name, comma-separated) [website=Website,api=API]: \n"),
        out.toString());
    String config = config();
    assertTrue(config.contains("title: \"Acme Cloud\""), config);
    assertTrue(config.contains("timezone: \"Europe/Berlin\""), config);
    assertTrue(config.contains("repository: acme/status"), config);
  }

  @Test
  void pipedAnswersWithProblemsAreAllReportedByLineAndNothingIsWritten() throws IOException {
    int code = piped("acme/status\n\nEurope/Berlin\nEurope/Berln\napi=API,my api=Mine\n");

    assertEquals(2, code);
    assertEquals(
        """
        stdin:3:1: answer to `Public address`: expected an absolute http(s) URL such as \
        https://acme.github.io/status/ for the page's address, found `Europe/Berlin`
        stdin:4:1: answer to `Time zone`: unknown time zone `Europe/Berln`; did you mean \
        `Europe/Berlin`?
        stdin:5:1: answer to `Components (id=Name, comma-separated)`: invalid id `my api`: %s \
        in `my api=Mine`; write each as id=Name
        outpost: 3 problems in the answers; nothing was written
        """
            .formatted(idRule()),
        err.toString());
    assertEmpty(dir);
  }

  @Test
  void optionsWithProblemsAreAllReportedByOptionAndNothingIsWritten() throws IOException {
    int code =
        run(
            "init",
            dir.toString(),
            "--yes",
            "--repository",
            "acme",
            "--timezone",
            "Mars/Olympus",
            "-c",
            "api=API",
            "-c",
            "api=Again");

    assertEquals(2, code);
    assertEquals(
        """
        --repository: invalid repository `acme`: write it as owner/name, such as acme/status
        --timezone: unknown time zone `Mars/Olympus`; use an IANA time zone such as \
        Europe/Berlin, or UTC
        --component: component id `api` is given twice
        outpost: 3 problems in the answers; nothing was written
        """,
        err.toString());
    assertEmpty(dir);
  }

  @Test
  void withoutARepositoryTheAddressIsNeeded() throws IOException {
    assertEquals(2, run("init", dir.toString(), "--yes"));
    assertEquals(
        """
        --url: the page's address is needed, such as https://acme.github.io/status/ (or name \
        the repository, to take its GitHub Pages address)
        outpost: 1 problem in the answers; nothing was written
        """,
        err.toString());
    assertEmpty(dir);
  }

  @Test
  void atATerminalABadAnswerIsExplainedAndAskedAgain() throws IOException {
    String answers = "acme/status\n\nEurope/Berlin\n\nEurope/Berln\nEurope/Berlin\napi=API\n";

    int code = run(new String[] {"init", dir.toString()}, answers, true);

    assertEquals(0, code, err.toString());
    assertTrue(
        out.toString()
            .contains(
                "Public address [https://acme.github.io/status/]:   expected an absolute http(s)"
                    + " URL such as https://acme.github.io/status/ for the page's address, found"
                    + " `Europe/Berlin`; try again, or press Ctrl-D to stop.\n"
                    + "Public address [https://acme.github.io/status/]: Time zone [UTC]: "),
        out.toString());
    assertTrue(
        out.toString()
            .contains(
                "  unknown time zone `Europe/Berln`; did you mean `Europe/Berlin`? Try again,"
                    + " or press Ctrl-D to stop.\nTime zone [UTC]: "),
        out.toString());
    String config = config();
    assertTrue(config.contains("url: \"https://acme.github.io/status/\""), config);
    assertTrue(config.contains("timezone: \"Europe/Berlin\""), config);
  }

  @Test
  void atATerminalTheEndOfInputStopsWithoutWriting() throws IOException {
    int code = run(new String[] {"init", dir.toString()}, "acme/status\n\n\n", true);

    assertEquals(2, code);
    assertEquals("outpost: no answer to `Time zone`; nothing was written\n", err.toString());
    assertEmpty(dir);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://github.com/acme/status.git",
        "https://github.com/acme/status",
        "git@github.com:acme/status.git",
        "ssh://git@github.com/acme/status.git"
      })
  void yesTakesTheRepositoryFromTheGitRemote(String remote) throws Exception {
    git("init", "-q");
    git("remote", "add", "origin", remote);

    int code = run("init", dir.toString(), "--yes");

    assertEquals(0, code, err.toString());
    String config = config();
    assertTrue(config.contains("url: \"https://acme.github.io/status/\""), config);
    assertTrue(config.contains("repository: acme/status"), config);
  }

  @Test
  void onlyGitHubRemotesNameTheRepository() {
    assertEquals(
        Optional.of("acme/status"), GitRemote.repository("https://user@github.com/acme/status/"));
    assertEquals(Optional.empty(), GitRemote.repository("https://gitlab.com/acme/status.git"));
    assertEquals(Optional.empty(), GitRemote.repository("git@github.com:acme"));
    assertEquals(Optional.empty(), GitRemote.origin(dir), "no clone, no remote");
  }

  private String config() throws IOException {
    return Files.readString(dir.resolve("outpost.yml"));
  }

  private static String idRule() {
    return dev.outpost.config.Names.idRule();
  }

  private static void assertEmpty(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      assertEquals(List.of(), files.toList());
    }
  }

  private void git(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Process git = new ProcessBuilder(command).inheritIO().start();
    assertTrue(git.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, git.exitValue());
  }

  private int piped(String input, String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "init";
    args[1] = dir.toString();
    System.arraycopy(options, 0, args, 2, options.length);
    return run(args, input, false);
  }

  private int run(String... args) {
    return run(args, "", false);
  }

  private int run(String[] args, String input, boolean interactive) {
    return Main.run(
        args,
        new BufferedReader(new StringReader(input)),
        new PrintWriter(out),
        new PrintWriter(err),
        Map.of(),
        interactive);
  }
}
