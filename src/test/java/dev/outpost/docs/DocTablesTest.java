package dev.outpost.docs;

import static dev.outpost.docs.DocsTest.ROOT;
import static dev.outpost.docs.DocsTest.noProblems;
import static dev.outpost.docs.DocsTest.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.outpost.ExitCode;
import dev.outpost.config.ConfigReader;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.docs.DocPages.Row;
import dev.outpost.docs.DocPages.Table;
import dev.outpost.model.Problem;
import dev.outpost.source.files.IncidentFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Every table of keys, options, codes, inputs, outputs and variables lists what the code has. */
class DocTablesTest {
  private static final Set<String> STANDARD = Set.of("-h", "--help", "-V", "--version");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir Path tmp;

  /** The first column's code spans, each up to its first space or {@code =}. */
  private static Set<String> names(Table table) {
    Set<String> names = new TreeSet<>();
    for (Row row : table.rows()) {
      for (String span : row.code().get(0)) {
        names.add(span.split("[\\s=]", 2)[0]);
      }
    }
    return names;
  }

  private static Table only(String marker) {
    List<Table> found = tables(marker);
    assertEquals(1, found.size(), "tables marked <!-- " + marker + " -->");
    return found.get(0);
  }

  @Test
  void theCommentCommandsTableHasEveryCommandABuildReads() {
    assertEquals(
        new TreeSet<>(dev.outpost.source.github.CommentCommands.names()),
        names(only("comment-commands")));
  }

