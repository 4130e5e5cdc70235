package dev.outpost.config.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.config.Problems;
import dev.outpost.model.Problem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlTest {
  private final Problems problems = new Problems();
  private Optional<YamlNode> root;

  private void givenYaml(String text, int lineOffset) {
    root = Yaml.parse(text, lineOffset, "f.yml", problems);
  }

  private void thenProblemsAre(String... expected) {
    assertEquals(List.of(expected), problems.sorted().stream().map(Problem::format).toList());
  }

  private static Location at(int line, int column) {
    return new Location(line, column);
  }

  @Test
  void keepsLocationsAndTheOriginalTextOfScalars() {
    givenYaml(
        """
        title: No
        days: 0x1F
        at: 2026-11-02T14:05:00Z
        list: [a, 1.50]
        """,
        1);

    thenProblemsAre();
    assertEquals(
        Optional.of(
            new YamlMap(
                at(2, 1),
                List.of(
                    new YamlMap.Entry(
                        "title", at(2, 1), new YamlScalar(at(2, 8), "No", YamlScalar.Kind.BOOLEAN)),
                    new YamlMap.Entry(
                        "days",
                        at(3, 1),
                        new YamlScalar(at(3, 7), "0x1F", YamlScalar.Kind.INTEGER)),
                    new YamlMap.Entry(
                        "at",
                        at(4, 1),
                        new YamlScalar(at(4, 5), "2026-11-02T14:05:00Z", YamlScalar.Kind.STRING)),
                    new YamlMap.Entry(
                        "list",
                        at(5, 1),
                        new YamlList(
                            at(5, 7),
                            List.of(
                                new YamlScalar(at(5, 8), "a", YamlScalar.Kind.STRING),
                                new YamlScalar(at(5, 11), "1.50", YamlScalar.Kind.DECIMAL))))))),
        root);
  }

  @Test
  void anEmptyDocumentIsANullScalar() {
    givenYaml("# only a comment\n", 1);

    assertEquals(Optional.of(new YamlScalar(at(2, 1), "", YamlScalar.Kind.NULL)), root);
  }

  @Test
  void duplicateKeysAreReportedAndTheFirstIsKept() {
    givenYaml("a: 1\nb:\n  c: 2\n  c: 3\na: 4\n", 0);

    thenProblemsAre(
        "f.yml:4:3: duplicate key `c`; it is already set on line 3",
        "f.yml:5:1: duplicate key `a`; it is already set on line 1");
    YamlMap map = (YamlMap) root.orElseThrow();
    assertEquals("1", ((YamlScalar) map.entry("a").orElseThrow().value()).text());
  }

  @Test
  void aliasesAndExtraDocumentsAreReported() {
    givenYaml("a: &x 1\nb: *x\n---\nc: 2\n", 0);

    thenProblemsAre(
        "f.yml:2:4: YAML aliases such as `*x` are not supported; write the value out",
        "f.yml:4:1: only one YAML document is allowed here; remove the extra `---` line");
  }

  @Test
  void valuesStartingWithAnIndicatorMustBeQuoted() {
    givenYaml("a: |x\n", 0);
    givenYaml("b: & y\n", 10);
    givenYaml("c: { *x: 1 }\n", 20);
    givenYaml("d: { [x]: 1 }\n", 30);

    thenProblemsAre(
        "f.yml:1:4: invalid YAML: put a value that starts with `|` or `>` in quotes",
        "f.yml:11:4: invalid YAML: put a value that starts with `&` in quotes",
        "f.yml:21:8: invalid YAML: aliases such as `*x` cannot be keys; write the key out",
        "f.yml:31:7: invalid YAML: a key must be text, not a map or a list");
  }

  @Test
  void syntaxErrorsAreOneReadableLineAtTheirPlace() {
    givenYaml("a: b: c\n", 0);
    givenYaml("a: @b\n", 10);
    givenYaml("a:\n  b: 1\n c: 2\n", 20);
    givenYaml("a: [1, 2\nb: 3\n", 30);

    thenProblemsAre(
        "f.yml:1:5: invalid YAML: mapping values are not allowed here; put a value that contains"
            + " `: ` in quotes",
        "f.yml:11:4: invalid YAML: found character '@' that cannot start any token; put the value"
            + " in quotes",
        "f.yml:23:2: invalid YAML: the indentation does not fit the block that starts at line 21,"
            + " column 1",
        "f.yml:32:2: invalid YAML: expected `,` or `]`: the `[` at line 31, column 4 is not"
            + " closed");
    assertEquals(Optional.empty(), root);
  }

  @Test
  void commonMistakesAreNamedWithWhatToChange() {
    givenYaml("a:\n\tb: 1\n", 0);
    givenYaml("a: \"open\nb: 2\n", 10);
    givenYaml("a: {b: 1\nc: 2\n", 20);
    givenYaml("a: 'x\n", 30);
    givenYaml("- a\nb: 1\n", 40);
    givenYaml("a: *\n", 50);

    thenProblemsAre(
        "f.yml:2:1: invalid YAML: tabs cannot indent YAML; indent with spaces",
        "f.yml:11:4: invalid YAML: this quoted value is not closed; add the closing quote",
        "f.yml:22:2: invalid YAML: expected `,` or `}`: the `{` at line 21, column 4 is not"
            + " closed",
        "f.yml:31:4: invalid YAML: this quoted value is not closed; add the closing quote",
        "f.yml:42:1: invalid YAML: the indentation does not fit the block that starts at line 41,"
            + " column 1",
        "f.yml:51:4: invalid YAML: put a value that starts with `*` in quotes");
    assertEquals(Optional.empty(), root);
  }
}
