package dev.outpost.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys a reader knows, found by asking the reader itself: a key nobody could mean is put into
 * each map, and the reader's problem ("unknown key `x`; valid keys here: `a`, `b`") names the keys
 * it knows there. A known key whose value is a map, or a list of maps, is explored the same way,
 * also when the example document does not have it. Keys are named as the docs name them: {@code
 * site.title}, {@code groups[].id}.
 */
final class KeySchema {
  private static final String NOBODY = "zqxjvw";
  private static final Pattern KNOWN =
      Pattern.compile("unknown key `" + NOBODY + "`; valid keys here: (.*)");
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());

  private final Function<String, List<String>> problems;

  /** {@code problems} reads a document's YAML text and returns its problems' messages. */
  KeySchema(Function<String, List<String>> problems) {
    this.problems = problems;
  }

  static String yaml(Map<String, Object> document) {
    try {
      return YAML.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problems of {@code document}, which an example to explore from must not have. */
  List<String> problems(Map<String, Object> document) {
    return problems.apply(yaml(document));
  }

  /** Every key of documents like {@code example}, which must read without a problem. */
  Set<String> keys(Map<String, Object> example) {
    Set<String> keys = new LinkedHashSet<>();
    walk(example, List.of(), "", keys);
    return keys;
  }

  private void walk(
      Map<String, Object> document, List<Object> path, String prefix, Set<String> out) {
    for (String key : known(document, path)) {
      out.add(prefix + key);
      List<Object> here = append(path, key);
      Object value = at(document, path).get(key);
      if (value instanceof Map<?, ?>) {
        walk(document, here, prefix + key + ".", out);
      } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
        walk(document, append(here, 0), prefix + key + "[].", out);
      } else if (value == null) {
        Map<String, Object> asMap = copy(document);
        at(asMap, path).put(key, new LinkedHashMap<>());
        Map<String, Object> asList = copy(document);
        at(asList, path).put(key, new ArrayList<>(List.of(new LinkedHashMap<>())));
        if (!known(asMap, here).isEmpty()) {
          walk(asMap, here, prefix + key + ".", out);
        } else if (!known(asList, append(here, 0)).isEmpty()) {
          walk(asList, append(here, 0), prefix + key + "[].", out);
        }
      }
    }
  }

  /** The keys the reader names as valid in the map at {@code path}; empty if it is no such map. */
  private List<String> known(Map<String, Object> document, List<Object> path) {
    Map<String, Object> probe = copy(document);
    at(probe, path).put(NOBODY, "x");
    for (String message : problems.apply(yaml(probe))) {
      Matcher m = KNOWN.matcher(message);
      if (m.matches()) {
        List<String> keys = new ArrayList<>();
        Matcher quoted = Pattern.compile("`([^`]+)`").matcher(m.group(1));
        while (quoted.find()) {
          keys.add(quoted.group(1));
        }
        return keys;
      }
    }
    return List.of();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> at(Map<String, Object> document, List<Object> path) {
    Object node = document;
    for (Object step : path) {
      node =
          step instanceof Integer i ? ((List<Object>) node).get(i) : ((Map<?, ?>) node).get(step);
    }
    return (Map<String, Object>) node;
  }

  private static List<Object> append(List<Object> path, Object step) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(step);
    return longer;
  }

  @SuppressWarnings("unchecked")
  private static <T> T copy(T node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put((String) k, copy(v)));
      return (T) copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(copy(v)));
      return (T) copy;
    }
    return node;
  }
}
