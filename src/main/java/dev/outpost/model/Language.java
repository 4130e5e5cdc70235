package dev.outpost.model;

import java.util.Map;

/**
 * The language the site is written in, and the site's own wording of some of its strings.
 *
 * @param tag the BCP 47 tag of a supported language, such as {@code de} or {@code pt-BR}
 * @param strings messages by key that take the place of the language's own
 */
public record Language(String tag, Map<String, String> strings) {
  /** English, in Outpost's words. */
  public static final Language ENGLISH = new Language("en", Map.of());

  public Language {
    strings = Map.copyOf(strings);
  }
}
