package dev.outpost.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.config.SiteConfig;
import dev.outpost.state.StateFolder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check's URL may carry credentials in its user information or query: they never reach what is
 * shown, in the samples' details, the issue planned, the log or the page's measured data.
 */
class ShownTargetTest {
  private final Targets targets = new Targets();
  @TempDir Path dir;

  @AfterEach
  void close() throws Exception {
    targets.close();
  }

  @Test
  void credentialsInTheUrlAreNeverShown() throws Exception {
    Targets.Http api = targets.http().answer("/down", 503, "");
    String url = api.url("/down").replace("http://", "http://probe:pa55word@") + "?key=hush-hush";
    SiteConfig config =
        Configs.with(
            "  - { id: api-health, component: api, http: \"" + url + "\", timeout: 1s }\n");
    assertEquals(api.url("/down"), Shown.target(config.checks().get(0)));

    List<String> log = new ArrayList<>();
    StateFolder state = StateFolder.at(dir, log::add);
    Prober prober = Prober.of(SSLContext.getDefault(), Map.of(), Clock.systemUTC());
    Instant now = Instant.now();
    CheckRun.run(config, state, prober, null, false, now.minusSeconds(300), log::add);
    CheckRun.Result result = CheckRun.run(config, state, prober, null, false, now, log::add);

    Sample sample = result.samples().get("api-health");
    assertFalse(sample.ok());
    List<String> shown = new ArrayList<>(log);
    shown.add(sample.detail());
    result.actions().forEach(action -> shown.add(String.valueOf(action)));
    History.read(state).measured(config.checks()).forEach(m -> shown.add(m.toString()));
    assertTrue(
        result.actions().stream().anyMatch(a -> a instanceof Action.Open),
        "an issue is planned: " + result.actions());
    for (String text : shown) {
      assertFalse(text.contains("pa55word"), text);
      assertFalse(text.contains("probe:"), text);
      assertFalse(text.contains("hush-hush"), text);
    }
    assertTrue(
        shown.stream().anyMatch(text -> text.contains(api.url("/down"))),
        "the target is shown, without its credentials: " + shown);
  }
}
