package dev.outpost.docs;

import static dev.outpost.docs.DocsTest.ROOT;
import static dev.outpost.docs.DocsTest.noProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.outpost.Pipeline;
import dev.outpost.config.ConfigReader;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.docs.DocPages.Block;
import dev.outpost.init.Scaffold;
import dev.outpost.model.Component;
import dev.outpost.model.Problem;
import dev.outpost.source.files.IncidentFiles;
import dev.outpost.source.github.CommentCommands;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every example the docs show is read, run or compared by Outpost's own code. */
class DocExamplesTest {
  /** What a part of an {@code outpost.yml} is read inside, for the keys it does not set. */
  private static final String SITE =
      "site: { title: Acme Status, url: https://acme.github.io/status/ }\n";

  private static final String COMPONENTS = "components: [{ id: api, name: API }]\n";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir Path tmp;

  static SiteConfig demo() {
    Problems problems = new Problems();
    SiteConfig config = ConfigReader.read(ROOT.resolve("outpost.yml"), problems).orElseThrow();
    assertEquals(List.of(), problems.sorted());
    return config;
  }

  @Test
  void everyConfigExampleIsReadWithoutAProblem() {
    List<String> problems = new ArrayList<>();
    List<Block> whole = Examples.CONFIG.blocks();
    List<Block> parts = Examples.CONFIG_FRAGMENT.blocks();
    for (Block block : whole) {
      problems.addAll(config(block, block.text()));
    }
    for (Block block : parts) {
      String text = block.text();
      text += text.lines().anyMatch(l -> l.startsWith("site:")) ? "" : SITE;
      text += text.lines().anyMatch(l -> l.startsWith("components:")) ? "" : COMPONENTS;
      problems.addAll(config(block, text));
    }
    noProblems(problems, whole.size(), 2, "whole outpost.yml examples");
  }

  private static List<String> config(Block block, String text) {
    Problems problems = new Problems();
    ConfigReader.parse(text, Path.of("outpost.yml"), problems);
    return problems.sorted().stream().map(p -> block.where() + ": " + p.format()).toList();
  }

  @Test
  void everyIncidentAndMaintenanceFileShownIsReadWithoutAProblem() throws IOException {
    SiteConfig config = demo();
    List<String> problems = new ArrayList<>();
    List<Block> files = Examples.INCIDENT_FILE.blocks();
    int n = 0;
    for (Block block : files) {
      Path dir = Files.createDirectories(tmp.resolve("incidents-" + ++n));
      Files.writeString(dir.resolve("example.md"), block.text());
      Problems found = new Problems();
      IncidentFiles.Contents read = IncidentFiles.read(dir, config, config.now(), found);
      for (Problem p : found.sorted()) {
        problems.add(block.where() + ": " + p.format());
      }
      int items = read.incidents().size() + read.maintenance().size() + read.corrections().size();
      if (found.isEmpty() && items != 1) {
        problems.add(block.where() + ": read into " + items + " incidents, windows or corrections");
      }
    }
    noProblems(problems, files.size(), 6, "incident and maintenance files");
  }

  @Test
  void everyActionStepUsesTheActionsOwnInputsAndOutputs() throws IOException {
    JsonNode action = YAML.readTree(ROOT.resolve("action.yml").toFile());
    List<String> problems = new ArrayList<>();
    List<Block> blocks = Examples.ACTION_STEP.blocks();
    for (Block block : blocks) {
      JsonNode steps = YAML.readTree(block.text());
      for (JsonNode step : steps) {
        if (!step.path("uses").asText().startsWith("outpost-status/outpost@")) {
          continue;
        }
        for (Iterator<String> it = step.path("with").fieldNames(); it.hasNext(); ) {
          String input = it.next();
          if (!action.path("inputs").has(input)) {
            problems.add(block.where() + ": the action has no input " + input);
          }
        }
        String id = step.path("id").asText();
        Matcher output =
            Pattern.compile("steps\\." + Pattern.quote(id) + "\\.outputs\\.([a-z-]+)")
                .matcher(block.text());
        while (output.find()) {
          if (!action.path("outputs").has(output.group(1))) {
            problems.add(block.where() + ": the action has no output " + output.group(1));
          }
        }
      }
    }
    noProblems(problems, blocks.size(), 1, "steps using the action");
  }

