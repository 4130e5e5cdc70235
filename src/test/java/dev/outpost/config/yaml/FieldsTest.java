package dev.outpost.config.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.config.Problems;
import dev.outpost.model.Problem;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading the keys of a map: known keys, required keys, typos and explanations. */
class FieldsTest {
  private final Problems problems = new Problems();
  private final Report report = new Report("f.yml", problems);
  private Fields fields;

  private void givenMap(String yaml) {
    YamlNode root = Yaml.parse(yaml, 0, "f.yml", problems).orElseThrow();
    fields = Fields.of(root, "the file", report).orElseThrow();
  }

  private void thenProblemsAre(String... expected) {
    assertEquals(List.of(expected), problems.sorted().stream().map(Problem::format).toList());
  }

  @Test
  void keysAreReadByTypeAndTheRestReportedWithTheClosestKnownKey() {
    givenMap(
        """
        title: Status
        days: 90
        state: fixing
        tittle: Typo
        colour: blue
        """);

    assertEquals(Optional.of("Status"), fields.required("title", Types.NON_EMPTY_TEXT));
    assertEquals(Optional.of(90L), fields.optional("days", Types.INTEGER));
    assertEquals(
        Optional.empty(), fields.optional("state", Types.oneOf("state", List.of("open"), s -> s)));
    assertEquals(Optional.empty(), fields.optional("absent", Types.TEXT));
    fields.finish();

    thenProblemsAre(
        "f.yml:3:8: unknown state `fixing`; use one of open",
        "f.yml:4:1: unknown key `tittle`; did you mean `title`?",
        "f.yml:5:1: unknown key `colour`; valid keys here: `title`, `days`, `state`, `absent`");
  }

  @Test
  void aMissingRequiredKeyIsReportedAtTheMapUnlessATypoStandsForIt() {
    givenMap(
        """
        strat: 2026-11-02T14:05:00Z
        """);

    assertEquals(Optional.empty(), fields.required("start", Types.time(ZoneId.of("UTC"))));
    assertEquals(Optional.empty(), fields.required("end", Types.time(ZoneId.of("UTC"))));
    fields.finish();

    thenProblemsAre(
        "f.yml:1:1: missing required key `end`",
        "f.yml:1:1: unknown key `strat`; did you mean `start`?");
  }

  @Test
  void aRequiredKeyWithoutAValueIsReportedAtTheKey() {
    givenMap("at: 2026-11-02T14:05:00Z\nbody:\n  text: ~\n");

    assertEquals(
        Optional.of(Instant.parse("2026-11-02T14:05:00Z")),
        fields.required("at", Types.time(ZoneId.of("UTC"))));
    Fields body = fields.required("body", Fields::of).orElseThrow();
    assertEquals(Optional.empty(), body.required("text", Types.TEXT));
    body.finish();
    fields.finish();

    thenProblemsAre("f.yml:3:3: missing value for `text`");
  }

  @Test
  void anUnknownKeyWithAnExplanationGetsTheExplanation() {
    givenMap("started: now\ntitle: x\n");

    fields.optional("title", Types.TEXT);
    fields.finish(Map.of("started", "is for incidents"));

    thenProblemsAre("f.yml:1:1: `started` is for incidents");
  }

  @Test
  void aKeyAllowedOrReadOtherwiseIsKnown() {
    givenMap("a: 1\nb: 2\n");

    fields.allow("a");
    fields.optional("b", Types.TEXT);
    fields.finish();

    thenProblemsAre();
  }

  @Test
  void aNullValueCountsAsAbsentButTheKeyIsWritten() {
    givenMap("empty:\nfull: 1\nlist: [a]\n");

    assertTrue(fields.contains("empty"));
    assertFalse(fields.has("empty"));
    assertTrue(fields.has("full"));
    assertTrue(fields.has("list"));
    assertFalse(fields.contains("absent"));
    assertEquals(Optional.empty(), fields.value("empty"));
    assertEquals(Optional.empty(), fields.optional("empty", Types.INTEGER));
    assertEquals(new Location(2, 7), fields.valueLocation("full"));
    assertEquals(new Location(1, 1), fields.valueLocation("empty"));
    assertEquals(new Location(3, 1), fields.keyLocation("list"));
    assertEquals(new Location(1, 1), fields.keyLocation("absent"));
    assertEquals(new Location(1, 1), fields.location());
    assertEquals(report, fields.report());
  }

  @Test
  void aValueOfTheWrongKindIsAMismatch() {
    givenMap("title: [a]\nwhen: soon\nmap: 3\n");

    assertEquals(Optional.empty(), fields.optional("title", Types.TEXT));
    assertEquals(Optional.empty(), fields.optional("when", Types.time(ZoneId.of("UTC"))));
    assertEquals(Optional.empty(), fields.optional("map", Fields::of));
    fields.finish();

    thenProblemsAre(
        "f.yml:1:8: expected text for `title`, found a list",
        "f.yml:2:7: cannot read time `soon`: write it as 2026-11-02T14:05:00Z, or without an"
            + " offset in the site's time zone (UTC)",
        "f.yml:3:6: expected a map for `map`, found a number");
  }

  @Test
  void onlyAMapHasFields() {
    YamlNode list = Yaml.parse("[a]\n", 0, "f.yml", problems).orElseThrow();

    assertEquals(Optional.empty(), Fields.of(list, "the file", report));
    thenProblemsAre("f.yml:1:1: expected a map for the file, found a list");
  }

  @Test
  void textIsWrittenAsADoubleQuotedStringThatReadsBackAsItWas() {
    String text = "a \"quote\", a \\ backslash\n\r\t\u0001\u007f\u001f é ~";

    String quoted = YamlQuote.of(text);

    assertEquals("\"a \\\"quote\\\", a \\\\ backslash\\n\\r\\t\\x01\\x7f\\x1f é ~\"", quoted);
    YamlNode read = Yaml.parse("v: " + quoted + "\n", 0, "f.yml", problems).orElseThrow();
    assertEquals(text, ((YamlScalar) ((YamlMap) read).entry("v").orElseThrow().value()).text());
    assertEquals("\" \"", YamlQuote.of(" "));
  }
}
