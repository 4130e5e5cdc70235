package dev.outpost.config;

import dev.outpost.config.yaml.Fields;
import dev.outpost.config.yaml.Report;
import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.YamlMap;
import dev.outpost.model.Language;
import dev.outpost.words.Catalogue;
import dev.outpost.words.Languages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code site.language} (a supported language, or a tag that falls back to one) and {@code
 * site.strings} (the site's own wording of some of Outpost's strings, by key).
 */
final class LanguageReader {
  private final Report report;

  LanguageReader(Report report) {
    this.report = report;
  }

  Language read(Fields site) {
    String tag =
        site.optional("language", Types.NON_EMPTY_TEXT)
            .flatMap(text -> language(text, site))
            .orElse(Languages.ENGLISH);
    Map<String, String> strings =
        site.optional("strings", Types.MAP).map(this::strings).orElse(Map.of());
    return new Language(tag, strings);
  }

  private Optional<String> language(String text, Fields site) {
    Optional<String> tag = Languages.resolve(text.strip());
    if (tag.isEmpty()) {
      report.at(
          site.valueLocation("language"),
          "unsupported language `"
              + text.strip()
              + "`; use one of "
              + Names.quoted(Languages.SUPPORTED));
    }
    return tag;
  }

  private Map<String, String> strings(YamlMap map) {
    Map<String, String> strings = new LinkedHashMap<>();
    List<String> keys = List.copyOf(Catalogue.of(Languages.ENGLISH).keySet());
    for (YamlMap.Entry entry : map.entries()) {
      if (!keys.contains(entry.key())) {
        String hint =
            Names.closest(entry.key(), keys)
                .map(key -> "; did you mean `" + key + "`?")
                .orElse("; see the keys in docs/site.md#language");
        report.at(entry.keyLocation(), "unknown string `" + entry.key() + "`" + hint);
        continue;
      }
      Types.NON_EMPTY_TEXT
          .read(entry.value(), "`" + entry.key() + "`", report)
          .ifPresent(
              message ->
                  Catalogue.problem(entry.key(), message)
                      .ifPresentOrElse(
                          problem -> report.at(entry.value().location(), problem),
                          () -> strings.put(entry.key(), message)));
    }
    return strings;
  }
}
