package dev.outpost.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.outpost.config.ConfigReader;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status workflow runs notify after the deploy, with the secrets the config names. */
class NotifyWorkflowTest {
  @TempDir Path dir;

  JsonNode workflow(String config) throws Exception {
    Problems problems = new Problems();
    SiteConfig site =
        ConfigReader.parse(config, dir.resolve("outpost.yml"), problems).orElseThrow();
    assertEquals(List.of(), problems.sorted());
    String text =
        Scaffold.plan(dir, config, site, "outpost-status/outpost@v1", true, false, false).stream()
            .filter(f -> f.path().endsWith(".github/workflows/status.yml"))
            .findFirst()
            .orElseThrow()
            .text();
    return new ObjectMapper(new YAMLFactory()).readTree(text);
  }

  @Test
  void notifyRunsAfterTheDeployWithEverySecretTheConfigNames() throws Exception {
    JsonNode notify =
        workflow(
                """
                site: { title: Acme, url: "https://a.example/" }
                components: [{ id: api, name: API }]
                notifications:
                  - { type: slack, url: env:SLACK_WEBHOOK_URL }
                  - type: email
                    to: [list@a.example]
                    from: status@a.example
                    smtp: { host: smtp.a.example, username: env:SMTP_USER, password: env:SMTP_PASSWORD }
                """)
            .at("/jobs/notify");
    assertEquals("[\"build\",\"deploy\"]", notify.path("needs").toString());
    JsonNode step = notify.at("/steps/1");
    assertEquals("outpost-status/outpost@v1", step.path("uses").asText());
    assertEquals("notify", step.at("/with/command").asText());
    assertEquals("${{ secrets.SLACK_WEBHOOK_URL }}", step.at("/env/SLACK_WEBHOOK_URL").asText());
    assertEquals("${{ secrets.SMTP_PASSWORD }}", step.at("/env/SMTP_PASSWORD").asText());
    assertEquals(3, step.path("env").size());
  }

  @Test
  void withoutChannelsTheStepSaysHowToGiveSecrets() throws Exception {
    JsonNode step =
        workflow(
                """
                site: { title: Acme, url: "https://a.example/" }
                components: [{ id: api, name: API }]
                """)
            .at("/jobs/notify/steps/1");
    assertEquals("notify", step.at("/with/command").asText());
    assertTrue(step.path("env").isMissingNode());
  }
}
