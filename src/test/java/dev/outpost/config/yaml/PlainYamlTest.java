package dev.outpost.config.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.config.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The fast reader gives the full parser's tree, locations included, whenever it does not give up:
 * on every front matter and config in the repository, and on generated documents full of the
 * corners YAML has (numbers, booleans, quotes, comments, block scalars, indentation).
 */
class PlainYamlTest {
  @Test
  void everyFileWeHaveReadsAsTheParserReadsIt() throws IOException {
    List<Path> files;
    try (Stream<Path> md = Files.walk(Path.of("incidents"));
        Stream<Path> scenarios = Files.walk(Path.of("src/test/scenarios"))) {
      files =
          Stream.concat(md, scenarios)
              .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yml"))
              .filter(Files::isRegularFile)
              .toList();
    }
    List<Path> all = new ArrayList<>(files);
    all.add(Path.of("outpost.yml"));
    int demoFiles = 0;
    int demoRead = 0;
    for (Path file : all) {
      String text = Files.readString(file).replace("\r\n", "\n");
      int offset = 0;
      if (file.toString().endsWith(".md")) {
        if (!text.startsWith("---\n") || text.indexOf("\n---\n", 3) < 0) {
          continue;
        }
        text = text.substring(4, text.indexOf("\n---\n", 3) + 1);
        offset = 1;
      }
      Optional<YamlNode> fast = thenTheSameAsTheParser(text, offset, file.toString());
      if (file.startsWith("incidents")) {
        demoFiles++;
        demoRead += fast.isPresent() ? 1 : 0;
      }
    }
    // The demo's files are plain YAML: the fast reader must read them all, or it is not used.
    assertTrue(demoFiles > 20, "demo files: " + demoFiles);
    assertEquals(demoFiles, demoRead, "demo files the fast reader read");
  }

  @Property(tries = 3000)
  void generatedDocumentsReadAsTheParserReadsThem(@ForAll("documents") String text) {
    Optional<YamlNode> fast = thenTheSameAsTheParser(text, 1, "generated.md");
    Statistics.collect(fast.isPresent() ? "read" : "given up");
    // Else the property would hold by giving up on everything.
    Statistics.coverage(coverage -> coverage.check("read").percentage(p -> p >= 10));
  }

  @Test
  void itGivesUpOnWhatItDoesNotKnow() {
    for (String text :
        List.of(
            "title: a # comment\n",
            "title: >\n  folded\n    more indented\n",
            "title: \"escaped \\n\"\n",
            "on: x\n",
            "count: 0x1F\n",
            "when: yes\n",
            "title: &a anchored\n",
            "title:\n",
            "title: one\n  continued\n",
            "title: one\ntitle: two\n",
            "body: |\n  last line without a break")) {
      assertEquals(Optional.empty(), PlainYaml.read(text, 0), text);
    }
  }

  @Test
  void itReadsEveryShapeItDocumentsAsTheParserDoes() {
    List<String> givenUp = new ArrayList<>();
    for (String text :
        List.of(
            "title: API errors\nstarted: 2026-11-02T14:05:00Z\n",
            "a:\n  b:\n    c: deep\n  d: back\ne: top\n",
            "title: x\n\n# between\n\nbody: text\n",
            "updates:\n  - at: 2026-11-02T14:20:00Z\n    state: identified\n  - at: 2026-11-02T15:00Z\n"
                + "    state: resolved\n",
            "updates:\n- one\n- two words\n- 3\n",
            "components: { api: major_outage, web_2: degraded-performance }\n",
            "components: [api, 'web', \"db\"]\nempty: []\nnone: {}\nspaced: [ a , b ]\n",
            "title: 'it''s down'\nquoted: \"a: b # c\"\n",
            "count: 12\nzero: 0\nratio: 0.25\n",
            "ok: true\nshown: False\nyes_really: TRUE\n",
            "at: 2026-11-02\nlocal: 2026-11-02T14:05\nzoned: 2026-11-02T14:05:00+01:00\n"
                + "lower: 2026-11-02t14:05:00z\n",
            "body: |\n  line one\n\n  line two\nnext: x\n",
            "body: |-\n  kept\n  lines\nnext: x\n",
            "body: >\n  folded\n  together\n\n  paragraph\nnext: x\n",
            "body: >-\n  folded\n  stripped\n",
            "list:\n  - body: |\n      in a list\n    at: 1\nnext: x\n",
            "key-with-dash: v\nKey_Upper: w\n",
            "url: https://status.example/a?b=c\n",
            "title: trailing spaces   \n",
            "nested:\n  - [a, b]\n  - {x: 1}\n")) {
      if (thenTheSameAsTheParser(text, 1, "shape.md").isEmpty()) {
        givenUp.add(text);
      }
    }
    assertEquals(List.of(), givenUp);
  }

