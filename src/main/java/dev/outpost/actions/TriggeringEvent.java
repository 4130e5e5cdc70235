package dev.outpost.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The event of this run, if it runs in GitHub Actions and the payload can be read. */
  public static Optional<TriggeringEvent> of(Map<String, String> env) {
    String name = env.get("GITHUB_EVENT_NAME");
    String path = env.get("GITHUB_EVENT_PATH");
    if (name == null || name.isBlank() || path == null || path.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(read(name, JSON.readTree(Path.of(path).toFile())));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static TriggeringEvent read(String name, JsonNode payload) {
    JsonNode issue = payload.path("issue");
    Set<String> labels = new LinkedHashSet<>();
    for (JsonNode label : issue.path("labels")) {
      labels.add(label.path("name").asText());
    }
    if (payload.path("label").has("name")) {
      labels.add(payload.path("label").path("name").asText());
    }
    return new TriggeringEvent(
        name, payload.path("action").asText(""), issue.path("number").asInt(0), labels);
  }

  /**
   * Whether the page can change because of this event: always, except for an issue or comment event
   * on an issue that carries none of {@code watched} (nor had one just removed).
   */
  public boolean concerns(Collection<String> watched) {
    if (!name.equals("issues") && !name.equals("issue_comment")) {
      return true;
    }
    return labels.stream().anyMatch(watched::contains);
  }

  /** The event in words, such as "issues.labeled on #12". */
  public String describe() {
    return name + (action.isEmpty() ? "" : "." + action) + (issue > 0 ? " on #" + issue : "");
  }
}
