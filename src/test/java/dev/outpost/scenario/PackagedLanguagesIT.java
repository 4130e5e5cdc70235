package dev.outpost.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.words.Languages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged jar ({@code target/outpost.jar}), which carries only the ICU data of the site's
 * languages, writes the demo in every language byte for byte as the same build does on the whole of
 * ICU (this JVM's class path), and in that language's own words. ICU falls back to root or English
 * without a word when its data is missing: this is where that shows. Runs in {@code mvn verify},
 * after {@code package}.
 */
class PackagedLanguagesIT {
  private static final Path JAR = Path.of("target/outpost.jar");
  private static final String NOW = "2026-11-21T12:00:00Z";

  /**
   * Per language, texts its pages must hold, as "file|text": month names (standalone ones in
   * Polish), dates and times, the zone's offset as the language writes it, plural forms, lists,
   * durations and percentages.
   */
  private static final Map<String, List<String>> WORDS =
      Map.ofEntries(
          Map.entry(
              "en",
              List.of(
                  "index.html|>Nov 21, 2026, 13:00 GMT+1</time>",
                  "index.html|Resolved after 1 hr, 30 min",
                  "index.html|99.97% uptime",
                  "history/index.html|>August 2026</time>",
                  "feed.atom|Affected: Managed databases, API, and Dashboard")),
          Map.entry(
              "de",
              List.of(
                  "index.html|>21. Nov. 2026, 13:00 GMT+1</time>",
                  "index.html|Behoben nach 1 Std., 30 Min.",
                  "index.html|99,97\u00a0% Verfügbarkeit",
                  "history/index.html|<span class=\"muted\">2 Störungen</span>",
                  "feed.atom|Betroffen: Managed databases, API und Dashboard")),
          Map.entry(
              "fr",
              List.of(
                  "index.html|>21 nov. 2026, 13:00 UTC+1</time>",
                  "index.html|>24 août 2026</time>",
                  "history/index.html|>avril 2026</time>",
                  "history/index.html|1 incident et 1 maintenance")),
          Map.entry(
              "es",
              List.of(
                  "index.html|>21 nov 2026, 13:00 GMT+1</time>",
                  "history/index.html|>abril de 2026</time>",
                  "history/index.html|1 incidente y 1 mantenimiento")),
          Map.entry(
              "pt-BR",
              List.of(
                  "index.html|>21 de nov. de 2026, 13:00 +1 GMT</time>",
                  "history/index.html|>agosto de 2026</time>",
                  "history/index.html|1 incidente e 1 manutenção")),
          Map.entry(
              "it",
              List.of(
                  "index.html|>21 nov 2026, 13:00 GMT+1</time>",
                  "history/index.html|>aprile 2026</time>",
                  "history/index.html|1 incidente e 1 manutenzione")),
          Map.entry(
              "nl",
              List.of(
                  "index.html|>21 nov 2026, 13:00 GMT+1</time>",
                  "history/index.html|>augustus 2026</time>",
                  "history/index.html|1 storing, 1 onderhoud")),
          Map.entry(
              "pl",
              List.of(
                  "index.html|>21 lis 2026, 13:00 GMT+1</time>",
                  "index.html|Rozwiązano po 40 min",
                  "history/index.html|>listopad 2026</time>",
                  "history/index.html|>październik 2026</time>",
                  "history/index.html|<span class=\"muted\">1 incydent</span>",
                  "history/index.html|<span class=\"muted\">2 incydenty</span>",
                  "history/index.html|<span class=\"muted\">6 incydentów</span>")),
          Map.entry(
              "ja",
              List.of(
                  "index.html|>2026年11月21日 13:00 GMT+1</time>",
                  "index.html|>2026年8月24日</time>",
                  "index.html|稼働率 99.97%",
                  "history/index.html|<span class=\"muted\">1件の障害 1件のメンテナンス</span>")),
          Map.entry(
              "zh-CN",
              List.of(
                  "index.html|>2026年11月21日 13:00 GMT+1</time>",
                  "index.html|可用率 99.97%",
                  "history/index.html|<span class=\"muted\">1 个事件1 次维护</span>")));

  @TempDir Path temp;

  static Stream<String> languages() {
    return Languages.SUPPORTED.stream();
  }

  @ParameterizedTest
  @MethodSource("languages")
  void theJarWritesEachLanguageAsTheWholeOfIcuDoesInItsOwnWords(String language)
      throws IOException, InterruptedException {
    Path packaged = buildWithTheJar(language);
    SiteTrees.assertSameTree(buildOnTheWholeOfIcu(language), packaged);
    List<String> words = WORDS.get(language);
    assertTrue(words != null && !words.isEmpty(), () -> "no words to check for " + language);
    for (String expected : words) {
      int bar = expected.indexOf('|');
      String file = expected.substring(0, bar);
      String text = expected.substring(bar + 1);
      assertTrue(
          Files.readString(packaged.resolve(file)).contains(text),
          () -> language + ": " + file + " lacks " + text);
    }
  }

  /** Tags that fall back to a supported language, through ICU's likely subtags. */
  @ParameterizedTest
  @ValueSource(strings = {"de-AT", "pt", "zh", "zh-Hans-SG"})
  void aTagThatFallsBackIsWrittenAsTheWholeOfIcuWritesIt(String tag)
      throws IOException, InterruptedException {
    SiteTrees.assertSameTree(buildOnTheWholeOfIcu(tag), buildWithTheJar(tag));
  }

  private Path buildWithTheJar(String language) throws IOException, InterruptedException {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run `mvn package` first");
    Path config = DemoInLanguage.config(temp.resolve("jar-src-" + language), language);
    Path out = temp.resolve("jar-site-" + language);
    Path log = temp.resolve("jar-" + language + ".log");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "build",
                "--offline",
                "--now",
                NOW,
                "--config",
                config.toString(),
                "--incidents",
                "incidents",
                "--out",
                out.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean done = process.waitFor(5, TimeUnit.MINUTES);
    if (!done) {
      process.destroyForcibly();
    }
    String output = Files.readString(log);
    assertTrue(done, () -> "the jar's build did not end in 5 minutes:\n" + output);
    assertEquals(0, process.exitValue(), () -> "the jar's build failed:\n" + output);
    return out;
  }

  private Path buildOnTheWholeOfIcu(String language) {
    Path config = DemoInLanguage.config(temp.resolve("src-" + language), language);
    Path out = temp.resolve("site-" + language);
    DemoInLanguage.Built built = DemoInLanguage.build(config, out);
    assertEquals(0, built.code(), built::err);
    return out;
  }
}
