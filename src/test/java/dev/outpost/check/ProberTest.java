package dev.outpost.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.OutpostException;
import dev.outpost.config.SiteConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProberTest {
  private final Targets targets = new Targets();
  @TempDir Path temp;

  @AfterEach
  void close() throws Exception {
    targets.close();
  }

  private static Map<String, Sample> run(SiteConfig config, Map<String, String> env)
      throws Exception {
    return Prober.of(SSLContext.getDefault(), env, Clock.systemUTC()).run(config.checks());
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }

  @Test
  void httpChecksCompareStatusBodyJsonAndTime() throws Exception {
    Targets.Http http =
        targets
            .http()
            .answer("/ok", 200, "all ok")
            .answer("/down", 503, "down")
            .answer("/json", 200, "{\"status\":\"ok\",\"db\":{\"up\":false}}")
            .answer("/slow", 200, "ok", 600);
    SiteConfig config =
        Configs.with(
            "  - { id: ok, component: api, http: "
                + quoted(http.url("/ok"))
                + ", expect: { status: 200, body: ok } }\n"
                + "  - { id: down, component: api, http: "
                + quoted(http.url("/down"))
                + ", timeout: 1s }\n"
                + "  - { id: body, component: api, http: "
                + quoted(http.url("/ok"))
                + ", expect: { body: healthy }, timeout: 1s }\n"
                + "  - { id: json, component: api, http: "
                + quoted(http.url("/json"))
                + ", expect: { json: { /status: ok, /db/up: \"true\" } }, timeout: 1s }\n"
                + "  - { id: slow, component: api, http: "
                + quoted(http.url("/slow"))
                + ", expect: { within: 200ms }, timeout: 2s }\n");
    Map<String, Sample> samples = run(config, Map.of());
    assertTrue(samples.get("ok").ok(), samples.get("ok").toString());
    assertEquals("", samples.get("ok").detail());
    assertEquals("expected HTTP 2xx, got HTTP 503", samples.get("down").detail());
    assertEquals("the body does not contain `healthy`", samples.get("body").detail());
    assertEquals("expected /db/up to be `true`, got `false`", samples.get("json").detail());
    assertFalse(samples.get("slow").ok());
    assertTrue(
        samples.get("slow").detail().matches("answered in \\d+ ms, slower than 200ms"),
        samples.get("slow").detail());
  }

  @Test
  void headersCarrySecretsFromTheEnvironmentAndAMissingOneIsNamedWhereItIsWritten()
      throws Exception {
    Targets.Http http = targets.http().answer("/ok", 200, "ok");
    SiteConfig config =
        Configs.with(
            "  - { id: ok, component: api, http: "
                + quoted(http.url("/ok"))
                + ", headers: { Authorization: \"env:API_TOKEN\" } }\n");
    assertTrue(run(config, Map.of("API_TOKEN", "Bearer s3cret")).get("ok").ok());
    assertEquals("Bearer s3cret", http.lastHeaders.get("authorization"));
    OutpostException e = assertThrows(OutpostException.class, () -> run(config, Map.of()));
    assertTrue(
        e.getMessage()
            .matches(
                "outpost\\.yml:8:\\d+: the header `Authorization` of check `ok` names the"
                    + " variable API_TOKEN, which is not set"),
        e.getMessage());
  }

  @Test
  void redirectsAreFollowedButTheHeadersGoOnlyToTheChecksOwnServer() throws Exception {
    Targets.Http other = targets.http().answer("/landing", 200, "ok");
    Targets.Http http =
        targets
            .http()
            .redirect("/moved", 301, "/ok")
            .answer("/ok", 200, "ok")
            .redirect("/away", 302, other.url("/landing"))
            .redirect("/loop", 307, "/loop")
            .redirect("/odd", 302, "ftp://files.example/x");
    String headers = ", headers: { Authorization: \"env:API_TOKEN\" }, timeout: 2s }\n";
    SiteConfig config =
        Configs.with(
            "  - { id: moved, component: api, http: "
                + quoted(http.url("/moved"))
                + ", expect: { body: ok }"
                + headers
                + "  - { id: away, component: api, http: "
                + quoted(http.url("/away"))
                + headers
                + "  - { id: loop, component: api, http: "
                + quoted(http.url("/loop?key=hush"))
                + headers.replace("2s", "10s")
                + "  - { id: odd, component: api, http: "
                + quoted(http.url("/odd"))
                + headers);
    Map<String, Sample> samples = run(config, Map.of("API_TOKEN", "Bearer s3cret"));
    assertTrue(samples.get("moved").ok(), samples.get("moved").toString());
    assertEquals("Bearer s3cret", http.lastHeaders.get("authorization"));
    assertTrue(samples.get("away").ok(), samples.get("away").toString());
    assertEquals(1, other.hits.get("/landing"));
    assertEquals(null, other.lastHeaders.get("authorization"), "no secret for another server");
    assertEquals(
        "GET " + http.url("/loop") + ": more than 5 redirects", samples.get("loop").detail());
    assertEquals(
        (HttpProbe.MAX_REDIRECTS + 1) * Prober.ATTEMPTS,
        http.hits.get("/loop"),
        "each attempt stops after 5 redirects");
    assertEquals(
        "GET " + http.url("/odd") + ": redirected to an address that is not http or https",
        samples.get("odd").detail());
  }

  @Test
  void aRedirectFromHttpsToPlainHttpIsNotFollowed(@TempDir Path folder) throws Exception {
    Targets.Http plain = targets.http().answer("/plain", 200, "ok");
    Targets.Https https = targets.https(folder);
    https.http().redirect("/down", 302, plain.url("/plain")).answer("/ok", 200, "ok");
    https.http().redirect("/up", 308, "/ok");
    SiteConfig config =
        Configs.with(
            "  - { id: down, component: api, http: "
                + quoted(https.http().url("/down"))
                + ", timeout: 3s }\n"
                + "  - { id: up, component: api, http: "
                + quoted(https.http().url("/up"))
                + ", timeout: 3s }\n"
                + "  - { id: moved, component: api, http: "
                + quoted(https.http().url("/down"))
                + ", expect: { status: 302 }, timeout: 3s }\n");
    Map<String, Sample> samples =
        Prober.of(https.trusting(), Map.of(), Clock.systemUTC()).run(config.checks());
    assertTrue(samples.get("moved").ok(), "the redirect is what it expects: " + samples);
    assertEquals(
        "GET "
            + https.http().url("/down")
            + ": redirected from HTTPS to plain HTTP (HTTP 302), not followed",
        samples.get("down").detail());
    assertEquals(null, plain.hits.get("/plain"));
    assertTrue(samples.get("up").ok(), samples.get("up").toString());
  }

  @Test
  void tcpAndDnsChecks() throws Exception {
    Targets.Http http = targets.http();
    int closed = Targets.closedPort();
    SiteConfig config =
        Configs.with(
            "  - { id: open, component: database, tcp: \"127.0.0.1:"
                + http.server.getAddress().getPort()
                + "\" }\n"
                + "  - { id: closed, component: database, tcp: \"127.0.0.1:"
                + closed
                + "\", timeout: 1s }\n"
                + "  - { id: dns, component: database, dns: localhost }\n"
                + "  - { id: nodns, component: database, dns: nothing.invalid, timeout: 1s }\n");
    Map<String, Sample> samples = run(config, Map.of());
    assertTrue(samples.get("open").ok());
    assertTrue(
        samples.get("closed").detail().startsWith("cannot connect to 127.0.0.1:" + closed),
        samples.get("closed").detail());
    assertTrue(samples.get("dns").ok());
    assertEquals("nothing.invalid does not resolve", samples.get("nodns").detail());
  }

  @Test
  void tlsChecksTheCertificateAndWhenItExpires() throws Exception {
    Targets.Tls year = targets.tls(temp, 365);
    Targets.Tls week = targets.tls(temp, 7);
    SiteConfig config =
        Configs.with(
            "  - { id: year, component: web, tls: \""
                + year.target()
                + "\", timeout: 5s }\n"
                + "  - { id: week, component: web, tls: \""
                + week.target()
                + "\", expires_within: 14d, timeout: 5s }\n");
    Map<String, Sample> trustingYear =
        Prober.of(year.trusting(), Map.of(), Clock.systemUTC()).run(config.checks());
    assertTrue(trustingYear.get("year").ok(), trustingYear.get("year").toString());
    assertTrue(
        trustingYear.get("week").detail().startsWith("the TLS handshake with " + week.target()),
        "another certificate is not trusted: " + trustingYear.get("week").detail());
    Map<String, Sample> trustingWeek =
        Prober.of(week.trusting(), Map.of(), Clock.systemUTC()).run(config.checks());
    assertTrue(
        trustingWeek
            .get("week")
            .detail()
            .matches("the certificate of localhost:\\d+ expires at \\S+, within 14d"),
        trustingWeek.get("week").detail());
  }

  @Test
  void fiftyChecksWithSomeHangingFinishWithinTheDeadline() throws Exception {
    Targets.Http http = targets.http().answer("/ok", 200, "ok");
    String hanging = targets.hanging();
    StringBuilder checks = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      String target =
          switch (i % 5) {
            case 0 -> "http: \"http://" + hanging + "/\"";
            case 1 -> "tls: \"" + hanging.replace("127.0.0.1", "localhost") + "\"";
            default -> "http: \"" + http.url("/ok") + "\"";
          };
      checks.append("  - { id: c").append(i).append(", component: api, ").append(target);
      checks.append(", timeout: 2s }\n");
    }
    SiteConfig config = Configs.with(checks.toString());
    Prober prober = Prober.of(SSLContext.getDefault(), Map.of(), Clock.systemUTC());
    long started = System.nanoTime();
    Map<String, Sample> samples = prober.run(config.checks());
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(50, samples.size());
    assertTrue(millis < 3_500, "took " + millis + " ms; the deadline is 2 s + 1 s");
    StringBuilder wrong = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      Sample sample = samples.get("c" + i);
      if ((i % 5 >= 2) != sample.ok()) {
        wrong.append("c").append(i).append(": ").append(sample).append('\n');
      }
    }
    assertEquals("", wrong.toString());
    assertTrue(samples.get("c0").detail().contains("in time"), samples.get("c0").detail());
  }
}
