package dev.outpost.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordsTest {
  private static List<String> glue(String language, String... items) {
    return Words.of(language, Map.of()).listGlue(List.of(items));
  }

  @Test
  void listGlueIsWhatTheListWritesAroundItsItems() {
    assertEquals(List.of("", ", ", ", and ", ""), glue("en", "API", "Web", "CDN"));
    assertEquals(List.of("", " and ", ""), glue("en", "API", "Web"));
    assertEquals(List.of("", ""), glue("en", "API"));
    assertEquals(List.of(""), glue("en"));
    assertEquals(List.of("", ", ", " und ", ""), glue("de", "API", "Web", "CDN"));
  }

  @Test
  void japaneseAndChineseJoinWithTheirOwnCommas() {
    assertEquals(List.of("", "、", "、", ""), glue("ja", "API", "Web", "CDN"));
    assertEquals(List.of("", "、", "和", ""), glue("zh-CN", "API", "Web", "CDN"));
  }

  @Test
  void aPieceMayDependOnTheItemAfterIt() {
    assertEquals(List.of("", " y ", ""), glue("es", "API", "Web"));
    assertEquals(List.of("", " e ", ""), glue("es", "API", "Infraestructura"));
  }

  @Test
  void piecesAndItemsMakeTheList() {
    Words words = Words.of("fr", Map.of());
    List<String> items = List.of("API", "Tableau de bord", "CDN");
    List<String> glue = words.listGlue(items);
    StringBuilder joined = new StringBuilder(glue.get(0));
    for (int i = 0; i < items.size(); i++) {
      joined.append(items.get(i)).append(glue.get(i + 1));
    }
    assertEquals(words.list(items), joined.toString());
  }
}
