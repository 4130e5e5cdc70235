package dev.outpost.words;

import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Map;

/**
 * The date patterns CLDR gives each supported language for the skeletons the site uses, written out
 * once here so that a build need not load ICU's pattern generator, which costs more than everything
 * else the site asks of ICU. {@code DatePatternsTest} checks each against the generator; a skeleton
 * not listed here is resolved by it.
 */
final class DatePatterns {
  /** The skeletons written out below, in the order of each language's patterns. */
  static final List<String> SKELETONS = List.of("yMMMdHHmm", "HHmm", "yMMMd", "yMMMM");

  /** Each supported language's pattern for each of {@link #SKELETONS}, in that order. */
  static final Map<String, List<String>> PATTERNS =
      Map.ofEntries(
          Map.entry("en", List.of("MMM d, y, HH:mm", "HH:mm", "MMM d, y", "MMMM y")),
          Map.entry("de", List.of("d. MMM y, HH:mm", "HH:mm", "d. MMM y", "MMMM y")),
          Map.entry("fr", List.of("d MMM y, HH:mm", "HH:mm", "d MMM y", "MMMM y")),
          Map.entry("es", List.of("d MMM y, H:mm", "H:mm", "d MMM y", "MMMM 'de' y")),
          Map.entry(
              "pt-BR",
              List.of("d 'de' MMM 'de' y, HH:mm", "HH:mm", "d 'de' MMM 'de' y", "MMMM 'de' y")),
          Map.entry("it", List.of("d MMM y, HH:mm", "HH:mm", "d MMM y", "MMMM y")),
          Map.entry("nl", List.of("d MMM y, HH:mm", "HH:mm", "d MMM y", "MMMM y")),
          Map.entry("pl", List.of("d MMM y, HH:mm", "HH:mm", "d MMM y", "LLLL y")),
          Map.entry("ja", List.of("y年M月d日 H:mm", "H:mm", "y年M月d日", "y年M月")),
          Map.entry("zh-CN", List.of("y年M月d日 HH:mm", "HH:mm", "y年M月d日", "y年M月")));

  private DatePatterns() {}

  /** The pattern of the supported language {@code tag} for the CLDR skeleton {@code skeleton}. */
  static String of(String tag, String skeleton) {
    int index = SKELETONS.indexOf(skeleton);
    List<String> patterns = PATTERNS.get(tag);
    if (index >= 0 && patterns != null) {
      return patterns.get(index);
    }
    return generated(tag, skeleton);
  }

  /** The pattern ICU's generator gives {@code tag} for {@code skeleton}. */
  static String generated(String tag, String skeleton) {
    return DateTimePatternGenerator.getInstance(ULocale.forLanguageTag(tag))
        .getBestPattern(skeleton);
  }
}
