package dev.outpost.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Impact;
import dev.outpost.model.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code templates:} in {@code outpost.yml}: incidents prepared in advance, checked as read. */
class TemplatesConfigTest {
  private static final String HEAD =
      """
      site: { title: Acme, url: https://status.acme.example/ }
      components:
        - { id: api, name: API }
        - { id: database, name: Database }
      templates:
      """;

  @Test
  void aTemplateHasItsTitleComponentsImpactAndFirstUpdate() {
    Problems problems = new Problems();
    SiteConfig config =
        ConfigReader.parse(
                HEAD
                    + """
                      - id: db-failover
                        title: Database failover
                        components: { database: major_outage, api: degraded_performance }
                        impact: major
                        message: |
                          The primary database failed; we are moving to the replica.
                      - id: api-slow
                        title: Slow API
                        components: { api: degraded_performance }
                    """,
                Path.of("outpost.yml"),
                problems)
            .orElseThrow();

    assertEquals(List.of(), problems.sorted().stream().map(Problem::format).toList());
    IncidentTemplate failover = config.template("db-failover").orElseThrow();
    assertEquals("Database failover", failover.title());
    assertEquals(
        List.of(
            Map.entry("database", ComponentStatus.MAJOR_OUTAGE),
            Map.entry("api", ComponentStatus.DEGRADED_PERFORMANCE)),
        List.copyOf(failover.components().entrySet()));
    assertEquals(Impact.MAJOR, failover.impact());
    assertEquals("The primary database failed; we are moving to the replica.", failover.message());
    IncidentTemplate slow = config.template("api-slow").orElseThrow();
    assertEquals(null, slow.impact());
    assertEquals("", slow.message());
  }

  private static final String STATUSES =
      "use one of under_maintenance, degraded_performance, partial_outage, major_outage";

  @Test
  void everyProblemIsReportedAtItsLineAndColumn() {
    assertEquals(
        List.of(
            "outpost.yml:7:11: duplicate template id `a`; it is already used on line 6",
            "outpost.yml:8:38: unknown component `dtabase`; did you mean `database`?",
            "outpost.yml:8:55: unknown status `down`; " + STATUSES,
            "outpost.yml:9:43: unknown status `operational`; " + STATUSES,
            "outpost.yml:9:66: unknown impact `huge`; use one of none, minor, major, critical",
            "outpost.yml:10:11: invalid id `Bad Id`: " + Names.idRule(),
            "outpost.yml:10:43: give `api` a status, such as major_outage",
            "outpost.yml:11:5: missing required key `components`",
            "outpost.yml:11:24: unknown key `colour`; valid keys here: `id`, `title`,"
                + " `components`, `impact`, `message`"),
        problems(
            """
              - { id: a, title: A, components: { api: major_outage } }
              - { id: a, title: Again, components: { api: major_outage } }
              - { id: b, title: B, components: { dtabase: x, api: down } }
              - { id: c, title: C, components: { api: operational }, impact: huge }
              - { id: Bad Id, title: D, components: { api: } }
              - { id: e, title: E, colour: red }
            """));
  }

  private static List<String> problems(String templates) {
    Problems problems = new Problems();
    ConfigReader.parse(HEAD + templates, Path.of("outpost.yml"), problems);
    return problems.sorted().stream().map(Problem::format).toList();
  }
}
