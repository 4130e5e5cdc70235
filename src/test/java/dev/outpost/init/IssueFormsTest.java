package dev.outpost.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.outpost.config.ConfigReader;
import dev.outpost.config.IncidentTemplate;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Impact;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated issue forms follow GitHub's rules and carry the sections the reader expects. */
class IssueFormsTest {
  private final IssueForms forms = new IssueForms(demo(), "outage", "maintenance");

  @Test
  void theOutageFormFollowsGitHubsRules() throws IOException {
    String outage = forms.outage();

    assertEquals(List.of(), IssueFormRules.problems(outage));
    for (String section : List.of("Affected components", "Impact", "Start", "Workaround")) {
      assertTrue(outage.contains("label: " + section + "\n"), section);
    }
    assertTrue(outage.contains("- Build runners (Frankfurt)\n"), outage);
    assertTrue(outage.contains("labels:\n  - outage\n"), outage);
  }

  @Test
  void theOutageFormNamesEveryCommandOfPeoplesCommentsAndWhatAStrangersDo() {
    String outage = forms.outage().replaceAll("\\s+", " ");

    for (String command : List.of("/state", "/component", "-=operational", "/resolve")) {
      assertTrue(outage.contains("`" + command), command + " in " + outage);
    }
    assertTrue(outage.contains("anyone else's do nothing"), outage);
  }

  @Test
  void theMaintenanceFormFollowsGitHubsRules() throws IOException {
    String maintenance = forms.maintenance();

    assertEquals(List.of(), IssueFormRules.problems(maintenance));
    for (String section : List.of("Affected components", "Start", "End")) {
      assertTrue(maintenance.contains("label: " + section + "\n"), section);
    }
    assertTrue(maintenance.contains("Europe/Berlin"), maintenance);
  }

  @Test
  void aTemplateFormPrefillsItsTitleComponentsImpactAndFirstUpdate() throws IOException {
    IncidentTemplate template =
        new IncidentTemplate(
            "db-failover",
            "Database failover",
            java.util.Map.of("api", dev.outpost.model.ComponentStatus.PARTIAL_OUTAGE),
            Impact.MAJOR,
            "We are moving to the replica.\nWrites may fail for a minute.");

    String form = forms.template(template);

    assertEquals(List.of(), IssueFormRules.problems(form));
    assertTrue(form.startsWith(IssueForms.TEMPLATE_MARKER + "\n"), form);
    JsonNode tree = new YAMLMapper().readTree(form);
    assertEquals("Database failover", tree.get("title").asText());
    assertEquals("outage", tree.get("labels").get(0).asText());
    JsonNode body = tree.get("body");
    String help = body.get(0).get("attributes").get("value").asText();
    for (String command : List.of("/state", "/component", "-=operational", "/resolve")) {
      assertTrue(help.contains("`" + command), command + " in " + help);
    }
    assertEquals("Affected components", body.get(1).get("attributes").get("label").asText());
    assertEquals("api=partial_outage\n", body.get(1).get("attributes").get("value").asText());
    assertEquals("Impact", body.get(2).get("attributes").get("label").asText());
    assertEquals(
        "Major",
        body.get(2)
            .get("attributes")
            .get("options")
            .get(body.get(2).get("attributes").get("default").asInt())
            .asText());
    assertEquals(
        "We are moving to the replica.\nWrites may fail for a minute.",
        body.get(3).get("attributes").get("value").asText());
  }

  @Test
  void aTemplateWithoutImpactOrMessageAsksForTheUpdateAndLeavesImpactToTheStatuses()
      throws IOException {
    String form =
        forms.template(
            new IncidentTemplate(
                "cdn",
                "CDN degraded in one region",
                java.util.Map.of("api", dev.outpost.model.ComponentStatus.DEGRADED_PERFORMANCE),
                null,
                ""));

    assertEquals(List.of(), IssueFormRules.problems(form));
    JsonNode body = new YAMLMapper().readTree(form).get("body");
    assertEquals(List.of("components", "summary", "start"), ids(body));
    assertTrue(body.get(2).get("attributes").path("value").isMissingNode(), form);
  }

  private static List<String> ids(JsonNode body) {
    List<String> ids = new java.util.ArrayList<>();
    for (JsonNode field : body) {
      if (field.has("id")) {
        ids.add(field.get("id").asText());
      }
    }
    return ids;
  }

  private static SiteConfig demo() {
    Problems problems = new Problems();
    SiteConfig config = ConfigReader.read(Path.of("outpost.yml"), problems).orElseThrow();
    assertTrue(problems.isEmpty());
    return config;
  }
}
