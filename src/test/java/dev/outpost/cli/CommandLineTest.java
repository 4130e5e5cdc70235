package dev.outpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Parsing, without running anything. */
class CommandLineTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void buildHasTheDocumentedDefaults() {
    BuildCommand build = parse("build");

    assertEquals(Path.of("outpost.yml"), build.sources.config);
    assertEquals(Path.of("incidents"), build.sources.incidents);
    assertEquals(Path.of("_site"), build.out);
    assertNull(build.sources.now);
  }

  @Test
  void buildTakesEveryOption() {
    BuildCommand build =
        parse(
            "build",
            "--config",
            "site/status.yml",
            "--incidents",
            "site/incidents",
            "--out",
            "public",
            "--now",
            "2026-11-21T13:00:00+01:00");

    assertEquals(Path.of("site/status.yml"), build.sources.config);
    assertEquals(Path.of("site/incidents"), build.sources.incidents);
    assertEquals(Path.of("public"), build.out);
    assertEquals(Instant.parse("2026-11-21T12:00:00Z"), build.sources.now);
  }

  @Test
  void buildAndServeTakeTheChecksStateFolder() {
    BuildCommand build = parse("build", "--checks", "state/checks");
    assertEquals(Path.of("state/checks"), build.checks);
    assertNull(((BuildCommand) parse("build")).checks);
    ServeCommand serve = parse("serve", "--checks", "state/checks");
    assertEquals(Path.of("state/checks"), serve.checks);
  }

  @Test
  void buildTakesTheGitHubOptions() {
    BuildCommand build =
        parse("build", "--token", "ghs_x", "--offline", "--repository", "acme/status");

    assertEquals("ghs_x", build.github.token);
    assertEquals(true, build.offline);
    assertEquals("acme/status", build.github.repository);
  }

  @Test
  void theTokenDefaultsToGitHubTokenFromTheEnvironmentTheCommandRunsIn() {
    BuildCommand build = parse("build");

    assertNull(build.github.token);
    assertEquals(false, build.offline);
    assertEquals("from-env", build.github.access(Map.of("GITHUB_TOKEN", "from-env")).token());
  }

  @Test
  void aBadNowIsAUsageError() {
    int code = run("build", "--now", "yesterday");

    assertEquals(2, code);
    assertEquals(
        "Invalid value for option '--now': 'yesterday' is not an instant; write it as"
            + " 2026-11-21T12:00:00Z or with an offset",
        err.toString().lines().findFirst().orElseThrow());
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertEquals(2, run("bulid"));
  }

  @Test
  void newIncidentCollectsComponents() {
    NewIncidentCommand command =
        parse("new", "incident", "API down", "-c", "api=major_outage", "--component", "-");

    assertEquals("API down", command.title);
    assertEquals(java.util.List.of("api=major_outage", "-"), command.components);
  }

  @Test
  void actionInputsAreDefaultsAndTheCommandLineWins() {
    Map<String, String> inputs =
        Map.of(
            "INPUT_CONFIG", "status/outpost.yml",
            "INPUT_OUT", "public",
            "INPUT_NOW", "",
            "INPUT_INCIDENTS", "  ");

    BuildCommand build = parseWith(inputs, "build", "--out", "site");

    assertEquals(Path.of("status/outpost.yml"), build.sources.config);
    assertEquals(Path.of("site"), build.out, "the command line wins");
    assertEquals(Path.of("incidents"), build.sources.incidents, "blank means unset");
    assertNull(build.sources.now, "empty means unset");
  }

  private <T> T parse(String... args) {
    return parseWith(Map.of(), args);
  }

  @SuppressWarnings("unchecked")
  private <T> T parseWith(Map<String, String> env, String... args) {
    CommandLine cli = Main.commandLine(new PrintWriter(out), new PrintWriter(err), env);
    CommandLine.ParseResult result = cli.parseArgs(args);
    while (result.hasSubcommand()) {
      result = result.subcommand();
    }
    return (T) result.commandSpec().userObject();
  }

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err), Map.of());
  }
}
