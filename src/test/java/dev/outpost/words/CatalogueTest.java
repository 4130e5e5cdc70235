package dev.outpost.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every language says everything English says, with the same placeholders. */
class CatalogueTest {
  private static final Map<String, String> ENGLISH = Catalogue.of("en");

  static List<String> languages() {
    return Languages.SUPPORTED;
  }

  @ParameterizedTest
  @MethodSource("languages")
  void hasEveryKeyOfEnglishAndNoOtherWithTheSamePlaceholders(String language) {
    assertEquals(List.of(), Catalogue.differences(ENGLISH, Catalogue.of(language)));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void formatsEveryMessageWithoutLeftOverBraces(String language) {
    Words words = Words.of(language, Map.of());
    for (String key : ENGLISH.keySet()) {
      Map<String, Object> arguments = new HashMap<>();
      for (String name : Catalogue.arguments(ENGLISH.get(key))) {
        arguments.put(name, 2);
      }
      String text =
          new MessageFormat(Catalogue.of(language).get(key), ULocale.forLanguageTag(language))
              .format(arguments);
      assertTrue(!text.isBlank() && !text.contains("{") && !text.contains("}"), key + ": " + text);
      if (arguments.isEmpty()) {
        assertEquals(text, words.get(key), key);
      }
    }
  }

  @Test
  void findsEveryFaultOfABrokenCatalogue() {
    List<String> differences =
        Catalogue.differences(
            Map.of(
                "page.skip", ENGLISH.get("page.skip"),
                "nav.label", ENGLISH.get("nav.label"),
                "nav.status", ENGLISH.get("nav.status"),
                "nav.history", ENGLISH.get("nav.history"),
                "footer.zone", ENGLISH.get("footer.zone"),
                "entry.took", ENGLISH.get("entry.took"),
                "history.incidents", ENGLISH.get("history.incidents")),
            Catalogue.read("words/broken.properties"));
    assertEquals(5, differences.size(), differences::toString);
    assertEquals("lacks `page.skip`", differences.get(0));
    assertEquals("`entry.took` has the placeholders none, English {duration}", differences.get(1));
    assertEquals(
        "`footer.zone` has the placeholders {timezone}, English {zone}", differences.get(2));
    assertTrue(
        differences.get(3).startsWith("`history.incidents` is not a valid message: "),
        differences.get(3));
    assertEquals("has `nav.archive`, which English does not have", differences.get(4));
  }

  @Test
  void readsCataloguesAsUtf8() {
    assertEquals("Störungsverlauf", Catalogue.of("de").get("history.title"));
    assertEquals("障害履歴", Catalogue.of("ja").get("history.title"));
  }

  @Test
  void choosesThePluralFormOfEachLanguage() {
    Words german = Words.of("de", Map.of());
    assertEquals("1 Störung", german.format("history.incidents", "count", 1));
    assertEquals("2 Störungen", german.format("history.incidents", "count", 2));
    Words polish = Words.of("pl", Map.of());
    assertEquals("1 incydent", polish.format("history.incidents", "count", 1));
    assertEquals("3 incydenty", polish.format("history.incidents", "count", 3));
    assertEquals("5 incydentów", polish.format("history.incidents", "count", 5));
    assertEquals("22 incydenty", polish.format("history.incidents", "count", 22));
    assertEquals("2件の障害", Words.of("ja", Map.of()).format("history.incidents", "count", 2));
  }

  @Test
  void namedArgumentsOnly() {
    assertEquals(Set.of("count"), Catalogue.arguments("{count, plural, other {#}}"));
    assertEquals(
        "arguments must be named, such as {count}",
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> Catalogue.arguments("{0} incidents"))
            .getMessage());
  }
}
