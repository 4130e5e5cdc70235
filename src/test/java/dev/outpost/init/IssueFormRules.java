package dev.outpost.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules GitHub applies to issue forms ("Syntax for issue forms" and "Common validation errors
 * when creating issue forms" in GitHub's documentation), as a checker that lists every broken one.
 */
final class IssueFormRules {
  private static final Set<String> TOP_LEVEL =
      Set.of("name", "description", "body", "assignees", "labels", "title", "projects", "type");
  private static final Set<String> TYPES =
      Set.of("markdown", "textarea", "input", "dropdown", "checkboxes");
  private static final Set<String> BOOLEAN_WORDS =
      Set.of("y", "yes", "n", "no", "true", "false", "on", "off");

  private IssueFormRules() {}

  static List<String> problems(String yaml) throws IOException {
    List<String> problems = new ArrayList<>();
    JsonNode form = new YAMLMapper().readTree(yaml);
    for (String key : List.of("name", "description", "body")) {
      if (!form.has(key)) {
        problems.add("required top level key " + key + " is missing");
      }
    }
    for (Iterator<String> keys = form.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!TOP_LEVEL.contains(key)) {
        problems.add(key + " is not a permitted key");
      }
    }
    for (String key : List.of("name", "description", "title")) {
      if (form.has(key) && !nonEmptyString(form.get(key))) {
        problems.add(key + " must be a non-empty string");
      }
    }
    JsonNode body = form.path("body");
    if (!body.isArray() || body.isEmpty()) {
      problems.add("body must be a non-empty list");
      return problems;
    }
    Set<String> ids = new HashSet<>();
    Set<String> labels = new HashSet<>();
    boolean hasInput = false;
    for (int i = 0; i < body.size(); i++) {
      JsonNode field = body.get(i);
      String at = "body[" + i + "]";
      String type = field.path("type").asText("");
      if (!TYPES.contains(type)) {
        problems.add(at + ": type must be one of " + TYPES);
        continue;
      }
      JsonNode attributes = field.path("attributes");
      if (type.equals("markdown")) {
        if (!nonEmptyString(attributes.path("value"))) {
          problems.add(at + ": markdown needs attributes.value");
        }
        if (field.has("validations")) {
          problems.add(at + ": markdown cannot have validations");
        }
        continue;
      }
      hasInput = true;
      if (field.has("id")) {
        String id = field.get("id").asText();
        if (!id.matches("[A-Za-z0-9_-]+")) {
          problems.add(at + ": id can only contain numbers, letters, -, _");
        }
        if (!ids.add(id)) {
          problems.add(at + ": id must be unique");
        }
      }
      String label = attributes.path("label").asText("");
      if (label.isBlank()) {
        problems.add(at + ": attributes.label is required");
      } else if (!labels.add(label.toLowerCase(Locale.ROOT))) {
        problems.add(at + ": label must be unique");
      }
      JsonNode required = field.path("validations").path("required");
      if (!required.isMissingNode() && !required.isBoolean()) {
        problems.add(at + ": validations.required must be a boolean");
      }
      if (type.equals("dropdown")) {
        checkOptions(attributes.path("options"), at, problems);
        JsonNode preselected = attributes.path("default");
        if (!preselected.isMissingNode()
            && (!preselected.isInt()
                || preselected.asInt() < 0
                || preselected.asInt() >= attributes.path("options").size())) {
          problems.add(at + ": default must be the index of one of the options");
        }
      } else if (attributes.has("default")) {
        problems.add(at + ": only a dropdown has a default");
      }
      if (attributes.has("value") && !attributes.get("value").isTextual()) {
        problems.add(at + ": attributes.value must be a string");
      }
      if (attributes.has("value") && !type.equals("textarea") && !type.equals("input")) {
        problems.add(at + ": only an input or a textarea has a value");
      }
    }
    if (!hasInput) {
      problems.add("body must contain at least one non-markdown field");
    }
    return problems;
  }

  private static void checkOptions(JsonNode options, String at, List<String> problems) {
    if (!options.isArray() || options.isEmpty()) {
      problems.add(at + ": dropdown options must be a non-empty list");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode option : options) {
      String text = option.asText("");
      if (!option.isTextual() || text.isBlank()) {
        problems.add(at + ": options must be non-empty strings");
      } else if (text.equalsIgnoreCase("none")) {
        problems.add(at + ": options cannot include the reserved word None");
      } else if (BOOLEAN_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
        problems.add(at + ": option " + text + " would be read as a boolean");
      } else if (!seen.add(text)) {
        problems.add(at + ": options must be unique");
      }
    }
  }

  private static boolean nonEmptyString(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank();
  }
}
