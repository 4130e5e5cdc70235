package dev.outpost.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code site.language} and {@code site.strings}. */
class LanguageConfigTest {
  @TempDir Path dir;
  private final Problems problems = new Problems();
  private Optional<SiteConfig> config;

  private void givenSite(String lines) throws IOException {
    Path file = dir.resolve("outpost.yml");
    Files.writeString(
        file,
        "site:\n"
            + "  title: Acme Status\n"
            + "  url: https://acme.github.io/status/\n"
            + lines
            + "components:\n"
            + "  - { id: api, name: API }\n");
    config = ConfigReader.read(file, problems);
  }

  private void thenProblemsAre(String... expected) {
    assertEquals(List.of(expected), ProblemLines.of(problems, dir));
  }

  private Language thenLanguage() {
    thenProblemsAre();
    assertTrue(config.isPresent());
    return config.get().site().language();
  }

  @Test
  void englishByDefault() throws IOException {
    givenSite("");
    assertEquals(new Language("en", Map.of()), thenLanguage());
  }

  @ParameterizedTest
  @CsvSource({
    "de, de",
    "de-AT, de",
    "de-CH, de",
    "DE, de",
    "fr-CA, fr",
    "es-419, es",
    "pt, pt-BR",
    "pt-PT, pt-BR",
    "pt-BR, pt-BR",
    "zh, zh-CN",
    "zh-Hans, zh-CN",
    "zh-SG, zh-CN",
    "ja-JP, ja",
    "en-GB, en",
    "nl-BE, nl",
    "pl, pl",
    "it, it",
  })
  void aLanguageWithARegionFallsBackToTheSupportedOne(String written, String tag)
      throws IOException {
    givenSite("  language: " + written + "\n");
    assertEquals(tag, thenLanguage().tag());
  }

  @ParameterizedTest
  @CsvSource({"sv", "zh-TW", "zh-Hant", "german", "de-DEUTSCHLAND", "🙂"})
  void anUnsupportedLanguageIsAnErrorAtItsValueNamingTheSupportedOnes(String written)
      throws IOException {
    givenSite("  language: " + written + "\n");
    thenProblemsAre(
        "outpost.yml:4:13: unsupported language `"
            + written
            + "`; use one of `en`, `de`, `fr`, `es`, `pt-BR`, `it`, `nl`, `pl`, `ja`, `zh-CN`");
  }

  @Test
  void stringsReplaceTheLanguagesOwn() throws IOException {
    givenSite(
        """
          language: de
          strings:
            index.history: Alle Störungen
            history.incidents: "{count, plural, one {# Vorfall} other {# Vorfälle}}"
        """);
    assertEquals(
        new Language(
            "de",
            Map.of(
                "index.history",
                "Alle Störungen",
                "history.incidents",
                "{count, plural, one {# Vorfall} other {# Vorfälle}}")),
        thenLanguage());
  }

  @Test
  void anUnknownStringIsAnErrorAtItsKeyWithASuggestion() throws IOException {
    givenSite(
        """
          strings:
            index.histroy: All incidents
            nothing.like.it: Hello
        """);
    thenProblemsAre(
        "outpost.yml:5:5: unknown string `index.histroy`; did you mean `index.history`?",
        "outpost.yml:6:5: unknown string `nothing.like.it`; see the keys in"
            + " docs/site.md#language");
  }

  @Test
  void aMessageWithOtherPlaceholdersIsAnErrorAtItsValue() throws IOException {
    givenSite(
        """
          strings:
            entry.took: "Took {time}"
            footer.powered: "Run by {team}"
            bar.uptime: "Uptime"
        """);
    thenProblemsAre(
        "outpost.yml:5:17: the string `entry.took` has the placeholders {time}; it must use"
            + " exactly {duration}",
        "outpost.yml:6:21: the string `footer.powered` has the placeholders {team}; it takes no"
            + " placeholders",
        "outpost.yml:7:17: the string `bar.uptime` has the placeholders none; it must use exactly"
            + " {percent}");
  }

  @Test
  void aBrokenMessageIsAnErrorAtItsValue() throws IOException {
    givenSite(
        """
          strings:
            history.incidents: "{count, plural, one {# incident} other {# incidents}"
        """);
    assertEquals(1, problems.sorted().size(), problems.sorted()::toString);
    String problem = ProblemLines.of(problems, dir).get(0);
    assertTrue(
        problem.startsWith(
            "outpost.yml:5:24: the string `history.incidents` is not a valid message ("),
        problem);
    assertTrue(problem.endsWith("; it must use exactly {count}"), problem);
  }
}
