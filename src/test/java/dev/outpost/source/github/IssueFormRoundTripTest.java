package dev.outpost.source.github;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.outpost.init.IssueForms;
import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Incident;
import dev.outpost.model.Maintenance;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What `outpost init` writes as issue forms, filled in and turned into an issue body the way GitHub
 * does (a {@code ### Label} section per field, {@code _No response_} for empty ones), is read back
 * into the incident it describes.
 */
class IssueFormRoundTripTest extends GitHubTestBase {
  private final IssueForms forms = new IssueForms(CONFIG, "outage", "maintenance");

  @Test
  void aFilledInOutageFormBecomesTheIncident() throws IOException {
    String body =
        body(
            forms.outage(),
            Map.of(
                "components", "API, Database",
                "impact", "Degraded performance",
                "summary", "Searches take 20 seconds.",
                "start", "2026-11-20 09:45",
                "workaround", "Filter by date."));
    givenIssues(Issue.outage(21).body(body));

    whenRead();

    Incident incident = incident(21);
    assertEquals(Instant.parse("2026-11-20T09:45:00Z"), incident.started());
    assertEquals(
        Map.of(
            "api", ComponentStatus.DEGRADED_PERFORMANCE,
            "db", ComponentStatus.DEGRADED_PERFORMANCE),
        incident.updates().get(0).components());
    thenProblems();
  }

  @Test
  void aFilledInMaintenanceFormBecomesTheWindow() throws IOException {
    String body =
        body(
            forms.maintenance(),
            Map.of(
                "components", "Website",
                "start", "2026-11-25 02:00",
                "end", "2026-11-25 04:00",
                "summary", "The site is read-only."));
    givenIssues(Issue.bare(22).labelled("maintenance", "alice", Issue.CREATED).body(body));

    whenRead();

    Maintenance window = maintenance(22);
    assertEquals(Instant.parse("2026-11-25T02:00:00Z"), window.start());
    assertEquals(Instant.parse("2026-11-25T04:00:00Z"), window.end());
    assertEquals(java.util.List.of("web"), window.components());
    thenProblems();
  }

  /** The body GitHub writes for a submitted form: every field's label and answer, in order. */
  private static String body(String form, Map<String, String> answers) throws IOException {
    StringBuilder body = new StringBuilder();
    for (JsonNode field : new YAMLMapper().readTree(form).path("body")) {
      if (field.path("type").asText().equals("markdown")) {
        continue;
      }
      String answer = answers.getOrDefault(field.path("id").asText(), "_No response_");
      body.append("### ")
          .append(field.path("attributes").path("label").asText())
          .append("\n\n")
          .append(answer)
          .append("\n\n");
    }
    return body.toString().strip();
  }
}