  private static Optional<YamlNode> thenTheSameAsTheParser(String text, int offset, String path) {
    Optional<YamlNode> fast = PlainYaml.read(text, offset);
    if (fast.isPresent()) {
      Problems problems = new Problems();
      Optional<YamlNode> full = Yaml.parseFully(text, offset, path, problems);
      assertTrue(problems.isEmpty(), () -> path + " read fast, but the parser found problems");
      assertEquals(full, fast, () -> path + ":\n" + text);
    }
    return fast;
  }

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<String> word =
        Arbitraries.of(
            "plain",
            "two words",
            "Slow responses",
            "a:b",
            "C#",
            "x [y]",
            "{a}",
            "yes",
            "No",
            "on",
            "off",
            "true",
            "False",
            "null",
            "~",
            "0",
            "42",
            "-7",
            "007",
            "1_000",
            "0x1F",
            "1.5",
            "-0.25",
            "1e3",
            ".inf",
            "1:30",
            "2026-11-02",
            "2026-11-02T14:05:00Z",
            "2026-11-02T14:05Z",
            "2026-11-02 14:05:00",
            "2026-11-02T14:05:00+01:00",
            "<<",
            "=",
            "-dash",
            "- item",
            "?q",
            ":colon",
            "!tag",
            "&anchor",
            "*alias",
            "%pct",
            "@at",
            "`tick`",
            "trailing ",
            "'single'",
            "'it''s'",
            "\"double\"",
            "\"with \\\" escape\"",
            "'unclosed",
            "é ü 状態",
            "emoji 🚧 here",
            "a # comment",
            "a: b",
            "ends:",
            "partial_outage",
            "api");
    Arbitrary<String> key =
        Arbitraries.of(
            "title", "state", "at", "body", "components", "api", "web", "2fa", "on", "x-y", "a_b");
    Arbitrary<String> flowMap =
        Combinators.combine(key, word, key, word, Arbitraries.integers().between(0, 2))
            .as(
                (k1, v1, k2, v2, n) ->
                    switch (n) {
                      case 0 -> "{}";
                      case 1 -> "{ " + k1 + ": " + v1 + " }";
                      default -> "{" + k1 + ": " + v1 + ", " + k2 + ":  " + v2 + "}";
                    });
    Arbitrary<String> flowList =
        Combinators.combine(word, word, Arbitraries.integers().between(0, 2))
            .as(
                (a, b, n) ->
                    switch (n) {
                      case 0 -> "[]";
                      case 1 -> "[" + a + "]";
                      default -> "[ " + a + ", " + b + " ]";
                    });
    Arbitrary<String> literalLine =
        Arbitraries.of(
            "text",
            "",
            " ",
            "  more indented",
            "- a list item",
            "# a heading",
            "key: not a key",
            "trailing spaces  ",
            "emoji 🚧",
            "|");
    Arbitrary<String> literal =
        Combinators.combine(
                Arbitraries.of("|", "|-", "|+", "|2", ">", ">-", ">+", "| # c"),
                literalLine.list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.integers().between(1, 4))
            .as(
                (header, body, indent) -> {
                  StringBuilder text = new StringBuilder(header).append('\n');
                  for (String line : body) {
                    text.append(line.isEmpty() ? "" : " ".repeat(indent) + line).append('\n');
                  }
                  return text.toString();
                });
    Arbitrary<String> inline =
        Arbitraries.oneOf(
            word.map(w -> w + "\n"),
            flowMap.map(f -> f + "\n"),
            flowList.map(f -> f + "\n"),
            literal,
            Arbitraries.just("\n"));
    Arbitrary<String> entry = Combinators.combine(key, inline).as((k, v) -> k + ": " + v);
    Arbitrary<String> item =
        Combinators.combine(entry, entry, Arbitraries.integers().between(0, 3))
            .as(
                (a, b, n) ->
                    switch (n) {
                      case 0 -> "- " + a;
                      case 1 -> "- " + a + "  " + b;
                      case 2 -> "-  " + a;
                      default -> "- " + a + "# comment\n";
                    });
    Arbitrary<String> listValue =
        Combinators.combine(key, item.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of("", "  "))
            .as(
                (k, items, indent) -> {
                  StringBuilder text = new StringBuilder(k).append(":\n");
                  for (String i : items) {
                    for (String line : i.split("\n", -1)) {
                      if (!line.isEmpty()) {
                        text.append(indent).append(line);
                      }
                      text.append('\n');
                    }
                  }
                  return text.toString().replace("\n\n", "\n");
                });
    Arbitrary<String> mapValue =
        Combinators.combine(key, entry.list().ofMinSize(1).ofMaxSize(3))
            .as(
                (k, entries) -> {
                  StringBuilder text = new StringBuilder(k).append(":\n");
                  for (String e : entries) {
                    for (String line : e.split("\n")) {
                      text.append(line.isEmpty() ? "" : "  " + line).append('\n');
                    }
                  }
                  return text.toString();
                });
    Arbitrary<String> top =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, entry),
            net.jqwik.api.Tuple.of(2, listValue),
            net.jqwik.api.Tuple.of(2, mapValue),
            net.jqwik.api.Tuple.of(1, Arbitraries.of("# a comment\n", "\n", "  \n")));
    return top.list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts));
  }
}
