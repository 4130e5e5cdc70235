package dev.outpost.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.config.ConfigReader;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code alerts:} section of {@code outpost.yml}: alert names mapped to components. */
class AlertsConfigTest {
  private static Problems problems;

  private static SiteConfig read(String alerts) {
    problems = new Problems();
    return ConfigReader.parse(Configs.HEAD + "alerts:\n" + alerts, Path.of("outpost.yml"), problems)
        .orElseThrow();
  }

  private static List<String> problems(String alerts) {
    read(alerts);
    return problems.sorted().stream().map(p -> p.format()).toList();
  }

  @Test
  void namesMapToComponents() {
    SiteConfig config =
        read(
            "  - { name: HighErrorRate, component: api }\n  - name: \"Website \"\n    component: web\n");
    assertEquals(List.of(), problems.sorted());
    assertEquals(Map.of("HighErrorRate", "api", "Website", "web"), config.alerts());
  }

  @Test
  void withoutTheSectionNothingIsMapped() {
    Problems none = new Problems();
    SiteConfig config =
        ConfigReader.parse(Configs.HEAD, Path.of("outpost.yml"), none).orElseThrow();
    assertEquals(Map.of(), config.alerts());
  }

  @Test
  void mistakesAreReportedWhereTheyAre() {
    assertEquals(
        List.of(
            "outpost.yml:8:39: unknown component `apii`; did you mean `api`?",
            "outpost.yml:9:13: duplicate alert name `HighErrorRate`; it is already mapped on line 8",
            "outpost.yml:10:5: missing required key `name`",
            "outpost.yml:10:23: unknown key `team`; valid keys here: `name`, `component`"),
        problems(
            "  - { name: HighErrorRate, component: apii }\n"
                + "  - { name: HighErrorRate, component: api }\n"
                + "  - { component: web, team: x }\n"));
  }
}
