package dev.outpost.source.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.config.ConfigReader;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config and the incident files read in one run, their problems reported together. */
class ReadTogetherTest {
  @TempDir Path dir;

  @Test
  void problemsOfTheConfigAndOfEveryIncidentFileAreReportedTogetherInOrder() throws IOException {
    Files.writeString(
        dir.resolve("outpost.yml"),
        """
        site:
          title: Acme Status
          url: https://acme.github.io/status/
          timezone: Europe/Berlin
        components:
          - { id: api, name: API }
          - { id: web, name: Web, group: front }
        """);
    Files.createDirectories(dir.resolve("incidents"));
    Files.writeString(
        dir.resolve("incidents/b.md"),
        """
        ---
        title: Outage
        components: { api: major_outage, web: partial_outage }
        started: 2026-11-02 14:05
        resolved: 2026-11-02 13:00
        ---
        """);
    Files.writeString(
        dir.resolve("incidents/a.md"),
        """
        ---
        title: Outage
        components: { ap: major_outage }
        started: 2026-11-02T14:05:00Z
        ---
        """);
    Files.writeString(dir.resolve("incidents/c.md"), "no front matter\n");
    Files.writeString(
        dir.resolve("incidents").resolve("incidents.md"), "---\nsummary: not here\n---\n");

    Problems problems = new Problems();
    SiteConfig config = ConfigReader.read(dir.resolve("outpost.yml"), problems).orElseThrow();
    IncidentFiles.Contents contents =
        IncidentFiles.read(
            dir.resolve("incidents"), config, Instant.parse("2026-11-21T08:00:00Z"), problems);

    assertEquals(
        List.of(
            "incidents/a.md:3:15: unknown component `ap`; did you mean `api`?",
            "incidents/b.md:5:11: `resolved` 2026-11-02T12:00:00Z is before `started`"
                + " 2026-11-02T13:05:00Z",
            "incidents/c.md:1:1: missing front matter: start the file with a `---` line, then the"
                + " YAML keys, then a closing `---` line",
            "incidents/incidents.md:2:1: missing required key `components`",
            "incidents/incidents.md:2:1: missing required key `started`",
            "incidents/incidents.md:2:1: missing required key `title`",
            "incidents/incidents.md:2:1: unknown key `summary`; valid keys here: `title`,"
                + " `components`, `state`, `impact`, `started`, `resolved`, `postmortem`, `updates`, `issue`",
            "outpost.yml:7:34: unknown group `front`; define it under `groups`"),
        problems.sorted().stream()
            .map(p -> new Problem(relative(p.path()), p.line(), p.column(), p.message()).format())
            .toList());
    assertEquals(new IncidentFiles.Contents(List.of(), List.of()), contents);
  }

  private String relative(String path) {
    return dir.relativize(Path.of(path)).toString().replace('\\', '/');
  }
}
