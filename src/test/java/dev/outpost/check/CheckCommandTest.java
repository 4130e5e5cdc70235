package dev.outpost.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.cli.Main;
import dev.outpost.state.StateFolder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code outpost check} as a user runs it. */
class CheckCommandTest {
  @TempDir Path dir;
  private final Targets targets = new Targets();
  private final Map<String, String> env = new HashMap<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Targets.Http api;

  @BeforeEach
  void givenAConfigWithChecks() throws Exception {
    api = targets.http().answer("/ok", 200, "ok").answer("/down", 500, "");
    Files.writeString(
        dir.resolve("outpost.yml"),
        Configs.HEAD
            + "checks:\n"
            + "  - { id: up, component: api, http: \""
            + api.url("/ok")
            + "\", headers: { Authorization: \"env:CHECK_TOKEN\" } }\n"
            + "  - { id: down, component: web, http: \""
            + api.url("/down")
            + "\", timeout: 1s }\n");
    env.put("CHECK_TOKEN", "Bearer hush-hush");
  }

  @AfterEach
  void close() throws Exception {
    targets.close();
  }

  private int check(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "check";
    all[1] = "--config";
    all[2] = dir.resolve("outpost.yml").toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return Main.run(all, new PrintWriter(out), new PrintWriter(err), env);
  }

  @Test
  void offlineRunsRecordAndSayWhatWouldBeDone() {
    Path state = dir.resolve("state");
    assertEquals(0, check("--offline", "--state", state.toString()), err.toString());
    assertEquals(0, check("--offline", "--state", state.toString()), err.toString());
    String printed = out.toString();
    assertTrue(printed.contains("pass up (api) in "), printed);
    assertTrue(printed.contains("FAIL down (web) in "), printed);
    assertTrue(printed.contains(": expected HTTP 2xx, got HTTP 500"), printed);
    assertTrue(
        printed.contains("would open a suspected issue for web: Web is failing its health checks"),
        printed);
    assertEquals("Bearer hush-hush", api.lastHeaders.get("authorization"));
    assertFalse(printed.contains("hush-hush"), printed);
    History history = History.read(StateFolder.at(state, err::write));
    assertEquals(2, history.of("up").size());
    assertTrue(history.of("up").get(0).at().isBefore(Instant.now().plusSeconds(1)));
    assertEquals(List.of(false, false), history.of("down").stream().map(Sample::ok).toList());
  }

  @Test
  void inActionsTheSecretsAreMaskedFirst() throws Exception {
    env.put("GITHUB_ACTIONS", "true");
    Path outputs = dir.resolve("outputs");
    env.put("GITHUB_OUTPUT", outputs.toString());
    assertEquals(0, check("--offline", "--state", dir.resolve("state").toString()));
    assertTrue(out.toString().startsWith("::add-mask::Bearer hush-hush\n"), out.toString());
    String written = Files.readString(outputs);
    assertTrue(written.contains("changed"), written);
    assertTrue(written.contains("failing"), written);
  }

  @Test
  void withoutATokenItAsksForOneOrOffline() {
    assertEquals(2, check("--state", dir.resolve("state").toString()));
    assertTrue(err.toString().contains("or --offline to only check"), err.toString());
  }

  @Test
  void aMissingSecretNamesWhereTheHeaderIs() {
    env.remove("CHECK_TOKEN");
    assertEquals(1, check("--offline", "--state", dir.resolve("state").toString()));
    assertTrue(
        err.toString()
            .matches(
                "(?s).*outpost\\.yml:8:\\d+: the header `Authorization` of check `up` names the"
                    + " variable CHECK_TOKEN, which is not set.*"),
        err.toString());
  }
}
