package dev.outpost.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the site's JSON files: records' components in snake case and alphabetical order (unless a
 * record says otherwise), map entries by key, two-space indentation, {@code \n} line ends and a
 * final newline, so the same value always gives the same bytes. {@code <}, {@code >} and {@code &}
 * are written as Unicode escapes, as Go's encoder does, so that a widget that pastes a value into
 * HTML cannot be made to run a script; every JSON parser reads them back.
 *
 * <p>Values are records, lists, maps with text keys, text, whole numbers, decimals ({@link
 * java.math.BigDecimal}) and booleans. A record declares its JSON with Jackson's annotations, as
 * Jackson's object mapper would read them: {@link JsonPropertyOrder} names the properties that come
 * first (by their JSON or Java name), {@link JsonProperty} renames one, and {@link JsonInclude}
 * leaves out a null ({@code NON_NULL}) or empty ({@code NON_EMPTY}) one. The records are walked
 * here and written with Jackson's streaming generator, because the object mapper loads and builds
 * hundreds of classes to do the same, which every build paid for at start-up.
 */
public final class Json {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final CharacterEscapes ESCAPES = new HtmlSafeEscapes();
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  private static final Map<Class<?>, List<Property>> PROPERTIES = new ConcurrentHashMap<>();

  private Json() {}

  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private final int[] escapes = standardAsciiEscapesForJSON();

    HtmlSafeEscapes() {
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
  }

  /** One record component as a JSON property, {@code name} in JSON and {@code field} in Java. */
  private record Property(String name, String field, Method accessor, JsonInclude.Include include) {
    boolean leftOut(Object value) {
      return switch (include) {
        case NON_NULL -> value == null;
        case NON_EMPTY ->
            value == null
                || value instanceof CharSequence text && text.isEmpty()
                || value instanceof Collection<?> items && items.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty();
        default -> false;
      };
    }
  }

  /**
   * {@code value} as pretty-printed JSON with a final newline.
   *
   * @throws IllegalArgumentException if {@code value} holds something other than the values above
   */
  public static String write(Object value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.setPrettyPrinter(PRETTY.createInstance());
      json.setCharacterEscapes(ESCAPES);
      value(json, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.append('\n').toString();
  }

  /**
   * As {@link #write}, on one line: for long lists of small records, where indentation would make
   * most of the bytes.
   */
  public static String writeCompact(Object value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.setCharacterEscapes(ESCAPES);
      value(json, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.append('\n').toString();
  }

  private static void value(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof CharSequence text) {
      json.writeString(text.toString());
    } else if (value instanceof Boolean bool) {
      json.writeBoolean(bool);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof java.math.BigDecimal decimal) {
      json.writeNumber(decimal);
    } else if (value instanceof Collection<?> items) {
      json.writeStartArray();
      for (Object item : items) {
        value(json, item);
      }
      json.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> entry : new TreeMap<>(map).entrySet()) {
        json.writeFieldName((String) entry.getKey());
        value(json, entry.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof Record record) {
      json.writeStartObject();
      for (Property property : PROPERTIES.computeIfAbsent(record.getClass(), Json::properties)) {
        Object field = get(property.accessor(), record);
        if (!property.leftOut(field)) {
          json.writeFieldName(property.name());
          value(json, field);
        }
      }
      json.writeEndObject();
    } else {
      throw new IllegalArgumentException(
          "cannot write a " + value.getClass().getName() + " as JSON");
    }
  }

  private static Object get(Method accessor, Record record) {
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor, e.getCause());
    }
  }

  /** The properties of a record type, in the order they are written. */
  private static List<Property> properties(Class<?> type) {
    List<Property> properties = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      Method accessor = component.getAccessor();
      accessor.setAccessible(true);
      JsonProperty renamed = accessor.getAnnotation(JsonProperty.class);
      JsonInclude include = accessor.getAnnotation(JsonInclude.class);
      properties.add(
          new Property(
              renamed != null && !renamed.value().isEmpty()
                  ? renamed.value()
                  : snakeCase(component.getName()),
              component.getName(),
              accessor,
              include == null ? JsonInclude.Include.ALWAYS : include.value()));
    }
    properties.sort(Comparator.comparing(Property::name));
    JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
    if (order != null) {
      List<String> first = Arrays.asList(order.value());
      List<Property> ordered = new ArrayList<>();
      for (String name : first) {
        properties.stream()
            .filter(p -> p.name().equals(name) || p.field().equals(name))
            .filter(p -> !ordered.contains(p))
            .findFirst()
            .ifPresent(ordered::add);
      }
      properties.stream().filter(p -> !ordered.contains(p)).forEach(ordered::add);
      properties = ordered;
    }
    return List.copyOf(properties);
  }

  /**
   * {@code name} in snake case as Jackson's {@code SNAKE_CASE} strategy writes it: an underscore
   * before each upper-case letter that does not follow another one or an underscore, every letter
   * in lower case ({@code timeZone} becomes {@code time_zone}, {@code pageURL} {@code page_url}).
   */
  static String snakeCase(String name) {
    StringBuilder snake = new StringBuilder(name.length() + 8);
    boolean previousUpper = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i == 0 && c == '_') {
        continue;
      }
      if (Character.isUpperCase(c)) {
        if (!previousUpper && snake.length() > 0 && snake.charAt(snake.length() - 1) != '_') {
          snake.append('_');
        }
        c = Character.toLowerCase(c);
        previousUpper = true;
      } else {
        previousUpper = false;
      }
      snake.append(c);
    }
    return snake.toString();
  }
}
