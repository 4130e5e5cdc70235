package dev.outpost.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.config.ConfigReader;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import java.nio.file.Path;
import java.util.List;

/** Configs with three components and the checks a test gives. */
final class Configs {
  private Configs() {}

  static final String HEAD =
      """
      site: { title: Acme, url: https://status.acme.example/ }
      github: { repository: acme/status }
      components:
        - { id: api, name: API }
        - { id: database, name: Database }
        - { id: web, name: Web }
      """;

  /** {@code checks}, the YAML lines of the checks list, read; fails on any problem. */
  static SiteConfig with(String checks) {
    Problems problems = new Problems();
    SiteConfig config =
        ConfigReader.parse(HEAD + "checks:\n" + checks, Path.of("outpost.yml"), problems)
            .orElseThrow();
    assertEquals(List.of(), problems.sorted().stream().map(p -> p.format()).toList());
    return config;
  }

  /** {@code settings}, top-level YAML lines, and {@code checks}, read; fails on any problem. */
  static SiteConfig with(String settings, String checks) {
    Problems problems = new Problems();
    SiteConfig config =
        ConfigReader.parse(HEAD + settings + "checks:\n" + checks, Path.of("outpost.yml"), problems)
            .orElseThrow();
    assertEquals(List.of(), problems.sorted().stream().map(p -> p.format()).toList());
    return config;
  }

  /** The problems of a config with {@code checks}, formatted. */
  static List<String> problems(String checks) {
    Problems problems = new Problems();
    ConfigReader.parse(HEAD + "checks:\n" + checks, Path.of("outpost.yml"), problems);
    return problems.sorted().stream().map(p -> p.format()).toList();
  }
}
