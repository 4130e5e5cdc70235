package dev.outpost.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.config.ConfigReader;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
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

  private static SiteConfig demo() {
    Problems problems = new Problems();
    SiteConfig config = ConfigReader.read(Path.of("outpost.yml"), problems).orElseThrow();
    assertTrue(problems.isEmpty());
    return config;
  }
}
