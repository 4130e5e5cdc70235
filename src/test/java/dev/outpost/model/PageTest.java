package dev.outpost.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Look-ups on the page, its site, components, problems and updates. */
class PageTest {
  private static Site site(String url) {
    return new Site("Status", "", URI.create(url), ZoneOffset.UTC, "", List.of());
  }

  @Test
  void theBasePathIsTheUrlsPath() {
    assertEquals("/status/", site("https://acme.github.io/status/").basePath());
    assertEquals("/", site("https://status.acme.example/").basePath());
    assertEquals("/", site("https://status.acme.example").basePath());
  }

  @Test
  void aSiteKnowsTheRepositoryItIsRunFromOnceTold() {
    Site site = site("https://status.acme.example/");
    URI repository = URI.create("https://github.com/acme/status");

    assertEquals(Optional.empty(), site.repositoryUrl());
    assertEquals(Optional.of(repository), site.withRepository(repository).repositoryUrl());
    assertEquals(site.url(), site.withRepository(repository).url());
  }

  @Test
  void componentsAndGroupsAreFoundById() {
    Component api = new Component("api", "API", "", "core", LocalDate.parse("2026-01-01"));
    Component web = new Component("web", "Web", "", null, null);
    ComponentGroup core = new ComponentGroup("core", "Core", "");
    StatusPage page =
        new StatusPage(
            site("https://status.acme.example/"),
            List.of(core),
            List.of(api, web),
            UptimePolicy.DEFAULT,
            List.of(),
            List.of());

    assertEquals(Optional.of(web), page.component("web"));
    assertEquals(Optional.empty(), page.component("db"));
    assertEquals(Optional.of(core), page.group("core"));
    assertEquals(Optional.empty(), page.group("edge"));
    assertEquals(Optional.of("core"), api.groupId());
    assertEquals(Optional.empty(), web.groupId());
    assertEquals(Optional.of(LocalDate.parse("2026-01-01")), api.sinceDate());
    assertEquals(Optional.empty(), web.sinceDate());
  }

  @Test
  void problemsReadAsCompilersWriteThem() {
    assertEquals(
        "incidents/a.md:3:7: unknown key",
        new Problem("incidents/a.md", 3, 7, "unknown key").format());
    assertEquals("incidents/a.md:3:1: tab", new Problem("incidents/a.md", 3, 0, "tab").format());
    assertEquals(
        "incidents/a.md: cannot read", new Problem("incidents/a.md", 0, 0, "cannot read").format());
    assertEquals("f.yml:1:1: x", new Problem("f.yml", 1, 1, "x").format());
  }

  @Test
  void problemsSortByPathThenLineThenColumnThenMessage() {
    List<Problem> sorted =
        List.of(
            new Problem("b", 1, 1, "a"),
            new Problem("a", 2, 1, "a"),
            new Problem("a", 1, 2, "a"),
            new Problem("a", 1, 1, "b"),
            new Problem("a", 1, 1, "a"));

    assertEquals(
        List.of(sorted.get(4), sorted.get(3), sorted.get(2), sorted.get(1), sorted.get(0)),
        sorted.stream().sorted().toList());
  }

  @Test
  void anUpdatesComponentsAreInIdOrder() {
    Map<String, ComponentStatus> components = new java.util.LinkedHashMap<>();
    components.put("web", ComponentStatus.DEGRADED_PERFORMANCE);
    components.put("api", ComponentStatus.MAJOR_OUTAGE);
    components.put("db", ComponentStatus.PARTIAL_OUTAGE);

    IncidentUpdate update =
        new IncidentUpdate(
            Given.at("2026-11-02T10:00:00Z"), IncidentState.IDENTIFIED, components, "");

    assertEquals(List.of("api", "db", "web"), List.copyOf(update.components().keySet()));
  }
}
