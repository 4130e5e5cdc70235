package dev.outpost.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.config.ConfigReader;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Component;
import dev.outpost.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How cState's systems and post bodies are read, without the command line. */
class CstateImportTest {
  private static final Instant NOW = Instant.parse("2026-12-06T00:00:00Z");

  @TempDir Path dir;

  @Test
  void aSystemNamedAsAnExistingComponentIsThatComponent() throws IOException {
    givenCstate(
        """
        params:
          categories:
            - { name: Core platform }
          systems:
            - { name: Authentication, category: Core platform }
            - { name: Ünïcode Café, category: Core platform }
        """);
    givenPost(
        "a.md",
        """
        ---
        title: Sign-in down
        date: 2024-01-01 10:00:00
        severity: down
        affected: [authentication, Ünïcode Café]
        resolved: true
        resolvedWhen: 2024-01-01 11:00:00
        ---
        """);

    ImportPlan plan =
        CstateImport.plan(
            dir.resolve("cstate"),
            config(
                """
                groups:
                  - { id: core, name: Core platform }
                components:
                  - { id: auth, name: Authentication, group: core }
                """),
            dir.resolve("incidents"),
            NOW);

    assertEquals(
        List.of(new Component("unicode-cafe", "Ünïcode Café", "", "core", null)),
        plan.components());
    assertEquals(List.of(), plan.groups());
    assertEquals(List.of(), plan.notes());
    String text = plan.files().get(0).text();
    assertEquals(
        true,
        text.contains("components:\n  auth: major_outage\n  unicode-cafe: major_outage\n"),
        text);
  }

  @Test
  void systemsWhoseIdsWouldClashGetTheirOwnAndTheClashIsNoted() throws IOException {
    givenCstate(
        """
        params:
          systems:
            - { name: 数据库 }
            - { name: 网站 }
            - { name: Database }
        """);
    givenPost(
        "a.md",
        """
        ---
        title: Site down
        date: 2024-01-01 10:00:00
        severity: down
        affected: [网站]
        resolved: true
        resolvedWhen: 2024-01-01 11:00:00
        ---
        """);

    ImportPlan plan =
        CstateImport.plan(
            dir.resolve("cstate"),
            config(
                """
                groups:
                  - { id: database, name: Storage }
                components:
                  - { id: api, name: API, group: database }
                """),
            dir.resolve("incidents"),
            NOW);

    assertEquals(
        List.of("incident", "incident-2", "database-2"),
        plan.components().stream().map(Component::id).toList());
    assertEquals(2, plan.notes().size(), plan.notes().toString());
    assertEquals(
        true,
        plan.notes().get(0).message().contains("system `网站` would have the id `incident`"),
        plan.notes().toString());
    String text = plan.files().get(0).text();
    assertEquals(true, text.contains("components:\n  incident-2: major_outage\n"), text);
  }

  @Test
  void anUpdateRunsFromItsLabelToTheParagraphWithItsTime() throws IOException {
    givenCstate("params:\n  systems:\n    - { name: API }\n");
    givenPost(
        "b.md",
        """
        ---
        title: Errors
        date: 2024-01-01 10:00:00
        severity: disrupted
        affected: [API]
        resolved: true
        resolvedWhen: 2024-01-01 11:00:00
        ---
        A summary first.

        **Identified** — A bad deploy.

        - rolled back
        - watching {{< track "2024-01-01 10:30:00" >}}

        *Update* - All good. {{< track "2024-01-01 11:00:00" >}}

        ```
        {{< track "2024-01-01 10:40:00" >}} in code stays
        ```
        """);

    ImportPlan plan =
        CstateImport.plan(
            dir.resolve("cstate"),
            config("components:\n  - { id: web, name: Web }\n"),
            dir.resolve("incidents"),
            NOW);

    assertEquals(
        """
        ---
        # Imported from cState: content/issues/b.md
        title: "Errors"
        components:
          api: partial_outage
        started: 2024-01-01T10:00:00Z
        resolved: 2024-01-01T11:00:00Z
        updates:
          - at: 2024-01-01T10:30:00Z
            state: identified
            body: "A bad deploy.\\n\\n- rolled back\\n- watching"
          - at: 2024-01-01T11:00:00Z
            state: resolved
            body: "All good."
        ---
        A summary first.

        ```
        (2024-01-01 10:40 UTC) in code stays
        ```
        """,
        plan.files().get(0).text());
    assertEquals(List.<Problem>of(), plan.notes());
  }

  @Test
  void aSymbolicLinkIsNotFollowed() throws IOException {
    givenCstate("params:\n  systems:\n    - { name: API }\n");
    Path secret =
        Files.writeString(dir.resolve("secret.txt"), "---\ntitle: x\ndate: 2024-01-01\n---\n");
    Path link = dir.resolve("cstate/content/issues/link.md");
    Files.createSymbolicLink(link, secret);

    ImportPlan plan =
        CstateImport.plan(
            dir.resolve("cstate"),
            config("components:\n  - { id: web, name: Web }\n"),
            dir.resolve("incidents"),
            NOW);

    assertEquals(List.of(), plan.files());
    assertEquals(
        List.of(new Problem(link.toString(), 0, 0, "a symbolic link; not followed, not imported")),
        plan.notes());
  }

  private SiteConfig config(String rest) {
    Problems problems = new Problems();
    SiteConfig config =
        ConfigReader.parse(
                "site:\n  title: T\n  url: https://acme.github.io/status/\n  timezone: UTC\n"
                    + rest,
                dir.resolve("outpost.yml"),
                problems)
            .orElseThrow();
    assertEquals(List.of(), problems.sorted());
    return config;
  }

  private void givenCstate(String config) throws IOException {
    Files.createDirectories(dir.resolve("cstate/content/issues"));
    Files.writeString(dir.resolve("cstate/config.yml"), config);
  }

  private void givenPost(String name, String text) throws IOException {
    Files.writeString(dir.resolve("cstate/content/issues").resolve(name), text);
  }
}