  @Test
  void everyLinkIntoTheSiteNamesAFileTheDemoBuildWrites() {
    Path out = tmp.resolve("site");
    Pipeline.build(
        new Pipeline.Request(ROOT.resolve("outpost.yml"), ROOT.resolve("incidents"), out, null));
    List<String> problems = new ArrayList<>();
    int links = 0;
    for (Block block : Examples.SITE_LINKS.blocks()) {
      Matcher url =
          Pattern.compile(Pattern.quote(Examples.SITE) + "([^\\s)]+)").matcher(block.text());
      while (url.find()) {
        links++;
        if (!Files.isRegularFile(out.resolve(url.group(1)))) {
          problems.add(block.where() + ": a build writes no " + url.group(1));
        }
      }
    }
    noProblems(problems, links, 2, "links into the site");
  }

  @Test
  void everyEmbeddingSnippetIsThePageForDevelopers() throws IOException {
    Path out = tmp.resolve("embed-site");
    Pipeline.build(
        new Pipeline.Request(ROOT.resolve("outpost.yml"), ROOT.resolve("incidents"), out, null));
    String developers = Files.readString(out.resolve("developers/index.html"));
    List<String> problems = new ArrayList<>();
    List<Block> snippets = Examples.EMBED.blocks();
    for (Block block : snippets) {
      String snippet =
          block
              .text()
              .strip()
              .replace(Examples.EMBED_SITE, "https://outpost-status.github.io/outpost/")
              .replace(Examples.EMBED_TITLE, "Northwind Cloud Status")
              .replace("&", "&amp;")
              .replace("<", "&lt;")
              .replace(">", "&gt;");
      if (!developers.contains("<pre><code>" + snippet + "</code></pre>")) {
        problems.add(block.where() + ": the page for developers gives another snippet");
      }
    }
    noProblems(problems, snippets.size(), 2, "embedding snippets");
  }

  @Test
  void everyCommentExampleHasCommandsABuildReads() {
    List<String> ids = demo().components().stream().map(Component::id).toList();
    List<String> problems = new ArrayList<>();
    List<Block> comments = Examples.COMMENT.blocks();
    for (Block block : comments) {
      CommentCommands.errors(block.text(), ids)
          .forEach(e -> problems.add(block.where() + ": " + e));
      if (!CommentCommands.changesAnything(block.text(), ids)) {
        problems.add(block.where() + ": its commands change nothing");
      }
    }
    noProblems(problems, comments.size(), 1, "comments with commands");
  }

  @Test
  void everyOutputShownIsWhatOutpostPrints() throws IOException {
    List<Block> outputs = Examples.OUTPUT.blocks();
    for (Block block : outputs) {
      String source = block.marker().substring("output: ".length());
      if (source.equals("symbolic links")) {
        assertEquals("", missingLines(block.text(), symbolicLinks()), block.where());
      } else if (source.equals("import cstate")) {
        assertEquals("", missingLines(block.text(), cstateImport()), block.where());
      } else if (source.startsWith("import upptime")) {
        assertEquals(
            "", missingLines(block.text(), UpptimeExample.run(tmp, source)), block.where());
      } else if (source.startsWith("import statuspage")) {
        assertEquals("", missingLines(block.text(), statuspageImport(source)), block.where());
      } else {
        Path scenario = ROOT.resolve(source);
        String expected =
            Files.readString(scenario.resolve("expected/stderr.txt")).replace(source + "/", "");
        assertEquals(expected, block.text(), block.where());
      }
    }
    noProblems(List.of(), outputs.size(), 4, "outputs");
  }

  @Test
  void everyPartOfAnInitFileShownIsWhatInitWrites() throws IOException {
    List<Block> parts = Examples.INIT_FILE.blocks();
    Path dir = tmp.resolve("init");
    DocCommands.Result result =
        DocCommands.run(
            Files.createDirectories(dir),
            List.of("init", "--yes", "--repository", "acme/status"),
            Files.createDirectories(tmp.resolve("init-home")));
    assertEquals(0, result.code(), result.err());
    Path service = tmp.resolve("init-relay");
    DocCommands.Result relay =
        DocCommands.run(
            Files.createDirectories(service),
            List.of("init", "--relay", "acme/status"),
            tmp.resolve("init-home"));
    assertEquals(0, relay.code(), relay.err());
    for (Block block : parts) {
      String path = block.marker().substring("init: ".length());
      Path file = (path.equals(Scaffold.RELAY) ? service : dir).resolve(path);
      assertTrue(Files.isRegularFile(file), block.where());
      assertTrue(Files.readString(file).contains(block.text()), block.where());
    }
    noProblems(List.of(), parts.size(), 2, "parts of files init writes");
  }

