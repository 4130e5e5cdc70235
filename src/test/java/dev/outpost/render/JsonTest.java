package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Json} writes what Jackson's object mapper wrote with the settings it replaced (snake case,
 * alphabetical order, map entries by key, the same pretty printer and escapes), byte for byte.
 */
class JsonTest {
  /** The object mapper's writer that {@link Json} replaced, as it was configured. */
  private static final ObjectWriter JACKSON =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build()
          .writer(
              new DefaultPrettyPrinter()
                  .withSeparators(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")))
          .with(
              new CharacterEscapes() {
                private final int[] escapes = standardAsciiEscapesForJSON();

                {
                  escapes['<'] = ESCAPE_STANDARD;
                  escapes['>'] = ESCAPE_STANDARD;
                  escapes['&'] = ESCAPE_STANDARD;
                }

                @Override
                public int[] getEscapeCodesForAscii() {
                  return escapes;
                }

                @Override
                public SerializableString getEscapeSequence(int ch) {
                  return null;
                }
              });

  private static String jackson(Object value) throws JsonProcessingException {
    return JACKSON.writeValueAsString(value) + "\n";
  }

  record Leaf(
      String zText,
      int aNumber,
      boolean isOn,
      @JsonInclude(JsonInclude.Include.NON_NULL) String maybe,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> someTags,
      String htmlURL,
      String snake_already,
      @JsonProperty("schemaVersion") int version) {}

  @JsonPropertyOrder({"title", "leaves"})
  record Tree(
      List<Leaf> leaves,
      String title,
      Map<String, Leaf> byName,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<Leaf> extra,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> notes) {}

  @JsonPropertyOrder({"second_field", "firstField"})
  record Ordered(String firstField, String secondField, String aLast) {}

  @Property(tries = 2000)
  void writesWhatJacksonWrote(@ForAll("trees") Tree tree) throws JsonProcessingException {
    assertEquals(jackson(tree), Json.write(tree));
  }

  @Provide
  Arbitrary<Tree> trees() {
    Arbitrary<String> text =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(12),
            Arbitraries.strings().withChars("<>&\"\\/\n\t\u0000\u2028é😀\ud800 a").ofMaxLength(8),
            Arbitraries.of("", "a", "Z"));
    Arbitrary<String> maybe = text.injectNull(0.3);
    Arbitrary<List<String>> tags = text.list().ofMaxSize(3).injectNull(0.2);
    Arbitrary<Leaf> leaf =
        Combinators.combine(
                maybe,
                Arbitraries.integers(),
                Arbitraries.of(true, false),
                maybe,
                tags,
                maybe,
                maybe,
                Arbitraries.integers().between(-5, 5))
            .as(Leaf::new);
    return Combinators.combine(
            leaf.list().ofMaxSize(3),
            maybe,
            Arbitraries.maps(text, leaf).ofMaxSize(3),
            leaf.list().ofMaxSize(2).injectNull(0.5),
            Arbitraries.maps(text, maybe).ofMaxSize(2).injectNull(0.3))
        .as(Tree::new);
  }

  @Test
  void ordersByJsonOrJavaNamesFirstThenAlphabetically() throws JsonProcessingException {
    Ordered ordered = new Ordered("1", "2", "3");
    assertEquals(jackson(ordered), Json.write(ordered));
    assertEquals(
        "{\n  \"second_field\": \"2\",\n  \"first_field\": \"1\",\n  \"a_last\": \"3\"\n}\n",
        Json.write(ordered));
  }

  @Test
  void writesSnakeCaseAsJacksonDoes() {
    PropertyNamingStrategies.SnakeCaseStrategy jackson =
        (PropertyNamingStrategies.SnakeCaseStrategy) PropertyNamingStrategies.SNAKE_CASE;
    for (String name :
        List.of(
            "a",
            "timeZone",
            "htmlURL",
            "pageURLValue",
            "_private",
            "__twice",
            "already_snake",
            "with_Upper",
            "x1Y2",
            "ÉtéÀ",
            "ABC",
            "aB")) {
      assertEquals(jackson.translate(name), Json.snakeCase(name), name);
    }
  }

  @Test
  void refusesWhatItCannotWrite() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Json.write(List.of(Instant.EPOCH)));
    assertEquals("cannot write a java.time.Instant as JSON", e.getMessage());
  }
}
