package dev.outpost.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a workflow, or a composite action, and names what would let it do more than it must: a job
 * without {@code permissions:} of its own, a {@code pull_request_target} or {@code workflow_run}
 * trigger (which run with a write token on behalf of someone else's code), text an outsider writes
 * ({@code github.event.issue.title}, {@code comment.body}, {@code head_ref}, {@code
 * client_payload}, …) put into a script through {@code ${{ }}}, and a token permission that no step
 * of its job needs.
 *
 * <p>What a step needs comes from a table, written from each action's documentation: GitHub
 * publishes nothing a program could read. So an action missing from the table, a reusable workflow,
 * or a script given the token for a command the table does not know is itself a problem: the audit
 * says it cannot tell rather than guess. What it cannot see either: what an action does with the
 * token beyond its documented needs, the actions a composite action runs inside it, and which
 * Outpost commands reach GitHub for a given {@code outpost.yml} (a build with no repository reads
 * no issues; the table assumes it does).
 */
final class WorkflowAudit {
  /** A token permission's level, in order. */
  enum Level {
    NONE,
    READ,
    WRITE;

    static Level of(String text) {
      return switch (text) {
        case "read" -> READ;
        case "write" -> WRITE;
        case "none" -> NONE;
        default -> throw new IllegalArgumentException("unknown permission level " + text);
      };
    }

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** What an action needs, by its name without the reference: scope to level. */
  static final Map<String, Map<String, Level>> ACTIONS =
      Map.ofEntries(
          Map.entry("actions/checkout", Map.of("contents", Level.READ)),
          Map.entry("actions/configure-pages", Map.of("pages", Level.READ)),
          Map.entry("actions/deploy-pages", Map.of("pages", Level.WRITE, "id-token", Level.WRITE)),
          // The signing certificate comes from the job's OIDC token; the attestation is stored
          // with the repository.
          Map.entry(
              "actions/attest-build-provenance",
              Map.of("id-token", Level.WRITE, "attestations", Level.WRITE)),
          // Artifacts and the cache are reached with the runner's own token, not GITHUB_TOKEN.
          Map.entry("actions/upload-pages-artifact", Map.of()),
          Map.entry("actions/upload-artifact", Map.of()),
          Map.entry("actions/cache", Map.of()),
          Map.entry("actions/cache/restore", Map.of()),
          Map.entry("actions/cache/save", Map.of()),
          Map.entry("actions/setup-java", Map.of()),
          // Its token is the GitHub App's, asked for with the App's key, not GITHUB_TOKEN.
          Map.entry("actions/create-github-app-token", Map.of()));

  /** What a command in a script given the token needs. */
  private static final Map<Pattern, Map<String, Level>> COMMANDS =
      Map.of(
          Pattern.compile("\\bgh workflow run\\b"), Map.of("actions", Level.WRITE),
          Pattern.compile("\\bgh release (create|upload)\\b"), Map.of("contents", Level.WRITE));

  /** Text that whoever opens an issue, comments, or sends a pull request or a dispatch chooses. */
  private static final Pattern UNTRUSTED =
      Pattern.compile(
          "github\\.event\\.(issue|pull_request|discussion)\\.(title|body)\\b"
              + "|github\\.event\\.(comment|review|review_comment)\\.body\\b"
              + "|github\\.event\\.pages\\.[^.\\s]+\\.page_name\\b"
              + "|github\\.event\\.(commits\\.[^.\\s]+|head_commit)\\.(message|author\\.(email|name))\\b"
              + "|github\\.event\\.pull_request\\.head\\.(ref|label|repo\\.default_branch)\\b"
              + "|github\\.event\\.workflow_run\\.(head_branch|display_title|head_commit)\\b"
              + "|github\\.event\\.client_payload\\b"
              + "|github\\.head_ref\\b"
              + "|github\\.event\\s*(\\)|$)");

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{(.*?)}}", Pattern.DOTALL);

  private static final Pattern TOKEN = Pattern.compile("github\\.token|secrets\\.GITHUB_TOKEN");

  private WorkflowAudit() {}

  /** The problems of the workflow {@code yaml}, each starting with {@code name}. */
  static List<String> workflow(String name, String yaml) throws IOException {
    JsonNode root = new YAMLMapper().readTree(yaml);
    List<String> problems = new ArrayList<>();
    JsonNode on = root.has("on") ? root.get("on") : root.path("true");
    for (String trigger : List.of("pull_request_target", "workflow_run")) {
      if (on.has(trigger) || textIn(on, trigger)) {
        problems.add(
            name
                + ": runs on "
                + trigger
                + ", with a token of the repository for what someone else's code did");
      }
    }
    root.path("jobs")
        .fields()
        .forEachRemaining(job -> job(name + ": job " + job.getKey(), job.getValue(), problems));
    return problems;
  }

  /**
   * The problems of the composite action {@code yaml}: untrusted text, or any input (which a
   * workflow may fill with untrusted text), in a script through {@code ${{ }}}.
   */
  static List<String> action(String name, String yaml) throws IOException {
    JsonNode root = new YAMLMapper().readTree(yaml);
    List<String> problems = new ArrayList<>();
    int index = 0;
    for (JsonNode step : root.path("runs").path("steps")) {
      index++;
      for (String expression : expressions(step.path("run").asText(""))) {
        if (UNTRUSTED.matcher(expression).find() || expression.contains("inputs.")) {
          problems.add(
              name
                  + ": step "
                  + label(step, index)
                  + " puts ${{"
                  + expression
                  + "}} in its script");
        }
      }
    }
    return problems;
  }

  private static void job(String where, JsonNode job, List<String> problems) {
    if (job.has("uses")) {
      problems.add(
          where
              + " calls the reusable workflow "
              + job.get("uses").asText()
              + ", whose needs the table does not know");
      return;
    }
    Map<String, Level> needed = new LinkedHashMap<>();
    Map<String, String> neededBy = new LinkedHashMap<>();
    int index = 0;
    for (JsonNode step : job.path("steps")) {
      index++;
      String label = label(step, index);
      // In the order of the scopes' names, so that the problems come in one order.
      Map<String, Level> needs = new TreeMap<>(needs(step, where + " step " + label, problems));
      needs.forEach(
          (scope, level) -> {
            if (level.compareTo(needed.getOrDefault(scope, Level.NONE)) > 0) {
              needed.put(scope, level);
              neededBy.put(scope, label);
            }
          });
      List<String> scripts = new ArrayList<>(List.of(step.path("run").asText("")));
      if (step.path("uses").asText("").startsWith("actions/github-script@")) {
        scripts.add(step.path("with").path("script").asText(""));
      }
      for (String script : scripts) {
        for (String expression : expressions(script)) {
          if (UNTRUSTED.matcher(expression).find()) {
            problems.add(
                where
                    + " step "
                    + label
                    + " puts ${{"
                    + expression
                    + "}} in its script; pass it through env: instead");
          }
        }
      }
    }
    if (!job.has("permissions")) {
      problems.add(where + " has no permissions: of its own");
      return;
    }
    JsonNode permissions = job.get("permissions");
    if (permissions.isTextual()) {
      problems.add(where + " grants " + permissions.asText() + "; name each permission it needs");
      return;
    }
    Map<String, Level> granted = new LinkedHashMap<>();
    permissions
        .fields()
        .forEachRemaining(e -> granted.put(e.getKey(), Level.of(e.getValue().asText())));
    granted.forEach(
        (scope, level) -> {
          Level need = needed.getOrDefault(scope, Level.NONE);
          if (level == Level.NONE) {
            return;
          }
          if (need == Level.NONE) {
            problems.add(where + " grants " + scope + ": " + level + ", which no step needs");
          } else if (level.compareTo(need) > 0) {
            problems.add(
                where
                    + " grants "
                    + scope
                    + ": "
                    + level
                    + ", where step "
                    + neededBy.get(scope)
                    + " needs only "
                    + need);
          }
        });
    needed.forEach(
        (scope, need) -> {
          if (granted.getOrDefault(scope, Level.NONE).compareTo(need) < 0) {
            problems.add(
                where
                    + " step "
                    + neededBy.get(scope)
                    + " needs "
                    + scope
                    + ": "
                    + need
                    + ", which the job does not grant");
          }
        });
  }

  /** What {@code step} needs of the token; a problem when the table cannot tell. */
  private static Map<String, Level> needs(JsonNode step, String where, List<String> problems) {
    if (step.has("uses")) {
      String uses = step.get("uses").asText();
      if (uses.equals("./") || uses.startsWith("outpost-status/outpost@")) {
        return outpost(step.path("with"));
      }
      String action = uses.contains("@") ? uses.substring(0, uses.indexOf('@')) : uses;
      Map<String, Level> needs = ACTIONS.get(action);
      if (needs == null) {
        problems.add(where + " uses " + action + ", which the permission table does not know");
        return Map.of();
      }
      return needs;
    }
    String script = step.path("run").asText("");
    boolean token =
        TOKEN.matcher(script).find() || TOKEN.matcher(step.path("env").toString()).find();
    Map<String, Level> needs = new LinkedHashMap<>();
    if (script.matches("(?s).*\\bgit push\\b.*")) {
      needs.put("contents", Level.WRITE);
    }
    if (token) {
      COMMANDS.forEach(
          (command, need) -> {
            if (command.matcher(script).find()) {
              needs.putAll(need);
            }
          });
      if (needs.isEmpty()) {
        problems.add(where + " gives its script the token for commands the table does not know");
      }
    }
    return needs;
  }

  /** What Outpost's action needs for the command and inputs of its step. */
  private static Map<String, Level> outpost(JsonNode with) {
    String command = with.path("command").asText("build");
    boolean offline = with.path("args").asText("").contains("--offline");
    if (offline) {
      return Map.of();
    }
    return switch (command) {
      case "build" ->
          Map.of(
              "issues", with.path("pin").asText("false").equals("true") ? Level.WRITE : Level.READ);
      case "notify" -> Map.of("issues", Level.READ);
      case "check", "alert", "pin" -> Map.of("issues", Level.WRITE);
      default -> Map.of();
    };
  }

  private static List<String> expressions(String script) {
    List<String> expressions = new ArrayList<>();
    Matcher matcher = EXPRESSION.matcher(script);
    while (matcher.find()) {
      expressions.add(matcher.group(1));
    }
    return expressions;
  }

  private static String label(JsonNode step, int index) {
    return step.has("name")
        ? index + " (" + step.get("name").asText() + ")"
        : String.valueOf(index);
  }

  private static boolean textIn(JsonNode node, String text) {
    if (node.isTextual()) {
      return node.asText().equals(text);
    }
    for (JsonNode item : node) {
      if (item.isTextual() && item.asText().equals(text)) {
        return true;
      }
    }
    return false;
  }
}
