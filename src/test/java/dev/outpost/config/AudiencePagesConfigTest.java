package dev.outpost.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.model.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code pages:} in {@code outpost.yml}: sub-sites for audiences, checked as read. */
class AudiencePagesConfigTest {
  private static final String HEAD =
      """
      site: { title: Acme, url: https://status.acme.example/ }
      components:
        - { id: api, name: API }
        - { id: webhooks, name: Webhooks }
        - { id: eu, name: EU runners }
      pages:
      """;

  @Test
  void aPageHasItsFolderTitleAndComponentsInTheSitesOrder() {
    Problems problems = new Problems();
    SiteConfig config =
        ConfigReader.parse(
                HEAD
                    + """
                      - path: partners
                        title: Acme for partners
                        components: [webhooks, api]
                      - { path: /eu/, title: Acme in the EU, description: Frankfurt., components: [eu] }
                    """,
                Path.of("outpost.yml"),
                problems)
            .orElseThrow();

    assertEquals(List.of(), problems.sorted().stream().map(Problem::format).toList());
    assertEquals(
        List.of(
            new AudiencePage("partners", "Acme for partners", null, List.of("api", "webhooks")),
            new AudiencePage("eu", "Acme in the EU", "Frankfurt.", List.of("eu"))),
        config.pages());
  }

  @Test
  void unsafeClashingOrUnknownIsReportedAtItsLineAndColumn() {
    assertEquals(
        List.of(
            "outpost.yml:7:13: invalid page path `../up`: one folder name of lowercase letters,"
                + " digits and dashes, such as `partners`",
            "outpost.yml:8:13: invalid page path `a/b`: one folder name of lowercase letters,"
                + " digits and dashes, such as `partners`",
            "outpost.yml:9:13: page path `api` is a folder of the site itself; use another, such"
                + " as `api-page`",
            "outpost.yml:10:13: page path `incidents` is a folder of the site itself; use"
                + " another, such as `incidents-page`",
            "outpost.yml:12:13: duplicate page path `p`; it is already used on line 11",
            "outpost.yml:13:44: unknown component `hooks`; use one of `api`, `webhooks`, `eu`",
            "outpost.yml:13:51: component `api` is listed twice",
            "outpost.yml:14:38: a page needs at least one component",
            "outpost.yml:15:5: missing required key `title`"),
        problems(
            """
              - { path: ../up, title: A, components: [api] }
              - { path: a/b, title: A, components: [api] }
              - { path: api, title: A, components: [api] }
              - { path: incidents, title: A, components: [api] }
              - { path: p, title: A, components: [api] }
              - { path: p, title: B, components: [api] }
              - { path: q, title: A, components: [api, hooks, api] }
              - { path: r, title: A, components: [] }
              - { path: s, components: [api] }
            """));
  }

  private static List<String> problems(String pages) {
    Problems problems = new Problems();
    ConfigReader.parse(HEAD + pages, Path.of("outpost.yml"), problems);
    return problems.sorted().stream().map(Problem::format).toList();
  }
}
