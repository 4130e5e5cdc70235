package dev.outpost.actions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.outpost.source.github.LabelNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event that started the workflow, from {@code GITHUB_EVENT_NAME} and the payload at {@code
 * GITHUB_EVENT_PATH}. A status workflow runs on every issue and comment of its repository; most of
 * them are not about outages, and rebuilding for them would only spend time and API requests.
 *
 * @param name such as {@code issues}, {@code issue_comment}, {@code push}
 * @param action such as {@code labeled}; empty for events without one
 * @param issue the issue's number, or 0
 * @param labels the issue's labels, and for {@code labeled}/{@code unlabeled} the label itself
 */
public record TriggeringEvent(String name, String action, int issue, Set<String> labels) {
  /** The event of this run, if it runs in GitHub Actions and the payload can be read. */
  public static Optional<TriggeringEvent> of(Map<String, String> env) {
    String name = env.get("GITHUB_EVENT_NAME");
    String path = env.get("GITHUB_EVENT_PATH");
    if (name == null || name.isBlank() || path == null || path.isBlank()) {
      return Optional.empty();
    }
    try (JsonParser json = new JsonFactory().createParser(Path.of(path).toFile())) {
      return Optional.of(read(name, json));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The event from its payload, read as it streams by: only {@code action}, {@code label.name},
   * {@code issue.number} and {@code issue.labels[].name} matter, and a payload can be large.
   */
  static TriggeringEvent read(String name, JsonParser json) throws IOException {
    String action = "";
    int issue = 0;
    Set<String> labels = new LinkedHashSet<>();
    String label = null;
    if (json.nextToken() != JsonToken.START_OBJECT) {
      throw new IOException("the event payload is not a JSON object");
    }
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      JsonToken value = json.nextToken();
      if (field.equals("action") && value == JsonToken.VALUE_STRING) {
        action = json.getText();
      } else if (field.equals("label") && value == JsonToken.START_OBJECT) {
        label = nameOf(json);
      } else if (field.equals("issue") && value == JsonToken.START_OBJECT) {
        issue = issue(json, labels);
      } else {
        json.skipChildren();
      }
    }
    if (label != null) {
      labels.add(label);
    }
    return new TriggeringEvent(name, action, issue, labels);
  }

  /**
   * The number of the issue object whose start the parser is at, read to its end, adding the names
   * of its labels to {@code labels}.
   */
  private static int issue(JsonParser json, Set<String> labels) throws IOException {
    int number = 0;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      JsonToken value = json.nextToken();
      if (field.equals("number") && value == JsonToken.VALUE_NUMBER_INT) {
        number = json.getIntValue();
      } else if (field.equals("labels") && value == JsonToken.START_ARRAY) {
        for (JsonToken item = json.nextToken();
            item != JsonToken.END_ARRAY;
            item = json.nextToken()) {
          if (item != JsonToken.START_OBJECT) {
            json.skipChildren();
            continue;
          }
          String labelName = nameOf(json);
          if (labelName != null) {
            labels.add(labelName);
          }
        }
      } else {
        json.skipChildren();
      }
    }
    return number;
  }

  /** The {@code name} text of the object whose start the parser is at, read to its end. */
  private static String nameOf(JsonParser json) throws IOException {
    String name = null;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      if (json.nextToken() == JsonToken.VALUE_STRING && field.equals("name")) {
        name = json.getText();
      } else {
        json.skipChildren();
      }
    }
    return name;
  }

  /**
   * Whether the page can change because of this event: always, except for an issue or comment event
   * on an issue that carries none of {@code watched} (nor had one just removed), label names
   * compared as GitHub does, ignoring case.
   */
  public boolean concerns(Collection<String> watched) {
    if (!name.equals("issues") && !name.equals("issue_comment")) {
      return true;
    }
    return labels.stream().anyMatch(label -> LabelNames.contains(watched, label));
  }

  /** The event in words, such as "issues.labeled on #12". */
  public String describe() {
    return name + (action.isEmpty() ? "" : "." + action) + (issue > 0 ? " on #" + issue : "");
  }
}
