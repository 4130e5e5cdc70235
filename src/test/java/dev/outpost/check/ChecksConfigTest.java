package dev.outpost.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.config.CheckSpec;
import dev.outpost.config.SiteConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChecksConfigTest {
  @Test
  void theIssuesExampleReadsAsWritten() {
    SiteConfig config =
        Configs.with(
            """
              - { id: api-health, component: api, http: https://api.acme.example/healthz, expect: { status: 200, body: ok, within: 2s } }
              - { id: db-port, component: database, tcp: db.acme.example:5432 }
              - { id: web-cert, component: web, tls: www.acme.example:443, expires_within: 14d }
            """);
    List<CheckSpec> checks = config.checks();
    assertEquals(3, checks.size());
    CheckSpec api = checks.get(0);
    assertEquals(CheckSpec.Kind.HTTP, api.kind());
    assertEquals("https://api.acme.example/healthz", api.target());
    assertEquals("GET", api.method());
    assertEquals(new CheckSpec.Expect(200, "ok", Map.of(), Duration.ofSeconds(2)), api.expect());
    assertEquals(2, api.failures());
    assertEquals(Duration.ofSeconds(10), api.timeout());
    assertEquals("outpost.yml:8:5", api.where());
    assertEquals(CheckSpec.Kind.TCP, checks.get(1).kind());
    assertEquals(Duration.ofDays(14), checks.get(2).expiresWithin());
    assertEquals(true, config.showSuspected());
  }

  @Test
  void headersNameTheirSecretsAndJsonValuesArePointers() {
    CheckSpec check =
        Configs.with(
                """
                  - id: api-deep
                    component: api
                    http: https://api.acme.example/status
                    method: HEAD
                    headers: { Authorization: "env:API_TOKEN", Accept: application/json }
                    expect: { json: { /status: ok, /db/up: "true" } }
                    failures: 3
                    timeout: 30s
                """)
            .checks()
            .get(0);
    assertEquals("HEAD", check.method());
    assertEquals(
        List.of(
            new CheckSpec.Header("Authorization", null, "API_TOKEN", "outpost.yml:12:31"),
            new CheckSpec.Header("Accept", "application/json", null, "outpost.yml:12:56")),
        check.headers());
    assertEquals(Map.of("/status", "ok", "/db/up", "true"), check.expect().json());
    assertEquals(3, check.failures());
    assertEquals(Duration.ofSeconds(30), check.timeout());
  }

  @Test
  void everyProblemIsReportedAtItsPlace() {
    assertEquals(
        List.of(
            "outpost.yml:8:25: unknown component `apj`; did you mean `api`?",
            "outpost.yml:9:58: a check probes one thing, but this one has `http` and `tcp`;"
                + " split it into one check each",
            "outpost.yml:10:68: invalid duration `soon` for `expires_within`: write a positive"
                + " number and a unit, such as 500ms, 2s, 5m, 1h or 14d",
            "outpost.yml:11:11: duplicate check id `a`; it is already used on line 8",
            "outpost.yml:12:5: a check needs one of `http`, `tcp`, `dns` or `tls`",
            "outpost.yml:13:46: `method` is for `http` checks only",
            "outpost.yml:14:68: unknown key `bodi`; did you mean `body`?",
            "outpost.yml:15:72: invalid variable name `1X`: write env:NAME, such as env:API_TOKEN",
            "outpost.yml:16:40: invalid `tcp` target `db.acme.example`: write host:port, such as"
                + " db.acme.example:5432"),
        Configs.problems(
            """
              - { id: a, component: apj, dns: api.acme.example }
              - { id: b, component: api, http: "https://a.example/", tcp: "a.example:1" }
              - { id: c, component: web, tls: "w.example:443", expires_within: soon }
              - { id: a, component: database, tcp: "db.acme.example:5432" }
              - { id: e, component: api }
              - { id: f, component: api, dns: a.example, method: POST }
              - { id: g, component: api, http: "https://a.example/", expect: { bodi: ok } }
              - { id: h, component: api, http: "https://a.example/", headers: { X: "env:1X" } }
              - { id: i, component: database, tcp: db.acme.example }
            """));
  }

  @Test
  void suspectedNoticesCanBeHidden() {
    dev.outpost.config.Problems problems = new dev.outpost.config.Problems();
    SiteConfig config =
        dev.outpost.config.ConfigReader.parse(
                Configs.HEAD + "suspected: hide\n", java.nio.file.Path.of("outpost.yml"), problems)
            .orElseThrow();
    assertEquals(true, problems.isEmpty());
    assertEquals(false, config.showSuspected());
  }

  @Test
  void autoResolveIsOffUnlessSetAndMustBeTrueOrFalse() {
    String check = "  - { id: a, component: api, dns: api.acme.example }\n";
    assertEquals(false, Configs.with(check).autoResolve());
    assertEquals(true, Configs.with("auto_resolve: true\n", check).autoResolve());
    dev.outpost.config.Problems problems = new dev.outpost.config.Problems();
    dev.outpost.config.ConfigReader.parse(
        Configs.HEAD + "auto_resolve: sometimes\n", java.nio.file.Path.of("outpost.yml"), problems);
    List<String> found = problems.sorted().stream().map(p -> p.format()).toList();
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).startsWith("outpost.yml:7:15: "), found.get(0));
  }
}
