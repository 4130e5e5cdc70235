package dev.outpost.init;

import dev.outpost.config.Values;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The components {@code outpost init} is given: {@code id=Name} entries, comma-separated. */
public final class ComponentList {
  private ComponentList() {}

  /** What is wrong with {@code list}, or nothing: each id valid and used once, at least one. */
  public static Optional<String> problem(String list) {
    Map<String, String> seen = new LinkedHashMap<>();
    for (String entry : list.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      String id = id(entry);
      Optional<String> invalid = Values.id(id);
      if (invalid.isPresent()) {
        return Optional.of(invalid.get() + " in `" + entry.strip() + "`; write each as id=Name");
      }
      if (seen.put(id, entry) != null) {
        return Optional.of("component id `" + id + "` is given twice");
      }
    }
    return seen.isEmpty()
        ? Optional.of("no components: name at least one, as id=Name (api=API)")
        : Optional.empty();
  }

  /** Ids to names, in order; a name left out is the id. Check {@link #problem} first. */
  public static Map<String, String> parse(String list) {
    Map<String, String> parsed = new LinkedHashMap<>();
    for (String entry : list.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      int equals = entry.indexOf('=');
      String name = equals < 0 ? "" : entry.substring(equals + 1).strip();
      parsed.put(id(entry), name.isEmpty() ? id(entry) : name);
    }
    return parsed;
  }

  private static String id(String entry) {
    int equals = entry.indexOf('=');
    return (equals < 0 ? entry : entry.substring(0, equals)).strip();
  }
}