  /** What {@code validate} prints for the links the docs describe: x.md, y.md and z.md. */
  private String symbolicLinks() throws IOException {
    Path dir = DocCommands.demoCopy(ROOT, tmp.resolve("links"));
    Path incidents = dir.resolve("incidents");
    Files.createSymbolicLink(incidents.resolve("x.md"), Path.of("../outpost.yml"));
    Files.createSymbolicLink(incidents.resolve("y.md"), Path.of(".."));
    Files.createSymbolicLink(incidents.resolve("z.md"), Path.of("missing.md"));
    DocCommands.Result result =
        DocCommands.run(dir, List.of("validate"), Files.createDirectories(tmp.resolve("home")));
    assertEquals(1, result.code(), result.err());
    return result.err();
  }

  /**
   * What {@code import cstate} prints for cState's example site beside a page at {@link
   * Examples#SITE}, with a post that has no date added.
   */
  private String cstateImport() throws IOException {
    if (cstateOutput == null) {
      cstateOutput = runCstateImport();
    }
    return cstateOutput;
  }

  private String cstateOutput;

  private String runCstateImport() throws IOException {
    Path site = Files.createDirectories(tmp.resolve("cstate/site"));
    Files.writeString(
        site.resolve("outpost.yml"),
        "site:\n  title: Acme Status\n  url: "
            + Examples.SITE
            + "\n  timezone: UTC\ncomponents:\n  - { id: web, name: Web }\n");
    Path cstate = tmp.resolve("cstate/status-cstate");
    Path example = ROOT.resolve("src/test/resources/cstate-example");
    try (var files = Files.walk(example)) {
      for (Path file : files.toList()) {
        Path target = cstate.resolve(example.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    Files.writeString(cstate.resolve("content/issues/no-date.md"), "---\ntitle: When?\n---\n");
    DocCommands.Result result =
        DocCommands.run(
            site,
            List.of("import", "cstate", "../status-cstate", "--now", "2026-12-06T00:00:00Z"),
            Files.createDirectories(tmp.resolve("cstate/home")));
    assertEquals(1, result.code(), result.err());
    return result.out();
  }

  /**
   * What {@code import statuspage saved} prints for the saved documents of the tests' page ({@code
   * import statuspage}), the file it writes for incident p31zjtct2jer ({@code import statuspage
   * file}), or what it says of a saved document that is not JSON ({@code import statuspage
   * broken}).
   */
  private String statuspageImport(String source) throws IOException {
    Path site = tmp.resolve("statuspage/" + source.replace(' ', '-'));
    if (!Files.isDirectory(site)) {
      Files.createDirectories(site);
      Files.writeString(
          site.resolve("outpost.yml"),
          "site:\n  title: Acme Status\n  url: "
              + Examples.SITE
              + "\n  timezone: UTC\ncomponents:\n  - { id: web, name: Web }\n");
      Path saved = Files.createDirectories(site.resolve("saved"));
      Path fixtures = ROOT.resolve("src/test/resources/statuspage-import/api/v2");
      try (var files = Files.list(fixtures)) {
        for (Path file : files.toList()) {
          Files.copy(file, saved.resolve(file.getFileName()));
        }
      }
      if (source.endsWith("broken")) {
        Files.writeString(
            saved.resolve("incidents.json"),
            "{\n  \"incidents\": [\n    {\"id\": \"abc\",}\n  ]\n}\n");
      }
    }
    DocCommands.Result result =
        DocCommands.run(
            site,
            List.of("import", "statuspage", "saved"),
            Files.createDirectories(site.resolve("home")));
    if (source.endsWith("broken")) {
      assertEquals(1, result.code(), result.err());
      return result.err();
    }
    assertEquals(0, result.code(), result.err());
    if (source.endsWith("file")) {
      return Files.readString(site.resolve("incidents/2026-11-20-elevated-api-error-rates.md"));
    }
    return result.out();
  }

  private static String missingLines(String shown, String printed) {
    return String.join(
        "\n", shown.lines().filter(line -> !printed.lines().toList().contains(line)).toList());
  }

  @Test
  void theListOfCommandsIsEveryCommand() {
    List<Block> lists = Examples.COMMAND_LIST.blocks();
    Set<String> all = new TreeSet<>();
    leaves(DocCommands.commandLine(), "outpost", all);
    for (Block block : lists) {
      Set<String> shown = new TreeSet<>();
      block.text().lines().forEach(line -> shown.add(line.split("\\s{2,}")[0].strip()));
      assertEquals(all, shown, block.where());
    }
    noProblems(List.of(), lists.size(), 1, "lists of commands");
  }

  /** The commands that take no further command, such as {@code outpost new incident}. */
  static void leaves(CommandLine command, String name, Set<String> out) {
    if (command.getSubcommands().isEmpty()) {
      out.add(name);
    }
    command.getSubcommands().forEach((verb, sub) -> leaves(sub, name + " " + verb, out));
  }
}
