package dev.outpost.words;

import com.ibm.icu.util.ULocale;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the site can be written in, and how a language tag falls back to one of them. */
public final class Languages {
  /** The supported languages' tags, English first: each has a catalogue of that name. */
  public static final List<String> SUPPORTED =
      List.of("en", "de", "fr", "es", "pt-BR", "it", "nl", "pl", "ja", "zh-CN");

  /** The default language. */
  public static final String ENGLISH = "en";

  private Languages() {}

  /**
   * The supported language that {@code tag} (BCP 47, such as {@code de-AT}) is written in: itself
   * when supported, else the supported one of the same language ({@code de-AT} → {@code de}, {@code
   * pt} or {@code pt-PT} → {@code pt-BR}, {@code zh} or {@code zh-Hans-SG} → {@code zh-CN}).
   * Chinese in traditional characters ({@code zh-TW}, {@code zh-Hant}) is not simplified Chinese,
   * so it has none. Empty when no supported language fits.
   */
  public static Optional<String> resolve(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
    } catch (IllformedLocaleException e) {
      return Optional.empty();
    }
    String language = locale.getLanguage();
    if (language.equals("zh")) {
      String script = ULocale.addLikelySubtags(ULocale.forLocale(locale)).getScript();
      return script.equals("Hans") ? Optional.of("zh-CN") : Optional.empty();
    }
    for (String supported : SUPPORTED) {
      if (Locale.forLanguageTag(supported).getLanguage().equals(language)) {
        return Optional.of(supported);
      }
    }
    return Optional.empty();
  }
}
