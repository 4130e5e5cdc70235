package dev.outpost.words;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message catalogues: {@code dev/outpost/words/<tag>.properties}, UTF-8, one ICU message a key
 * (named arguments such as {@code {count, plural, one {# incident} other {# incidents}}}). English
 * is the reference: every other catalogue has exactly its keys, with the same arguments.
 */
public final class Catalogue {
  private static final Map<String, Map<String, String>> LOADED = new ConcurrentHashMap<>();

  private Catalogue() {}

  /** The messages of the supported language {@code tag}, by key, sorted. */
  public static Map<String, String> of(String tag) {
    if (!Languages.SUPPORTED.contains(tag)) {
      throw new IllegalArgumentException("unsupported language " + tag);
    }
    return LOADED.computeIfAbsent(tag, t -> read("dev/outpost/words/" + t + ".properties"));
  }

  /** The messages of the catalogue at the class-path resource {@code resource}, sorted by key. */
  public static Map<String, String> read(String resource) {
    try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing message catalogue " + resource);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The messages of a catalogue read from {@code text}, sorted by key. */
  public static Map<String, String> read(Reader text) throws IOException {
    Properties properties = new Properties();
    properties.load(text);
    Map<String, String> messages = new TreeMap<>();
    properties.forEach((k, v) -> messages.put((String) k, (String) v));
    return Map.copyOf(messages);
  }

  /**
   * The names of the arguments of {@code message}, sorted.
   *
   * @throws IllegalArgumentException when it is not a valid ICU message, or numbers its arguments
   */
  public static Set<String> arguments(String message) {
    MessageFormat format = new MessageFormat(message, ULocale.ENGLISH);
    Set<String> names = new TreeSet<>(format.getArgumentNames());
    if (!names.isEmpty() && !format.usesNamedArguments()) {
      throw new IllegalArgumentException("arguments must be named, such as {count}");
    }
    return names;
  }

  /**
   * How the catalogue {@code other} differs from {@code reference} (English): each key it lacks,
   * each key it has that the reference does not, each message that is not a valid ICU message, and
   * each message whose arguments are not the reference's, one sentence each, by key.
   */
  public static List<String> differences(Map<String, String> reference, Map<String, String> other) {
    List<String> differences = new ArrayList<>();
    for (String key : new TreeSet<>(reference.keySet())) {
      if (!other.containsKey(key)) {
        differences.add("lacks `" + key + "`");
      }
    }
    for (String key : new TreeSet<>(other.keySet())) {
      String message = other.get(key);
      if (!reference.containsKey(key)) {
        differences.add("has `" + key + "`, which English does not have");
        continue;
      }
      Set<String> expected = arguments(reference.get(key));
      try {
        Set<String> found = arguments(message);
        if (!found.equals(expected)) {
          differences.add(
              "`"
                  + key
                  + "` has the placeholders "
                  + braces(found)
                  + ", English "
                  + braces(expected));
        }
      } catch (IllegalArgumentException e) {
        differences.add("`" + key + "` is not a valid message: " + e.getMessage());
      }
    }
    return differences;
  }

  /**
   * What is wrong with {@code message} as the text of {@code key}, or empty when nothing is: a key
   * English does not have, a message that is not a valid ICU message, or one whose arguments are
   * not English's.
   */
  public static Optional<String> problem(String key, String message) {
    String english = of(Languages.ENGLISH).get(key);
    if (english == null) {
      return Optional.of("unknown string `" + key + "`");
    }
    Set<String> expected = arguments(english);
    Set<String> found;
    try {
      found = arguments(message);
    } catch (IllegalArgumentException e) {
      return Optional.of(
          "the string `"
              + key
              + "` is not a valid message ("
              + e.getMessage()
              + ")"
              + hint(expected));
    }
    if (!found.equals(expected)) {
      return Optional.of(
          "the string `" + key + "` has the placeholders " + braces(found) + hint(expected));
    }
    return Optional.empty();
  }

  private static String hint(Set<String> expected) {
    return expected.isEmpty()
        ? "; it takes no placeholders"
        : "; it must use exactly " + braces(expected);
  }

  private static String braces(Set<String> names) {
    if (names.isEmpty()) {
      return "none";
    }
    StringBuilder text = new StringBuilder();
    for (String name : names) {
      text.append(text.isEmpty() ? "" : ", ").append('{').append(name).append('}');
    }
    return text.toString();
  }
}
