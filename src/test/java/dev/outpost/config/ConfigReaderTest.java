package dev.outpost.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Component;
import dev.outpost.model.ComponentGroup;
import dev.outpost.model.Link;
import dev.outpost.model.Site;
import dev.outpost.model.UptimePolicy;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {
  @TempDir Path dir;
  private final Problems problems = new Problems();
  private Optional<SiteConfig> config;

  private void givenConfig(String yaml) throws IOException {
    Path file = dir.resolve("outpost.yml");
    Files.writeString(file, yaml);
    config = ConfigReader.read(file, problems);
  }

  private void thenProblemsAre(String... expected) {
    assertEquals(List.of(expected), ProblemLines.of(problems, dir));
  }

  private SiteConfig thenConfig() {
    thenProblemsAre();
    assertTrue(config.isPresent());
    return config.get();
  }

  private static final String MINIMAL =
      """
      site:
        title: Acme Status
        url: https://acme.github.io/status
      components:
        - id: api
          name: API
      """;

  @Test
  void aFullConfigGivesTheExactRecords() throws IOException {
    givenConfig(
        """
        site:
          title: Acme Status
          description: Live status of Acme's services
          url: https://acme.github.io/status/
          timezone: Europe/Berlin
          notice: Planned migration on Sunday, see [the blog](https://acme.example/blog).
          links:
            - { title: Acme, url: https://acme.example }
            - title: Support
              url: mailto:support@acme.example
        groups:
          - { id: core, name: Core platform, description: The API and what it needs }
          - id: web
            name: Web
        components:
          - id: api
            name: API
            description: REST and GraphQL API
            group: core
            since: 2026-03-01
          - id: dashboard
            name: Dashboard
            group: web
          - id: docs
            name: Docs
        uptime:
          days: 30
          weights: { major_outage: 1, partial_outage: 0.5, degraded_performance: 0.1 }
        """);

    assertEquals(
        new SiteConfig(
            new Site(
                "Acme Status",
                "Live status of Acme's services",
                URI.create("https://acme.github.io/status/"),
                ZoneId.of("Europe/Berlin"),
                "Planned migration on Sunday, see [the blog](https://acme.example/blog).",
                List.of(
                    new Link("Acme", URI.create("https://acme.example")),
                    new Link("Support", URI.create("mailto:support@acme.example")))),
            List.of(
                new ComponentGroup("core", "Core platform", "The API and what it needs"),
                new ComponentGroup("web", "Web", "")),
            List.of(
                new Component(
                    "api", "API", "REST and GraphQL API", "core", LocalDate.of(2026, 3, 1)),
                new Component("dashboard", "Dashboard", "", "web", null),
                new Component("docs", "Docs", "", null, null)),
            new UptimePolicy(30, 1.0, 0.5, 0.1)),
        thenConfig());
  }

  @Test
  void aMinimalConfigGetsTheDefaults() throws IOException {
    givenConfig(MINIMAL);

    assertEquals(
        new SiteConfig(
            new Site(
                "Acme Status",
                "",
                URI.create("https://acme.github.io/status/"),
                ZoneId.of("UTC"),
                "",
                List.of()),
            List.of(),
            List.of(new Component("api", "API", "", null, null)),
            UptimePolicy.DEFAULT),
        thenConfig());
  }

  @Test
  void someUptimeWeightsKeepTheOtherDefaults() throws IOException {
    givenConfig(MINIMAL + "uptime:\n  weights: { partial_outage: 0.5 }\n");

    assertEquals(new UptimePolicy(90, 1.0, 0.5, 0.0), thenConfig().uptime());
  }

  @Test
  void unknownKeysAreReportedAtTheKeyWithASuggestion() throws IOException {
    givenConfig(
        """
        site:
          title: Acme Status
          titel: Acme
          url: https://acme.github.io/status/
          colour: blue
        components:
          - id: api
            name: API
            gruop: core
        uptime:
          dayz: 30
          weights: { major: 1 }
        componets: []
        """);

    thenProblemsAre(
        "outpost.yml:3:3: unknown key `titel`; did you mean `title`?",
        "outpost.yml:5:3: unknown key `colour`; valid keys here: `title`, `description`, `url`,"
            + " `timezone`, `notice`, `links`, `logo`, `favicon`, `brand_color`, `css`, `header`,"
            + " `footer`, `language`, `strings`",
        "outpost.yml:9:5: unknown key `gruop`; did you mean `group`?",
        "outpost.yml:11:3: unknown key `dayz`; did you mean `days`?",
        "outpost.yml:12:14: unknown key `major`; valid keys here: `major_outage`,"
            + " `partial_outage`, `degraded_performance`",
        "outpost.yml:13:1: unknown key `componets`; did you mean `components`?");
  }

  @Test
  void missingRequiredKeysAreReportedAtTheirParent() throws IOException {
    givenConfig(
        """
        site:
          description: no title, no url
        components:
          - name: API
        """);

    thenProblemsAre(
        "outpost.yml:2:3: missing required key `title`",
        "outpost.yml:2:3: missing required key `url`",
        "outpost.yml:4:5: missing required key `id`");
  }

  @Test
  void anEmptyFileMissesSiteAndComponents() throws IOException {
    givenConfig("");

    thenProblemsAre(
        "outpost.yml:1:1: missing required key `components`",
        "outpost.yml:1:1: missing required key `site`");
  }

  @Test
  void aMissingFileIsAProblem() {
    config = ConfigReader.read(dir.resolve("outpost.yml"), problems);

    thenProblemsAre("outpost.yml: file not found");
    assertEquals(Optional.empty(), config);
  }

  @Test
  void wrongTypesAreReportedAtTheValue() throws IOException {
    givenConfig(
        """
        site:
          title: [Acme]
          url: https://acme.github.io/status/
          links: { title: Acme }
        groups: core
        components:
          api: { name: API }
        uptime:
          days: ninety
          weights: { major_outage: high }
        """);

    thenProblemsAre(
        "outpost.yml:2:10: expected text for `title`, found a list",
        "outpost.yml:4:10: expected a list for `links`, found a map",
        "outpost.yml:5:9: expected a list for `groups`, found text",
        "outpost.yml:7:3: expected a list for `components`, found a map",
        "outpost.yml:9:9: expected a whole number for `days`, found text",
        "outpost.yml:10:28: expected a number for `major_outage`, found text");
  }

  @Test
  void theConfigMustBeAMap() throws IOException {
    givenConfig("- site\n- components\n");

    thenProblemsAre("outpost.yml:1:1: expected a map for the config, found a list");
    assertEquals(Optional.empty(), config);
  }

  @Test
  void daysMustBeWhole() throws IOException {
    givenConfig(MINIMAL + "uptime: { days: 90.5 }\n");

    thenProblemsAre("outpost.yml:7:17: expected a whole number for `days`, found a decimal number");
  }

  @Test
  void aKeyWithoutValueIsMissing() throws IOException {
    givenConfig(
        """
        site:
          title:
          url: https://acme.github.io/status/
        components:
        """);

    thenProblemsAre(
        "outpost.yml:2:3: missing value for `title`",
        "outpost.yml:4:1: missing value for `components`");
  }

  @Test
  void idsMustBeValidAndUnique() throws IOException {
    givenConfig(
        """
        site: { title: Acme, url: https://acme.example/ }
        groups:
          - { id: core, name: Core }
          - { id: core, name: Core again }
          - { id: Web, name: Web }
        components:
          - { id: api, name: API }
          - { id: api, name: API again }
          - { id: core, name: Core }
          - { id: -docs, name: Docs }
          - { id: cdn, name: CDN, group: cor }
          - { id: dns, name: DNS, group: edge }
        """);

    thenProblemsAre(
        "outpost.yml:4:11: duplicate group id `core`; it is already used on line 3",
        "outpost.yml:5:11: invalid id `Web`: use lowercase letters, digits and dashes, starting"
            + " with a letter or digit",
        "outpost.yml:8:11: duplicate component id `api`; it is already used on line 7",
        "outpost.yml:9:11: component id `core` is also a group id; give one of them another id",
        "outpost.yml:10:11: invalid id `-docs`: use lowercase letters, digits and dashes,"
            + " starting with a letter or digit",
        "outpost.yml:11:34: unknown group `cor`; did you mean `core`?",
        "outpost.yml:12:34: unknown group `edge`; define it under `groups` or use one of `core`");
  }

  @Test
  void atLeastOneComponentIsNeeded() throws IOException {
    givenConfig(
        """
        site: { title: Acme, url: https://acme.example/ }
        components: []
        """);

    thenProblemsAre("outpost.yml:2:13: `components` needs at least one component");
  }

  @Test
  void sinceMustBeADate() throws IOException {
    givenConfig(
        """
        site: { title: Acme, url: https://acme.example/ }
        components:
          - { id: api, name: API, since: March 2026 }
          - { id: web, name: Web, since: 2026-03-01T10:00 }
        """);

    thenProblemsAre(
        "outpost.yml:3:34: cannot read date `March 2026`: write it as 2026-03-01",
        "outpost.yml:4:34: cannot read date `2026-03-01T10:00`: write it as 2026-03-01");
  }

  @Test
  void theSiteUrlMustBeAbsoluteHttp() throws IOException {
    givenConfig(
        """
        site:
          title: Acme
          url: acme.github.io/status
          links:
            - { title: Home, url: /home }
            - { title: FTP, url: "ftp://acme.example/" }
        components: [{ id: api, name: API }]
        """);

    thenProblemsAre(
        "outpost.yml:3:8: expected an absolute http(s) URL such as https://acme.github.io/status/"
            + " for `url`, found `acme.github.io/status`",
        "outpost.yml:5:27: expected an absolute http, https or mailto URL for `url`, found `/home`",
        "outpost.yml:6:26: expected an absolute http, https or mailto URL for `url`, found"
            + " `ftp://acme.example/`");
  }

  @Test
  void theTimeZoneMustBeKnown() throws IOException {
    givenConfig(
        """
        site:
          title: Acme
          url: https://acme.example/
          timezone: Europe/Berln
        components: [{ id: api, name: API }]
        """);
    givenConfig(
        """
        site:
          title: Acme
          url: https://acme.example/
          timezone: Berlin time
        components: [{ id: api, name: API }]
        """);

    thenProblemsAre(
        "outpost.yml:4:13: unknown time zone `Berlin time`; use an IANA time zone such as"
            + " Europe/Berlin, or UTC",
        "outpost.yml:4:13: unknown time zone `Europe/Berln`; did you mean `Europe/Berlin`?");
  }

  @Test
  void uptimeSettingsMustBeInRange() throws IOException {
    givenConfig(
        MINIMAL
            + """
            uptime:
              days: 0
              weights: { major_outage: 1.5, partial_outage: -0.1, degraded_performance: 0 }
            """);

    thenProblemsAre(
        "outpost.yml:8:9: `days` must be from 1 to 3650, not 0",
        "outpost.yml:9:28: `major_outage` must be from 0 to 1, not 1.5",
        "outpost.yml:9:49: `partial_outage` must be from 0 to 1, not -0.1");
  }

  @Test
  void duplicateKeysAreReported() throws IOException {
    givenConfig(
        """
        site:
          title: Acme
          url: https://acme.example/
          title: Acme again
        components: [{ id: api, name: API }]
        """);

    thenProblemsAre("outpost.yml:4:3: duplicate key `title`; it is already set on line 2");
  }

  @Test
  void aSyntaxErrorIsOneProblemAtItsPlace() throws IOException {
    givenConfig(
        """
        site:
          title: Acme: the status
          url: https://acme.example/
        """);

    thenProblemsAre(
        "outpost.yml:2:14: invalid YAML: mapping values are not allowed here; put a value that"
            + " contains `: ` in quotes");
    assertEquals(Optional.empty(), config);
  }

  @Test
  void aConfigWithProblemsIsStillGoodForCheckingIncidents() throws IOException {
    givenConfig(
        """
        site: { title: Acme, url: nowhere, timezone: Europe/Berlin }
        components: [{ id: api, name: API }]
        """);

    assertEquals(
        List.of("api"), config.orElseThrow().components().stream().map(Component::id).toList());
    assertEquals(ZoneId.of("Europe/Berlin"), config.orElseThrow().site().zone());
  }
}