  @Test
  void theConfigurationTableHasEveryKeyTheReaderKnowsAndNoOther() {
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("site", new LinkedHashMap<>(Map.of("title", "Acme", "url", "https://a.example/")));
    example.put(
        "components",
        new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("id", "api", "name", "API")))));
    KeySchema schema =
        new KeySchema(
            text -> {
              Problems problems = new Problems();
              ConfigReader.parse(text, Path.of("outpost.yml"), problems);
              return problems.sorted().stream().map(Problem::message).toList();
            });
    assertEquals(List.of(), schema.problems(example));
    assertEquals(schema.keys(example), names(only("keys: outpost.yml")));
  }

  @Test
  void theIncidentFileTablesHaveEveryKeyTheReadersKnowAndNoOther() {
    SiteConfig config = DocExamplesTest.demo();
    KeySchema schema = new KeySchema(text -> incidentProblems(config, text));
    Map<String, Object> incident = new LinkedHashMap<>();
    incident.put("title", "Down");
    incident.put("components", new LinkedHashMap<>(Map.of("api", "major_outage")));
    incident.put("started", "2026-11-01T10:00:00Z");
    Map<String, Object> maintenance = new LinkedHashMap<>();
    maintenance.put("title", "Upgrade");
    maintenance.put(
        "maintenance",
        new LinkedHashMap<>(
            Map.of("start", "2026-11-01T10:00:00Z", "end", "2026-11-01T11:00:00Z")));
    assertEquals(List.of(), schema.problems(incident));
    assertEquals(List.of(), schema.problems(maintenance));
    assertEquals(schema.keys(incident), names(only("keys: incident")));
    assertEquals(schema.keys(maintenance), names(only("keys: maintenance")));
  }

  private List<String> incidentProblems(SiteConfig config, String frontMatter) {
    try {
      Path dir = Files.createTempDirectory(tmp, "incidents");
      Files.writeString(dir.resolve("probe.md"), "---\n" + frontMatter + "---\n");
      Problems problems = new Problems();
      IncidentFiles.read(dir, config, config.now(), problems);
      return problems.sorted().stream().map(Problem::message).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyCommandHasATableOfExactlyItsOptionsWithTheirDefaults() throws IOException {
    Set<String> leaves = new TreeSet<>();
    DocExamplesTest.leaves(DocCommands.commandLine(), "outpost", leaves);
    Set<String> documented = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (Table table : tables("options: ")) {
      assertEquals("docs/cli.md", table.page().name(), "option tables are in docs/cli.md");
      String verbs = table.marker().substring("options: ".length());
      documented.add("outpost " + verbs);
      CommandLine command = DocCommands.commandLine();
      for (String verb : verbs.split(" ")) {
        command = command.getSubcommands().get(verb);
      }
      CommandSpec spec = command.getCommandSpec();
      Set<String> own = new TreeSet<>();
      for (OptionSpec option : spec.options()) {
        own.addAll(Arrays.stream(option.names()).filter(n -> !STANDARD.contains(n)).toList());
      }
      for (PositionalParamSpec parameter : spec.positionalParameters()) {
        own.add(parameter.paramLabel().replaceAll("[\\[\\]<>.]", ""));
      }
      if (!own.equals(names(table))) {
        problems.add("outpost " + verbs + " has " + own + "; docs/cli.md lists " + names(table));
      }
      for (Row row : table.rows()) {
        OptionSpec option = spec.findOption(row.code().get(0).get(0).split("[\\s=\\[]")[0]);
        String value = option == null ? null : option.defaultValue();
        if (value != null
            && !value.isEmpty()
            && !value.startsWith("${")
            && !row.code().get(1).contains(value)) {
          problems.add("outpost " + verbs + " " + option.longestName() + ": default " + value);
        }
      }
    }
    noProblems(problems, documented.size(), 8, "option tables");
    assertEquals(leaves, documented, "every command has its table in docs/cli.md");
    String cli = Files.readString(ROOT.resolve("docs/cli.md"));
    STANDARD.forEach(n -> assertTrue(cli.contains("`" + n + "`"), "docs/cli.md names " + n));
  }

  @Test
  void theExitCodesAreThoseOfTheCode() {
    Set<String> codes =
        Arrays.stream(ExitCode.values())
            .map(c -> String.valueOf(c.code()))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(codes, names(only("exit-codes")));
  }

  @Test
  void theActionsInputsAndOutputsAreThoseOfActionYml() throws IOException {
    JsonNode action = YAML.readTree(ROOT.resolve("action.yml").toFile());
    Table inputs = only("inputs: action.yml");
    assertEquals(fields(action.path("inputs")), names(inputs));
    for (Row row : inputs.rows()) {
      String input = row.code().get(0).get(0);
      String value = action.path("inputs").path(input).path("default").asText();
      assertTrue(
          row.code().get(1).contains(value.isEmpty() ? "\"\"" : value),
          "the default of " + input + " is " + value);
    }
    assertEquals(fields(action.path("outputs")), names(only("outputs: action.yml")));
  }

  private static Set<String> fields(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void everyVariableInATableIsOneOutpostReads() throws IOException {
    String sources;
    try (Stream<Path> files = Files.walk(ROOT.resolve("src/main/java"))) {
      sources =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .map(DocTablesTest::read)
              .collect(Collectors.joining());
    }
    Set<String> variables = names(only("variables"));
    for (String variable : variables) {
      assertTrue(sources.contains("\"" + variable + "\""), variable + " is read by Outpost");
    }
    assertTrue(variables.size() >= 4, "variables: " + variables);
  }

  @Test
  void everyTestPackageAndScriptInATableExists() {
    List<String> problems = new ArrayList<>();
    int named = 0;
    for (DocPages.Page page : DocsTest.PAGES) {
      for (Table table : page.tables()) {
        String kind = table.header().get(0);
        for (Row row : table.rows()) {
          for (String span : row.code().get(0)) {
            Path path =
                switch (kind) {
                  case "test" -> find(span + ".java");
                  case "package" -> ROOT.resolve("src/main/java/" + span.replace('.', '/'));
                  case "script" -> ROOT.resolve(span);
                  default -> null;
                };
            if (path != null) {
              named++;
              if (!Files.exists(path)) {
                problems.add(page.name() + ": " + kind + " " + span + " does not exist");
              }
            }
          }
        }
      }
    }
    noProblems(problems, named, 25, "tests, packages and scripts in tables");
  }

  private static Path find(String file) {
    try (Stream<Path> files = Files.walk(ROOT.resolve("src/test/java"))) {
      return files
          .filter(f -> f.getFileName().toString().equals(file))
          .findFirst()
          .orElse(ROOT.resolve("src/test/java").resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
