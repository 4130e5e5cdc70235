package dev.outpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build run the way the Action runs it: inputs, step outputs and job summary in files. */
class ActionsBuildTest {
  private static final Path SCENARIO = Path.of("src/test/scenarios/subpath-site");

  @TempDir Path runner;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void writesStepOutputsAndAJobSummary() throws IOException {
    Path site = runner.resolve("public");

    int code = run(Map.of("INPUT_OUT", site.toString()), "build");

    assertEquals(0, code, err.toString());
    String output = Files.readString(runner.resolve("output"));
    assertTrue(
        output.matches(
            "indicator=major\n"
                + "description=Partial System Outage\n"
                + "open-incidents=1\n"
                + "site-dir="
                + java.util.regex.Pattern.quote(site.toAbsolutePath().toString())
                + "\n"
                + "digest=[0-9a-f]{64}\n"
                + "changed=true\n"),
        output);
    assertEquals(
        """
        ## Acme Status: Partial System Outage

        Built for 2026-11-21T12:00:00Z · [https://acme.github.io/status/](https://acme.github.io/status/)

        | Component | Group | Status | Uptime (30 days) |
        | --- | --- | --- | ---: |
        | API | Core | 🟠 Partial Outage | 99.68% |
        | Website | Core | 🟡 Degraded Performance | 99.82% |
        | EU region |  | 🔵 Under Maintenance | 100.00% |

        ### Active incidents

        - **API errors &lt;script&gt;alert\\(1\\)&lt;/script&gt;** (Identified, critical impact) \
        since 2026-11-21T09:00:00Z

        ### Maintenance in progress

        - **EU region network work** 2026-11-21T11:00:00Z to 2026-11-21T13:00:00Z

        ### Scheduled maintenance

        - **Database upgrade** 2026-11-22T06:00:00Z to 2026-11-22T08:00:00Z
        """,
        Files.readString(runner.resolve("summary")));
    assertTrue(Files.isRegularFile(site.resolve("index.html")));
  }

  @Test
  void aFailedBuildAnnotatesTheLinesAtFaultAndWritesNoOutputs() {
    int code =
        run(
            Map.of(
                "INPUT_CONFIG", "src/test/scenarios/invalid-input-in-actions/outpost.yml",
                "INPUT_INCIDENTS", "src/test/scenarios/invalid-input-in-actions/incidents",
                "INPUT_OUT", runner.resolve("public").toString()),
            "build");

    assertEquals(1, code);
    assertTrue(
        err.toString()
            .startsWith(
                "::error file=src/test/scenarios/invalid-input-in-actions/incidents/unknown-things.md,"
                    + "line=3,col=15::unknown component `apii`; did you mean `api`?\n"),
        err.toString());
    assertTrue(Files.notExists(runner.resolve("output")));
    assertTrue(Files.notExists(runner.resolve("public")));
  }

  private int run(Map<String, String> inputs, String... args) {
    Map<String, String> env = new java.util.HashMap<>(inputs);
    env.put("GITHUB_ACTIONS", "true");
    env.put("GITHUB_OUTPUT", runner.resolve("output").toString());
    env.put("GITHUB_STEP_SUMMARY", runner.resolve("summary").toString());
    env.putIfAbsent("INPUT_CONFIG", SCENARIO.resolve("outpost.yml").toString());
    env.putIfAbsent("INPUT_INCIDENTS", SCENARIO.resolve("incidents").toString());
    env.put("INPUT_NOW", "2026-11-21T12:00:00Z");
    return Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
  }
}
