package dev.outpost.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.outpost.model.Problem;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code notifications:} is validated, with line and column, before anything is sent. */
class NotificationsConfigTest {
  static final String HEAD =
      """
      site: { title: Acme, url: "https://a.example/" }
      components:
        - { id: api, name: API }
      """;

  static List<String> problems(String notifications) {
    Problems problems = new Problems();
    ConfigReader.parse(HEAD + notifications, Path.of("outpost.yml"), problems);
    return problems.sorted().stream().map(Problem::format).toList();
  }

  @Test
  void theListAloneAndTheMapWithSettingsAreRead() {
    Problems problems = new Problems();
    SiteConfig config =
        ConfigReader.parse(
                HEAD
                    + """
                    notifications:
                      reminder: 30m
                      horizon: 1h
                      channels:
                        - { type: slack, url: env:SLACK_WEBHOOK_URL, components: [api] }
                    """,
                Path.of("outpost.yml"),
                problems)
            .orElseThrow();
    assertEquals(List.of(), problems.sorted());
    assertEquals(Duration.ofMinutes(30), config.notifications().reminder());
    assertEquals(Duration.ofHours(1), config.notifications().horizon());
    Notifications.Channel slack = config.notifications().channels().get(0);
    assertEquals("SLACK_WEBHOOK_URL", slack.url().variable());
    assertEquals(8, slack.url().line());
    assertEquals(List.of("api"), slack.components());
  }

  @Test
  void everyMistakeIsNamedWhereItIs() {
    assertEquals(
        List.of(
            "outpost.yml:5:13: unknown channel type `slak`; use one of slack, discord, teams,"
                + " webhook, email",
            "outpost.yml:6:25: `url` must name an environment variable, as env:NAME (such as"
                + " env:SLACK_WEBHOOK_URL); outpost.yml never holds a secret itself",
            "outpost.yml:7:5: missing `url` for a discord channel: the webhook's address as"
                + " env:NAME",
            "outpost.yml:7:35: unknown component `apii`; did you mean `api`?",
            "outpost.yml:8:32: `secret` is not for slack channels",
            "outpost.yml:9:5: missing `smtp` for an email channel: the mail server"),
        problems(
            """
            notifications:
              - { type: slak, url: env:X }
              - { type: slack, url: "https://hooks.slack.com/services/T0/B0/xyz" }
              - { type: discord, components: [apii] }
              - { type: slack, url: env:A, secret: env:B }
              - { type: email, to: [a@b.example], from: c@d.example }
            """));
  }

  @Test
  void anEmailSignUpIsAnAbsoluteLinkForTheSubscribeSection() {
    Problems problems = new Problems();
    SiteConfig config =
        ConfigReader.parse(
                HEAD
                    + """
                    notifications:
                      signup: https://groups.example/g/acme-status
                    """,
                Path.of("outpost.yml"),
                problems)
            .orElseThrow();
    assertEquals(List.of(), problems.sorted());
    assertEquals(
        URI.create("https://groups.example/g/acme-status"),
        config.notifications().subscriptions().signup());
    assertEquals(
        List.of(
            "outpost.yml:5:11: expected an absolute http, https or mailto URL for `signup`, found"
                + " `lists/acme`"),
        problems(
            """
            notifications:
              signup: lists/acme
            """));
  }

  @Test
  void aSecretWrittenInTheFileIsNeverRepeated() {
    List<String> problems =
        problems(
            """
            notifications:
              - { type: slack, url: "https://hooks.slack.com/services/T0/B0/xyz" }
            """);
    assertEquals(1, problems.size());
    assertFalse(problems.get(0).contains("xyz"), problems.get(0));
  }
}
