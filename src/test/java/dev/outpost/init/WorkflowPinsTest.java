package dev.outpost.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.config.ConfigReader;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The workflows that {@code outpost init} writes, and this repository's own workflows and action,
 * name every action by a full commit with its release in a comment; {@code --unpinned} keeps tags.
 */
class WorkflowPinsTest {
  private static final Pattern USES = Pattern.compile("(?m)^\\s*(?:- )?uses: (.*)$");
  private static final Pattern PINNED =
      Pattern.compile("([a-z0-9-]+/[a-z0-9._/-]+)@([0-9a-f]{40}) # (v\\d+\\.\\d+\\.\\d+)");
  private static final String ACTION = "outpost-status/outpost@v1";

  @Test
  void initPinsEveryActionButOutpostToTheCommitOfItsRelease() {
    for (String text : scaffold(true)) {
      for (String uses : uses(text)) {
        if (uses.equals(ACTION)) {
          continue;
        }
        Matcher pinned = PINNED.matcher(uses);
        assertTrue(pinned.matches(), uses);
        ActionPins.Pin pin =
            ActionPins.PINS.stream()
                .filter(p -> p.action().equals(pinned.group(1)))
                .findFirst()
                .orElseThrow();
        assertEquals(pin.uses(), uses);
        assertTrue(pin.version().startsWith(pin.tag() + "."), pin.toString());
      }
    }
    assertTrue(
        scaffold(true)
            .get(0)
            .contains(
                "      - uses: actions/checkout@11d5960a326750d5838078e36cf38b85af677262"
                    + " # v4.4.0\n"));
  }

  @Test
  void unpinnedKeepsTheTags() {
    List<String> all = new ArrayList<>();
    scaffold(false).forEach(text -> all.addAll(uses(text)));
    assertTrue(all.contains("actions/checkout@v4"), all.toString());
    for (String uses : all) {
      assertTrue(uses.matches("[a-z0-9-]+/[a-z0-9._/-]+@v\\d+"), uses);
    }
  }

  @Test
  void anActionWithoutAPinIsNeverWrittenUnpinned() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> ActionPins.pin("steps:\n  - uses: actions/checkout@v3\n"));
    assertEquals("no pinned commit for actions/checkout@v3", e.getMessage());
  }

  /**
   * The repository's workflows and action are pinned too, each action to one commit everywhere, and
   * to the same commit as in what {@code init} writes; so when Dependabot moves a pin here, this
   * fails until {@link ActionPins} moves with it.
   */
  @Test
  void theRepositorysWorkflowsAndActionArePinnedAsInitPinsThem() throws IOException {
    List<Path> files = new ArrayList<>(List.of(Path.of("action.yml")));
    try (Stream<Path> list = Files.list(Path.of(".github/workflows"))) {
      list.filter(f -> f.toString().endsWith(".yml")).sorted().forEach(files::add);
    }
    Map<String, String> commits = new LinkedHashMap<>();
    for (Path file : files) {
      for (String uses : uses(Files.readString(file))) {
        if (uses.equals("./")) {
          continue;
        }
        Matcher pinned = PINNED.matcher(uses);
        assertTrue(pinned.matches(), file + ": " + uses);
        String repository = pinned.group(1).replaceAll("^([^/]+/[^/]+).*", "$1");
        String commit = pinned.group(2) + " # " + pinned.group(3);
        String before = commits.putIfAbsent(repository, commit);
        assertTrue(before == null || before.equals(commit), file + ": " + uses + ", not " + before);
      }
    }
    for (ActionPins.Pin pin : ActionPins.PINS) {
      String repository = pin.action().replaceAll("^([^/]+/[^/]+).*", "$1");
      if (RELAY_ONLY.contains(repository)) {
        // Only the relay of a service repository uses it, which this repository has no need of.
        assertEquals(null, commits.get(repository), pin.action());
        continue;
      }
      assertEquals(pin.commit() + " # " + pin.version(), commits.get(repository), pin.action());
    }
  }

  /** Actions that only {@code outpost init --relay} writes. */
  private static final java.util.Set<String> RELAY_ONLY =
      java.util.Set.of("actions/create-github-app-token");

  @Test
  void theRelayIsPinnedAsInitPinsTheRest() {
    String relay =
        Scaffold.relayWorkflow(
            dev.outpost.config.GitHubSettings.Labels.DEFAULT, "acme/status", true);
    List<String> all = uses(relay);
    assertEquals(
        List.of(
            "actions/create-github-app-token@1b10c78c7865c340bc4f6099eb2f838309f1e8c3 # v3.1.1"),
        all);
  }

  @Test
  void initWritesDependabotForTheActions() throws IOException {
    assertTrue(Scaffold.DEPENDABOT.contains("package-ecosystem: github-actions\n"));
    assertEquals(Scaffold.DEPENDABOT, Files.readString(Path.of(".github/dependabot.yml")));
  }

  @Test
  void theDocsListThePins() throws IOException {
    String docs = Files.readString(Path.of("docs/action.md"));
    for (ActionPins.Pin pin : ActionPins.PINS) {
      String row = "| `" + pin.action() + "` | " + pin.version() + " | `" + pin.commit() + "` |\n";
      assertTrue(docs.contains(row), row);
    }
  }

  private static List<String> scaffold(boolean pinned) {
    Problems problems = new Problems();
    SiteConfig config = ConfigReader.read(Path.of("outpost.yml"), problems).orElseThrow();
    List<String> texts = new ArrayList<>();
    texts.add(Scaffold.statusWorkflow(config, ACTION, pinned));
    for (String name : List.of("validate.yml", "checks.yml", "alerts.yml")) {
      texts.add(Scaffold.workflow(name, ACTION, pinned));
    }
    return texts;
  }

  private static List<String> uses(String text) {
    List<String> uses = new ArrayList<>();
    Matcher matcher = USES.matcher(text);
    while (matcher.find()) {
      uses.add(matcher.group(1).strip());
    }
    return uses;
  }
}
