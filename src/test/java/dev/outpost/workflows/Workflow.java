package dev.outpost.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a GitHub Actions workflow file that decide which runs build and deploy: the
 * workflow's {@code concurrency}, and each job's {@code needs}, {@code if}, {@code concurrency} and
 * steps.
 *
 * @param group the workflow-level concurrency group, or {@code null}
 * @param jobs the jobs in file order
 */
record Workflow(Group group, Map<String, Job> jobs) {
  /** A concurrency group; {@code cancelInProgress} true cancels a running job too. */
  record Group(String name, boolean cancelInProgress) {}

  /**
   * @param condition the job-level {@code if:}, or {@code null}
   * @param group the job-level concurrency group, or {@code null}
   * @param uses what its steps use, such as {@code actions/deploy-pages@v4}
   */
  record Job(String id, List<String> needs, String condition, Group group, List<String> uses) {
    boolean uses(String prefix) {
      return uses.stream().anyMatch(u -> u.startsWith(prefix));
    }
  }

  static Workflow parse(String yaml) throws IOException {
    JsonNode root = new YAMLMapper().readTree(yaml);
    Map<String, Job> jobs = new LinkedHashMap<>();
    root.path("jobs")
        .fields()
        .forEachRemaining(
            entry -> {
              JsonNode job = entry.getValue();
              List<String> needs = new ArrayList<>();
              JsonNode need = job.path("needs");
              if (need.isTextual()) {
                needs.add(need.asText());
              } else {
                need.forEach(n -> needs.add(n.asText()));
              }
              List<String> uses = new ArrayList<>();
              job.path("steps").forEach(step -> uses.add(step.path("uses").asText("")));
              String condition = job.hasNonNull("if") ? job.get("if").asText() : null;
              jobs.put(
                  entry.getKey(),
                  new Job(entry.getKey(), needs, condition, group(job.get("concurrency")), uses));
            });
    return new Workflow(group(root.get("concurrency")), jobs);
  }

  private static Group group(JsonNode concurrency) {
    if (concurrency == null || concurrency.isNull()) {
      return null;
    }
    if (concurrency.isTextual()) {
      return new Group(concurrency.asText(), false);
    }
    String name = concurrency.path("group").asText();
    if (name.contains("${{")) {
      throw new IllegalArgumentException("a concurrency group made by an expression: " + name);
    }
    if (concurrency.has("queue")) {
      throw new IllegalArgumentException("the queue setting is not modelled");
    }
    JsonNode cancel = concurrency.path("cancel-in-progress");
    if (cancel.isTextual()) {
      throw new IllegalArgumentException("cancel-in-progress by an expression is not modelled");
    }
    return new Group(name, cancel.asBoolean(false));
  }
}
