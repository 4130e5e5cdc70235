package dev.outpost.source.github;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import dev.outpost.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading with a GitHub App: the fake GitHub answers the App's requests only when their JWT is
 * signed with the App's key (it checks the RS256 signature with the App's public key, and the
 * {@code iss}, {@code iat} and {@code exp} claims as GitHub does), exchanges it for installation
 * tokens, one per owner, and serves the issues only to those tokens.
 */
class GitHubAppTokenTest {
  private static final String APP_ID = "4242";
  private static final String ACME_TOKEN = "ghs_acmeInstallation00000000000000000001";
  private static final String OTHER_TOKEN = "ghs_otherInstallation0000000000000000002";

  @TempDir Path dir;
  private final FakeGitHub github = new FakeGitHub();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final KeyPair app = keyPair();
  private final List<String> jwtProblems = new java.util.concurrent.CopyOnWriteArrayList<>();

  @BeforeEach
  void givenAnAppInstalledOnTwoOwners() throws IOException {
    Files.writeString(
        dir.resolve("outpost.yml"),
        """
        site: { title: Acme Status, url: "https://acme.github.io/status/" }
        components: [{ id: api, name: API }, { id: ops, name: Ops }]
        github:
          repositories: [acme/api, acme/web, { repository: other/ops, component: ops }]
        """);
    Files.createDirectories(dir.resolve("incidents"));
    withJwt(
        get(urlEqualTo("/app")), "{\"id\":4242,\"slug\":\"acme-status\",\"name\":\"Acme Status\"}");
    installation("acme/api", 77);
    installation("acme/web", 77);
    installation("other/ops", 88);
    token(77, ACME_TOKEN);
    token(88, OTHER_TOKEN);
    // Anything the App asks with a JWT that does not verify: GitHub's 401.
    github
        .server()
        .stubFor(
            com.github.tomakehurst.wiremock.client.WireMock.any(
                    urlPathMatching("/(app|repos)(/.*)?"))
                .atPriority(100)
                .willReturn(
                    FakeGitHub.github(401)
                        .withBody(
                            "{\"message\":\"A JSON web token could not be decoded\","
                                + "\"documentation_url\":\"https://docs.github.com/rest\"}")));
    github.serve("acme/api", ACME_TOKEN, List.of(Issue.outage(1).in("acme/api")));
    github.serve("acme/web", ACME_TOKEN, List.of(Issue.outage(2).in("acme/web")));
    github.serve("other/ops", OTHER_TOKEN, List.of(Issue.outage(3).in("other/ops")));
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void theAppsKeyGetsOneInstallationTokenPerOwnerAndTheIssuesAreReadWithIt() throws IOException {
    int code = build(env(pkcs1(app)));

    assertEquals(0, code, err.toString());
    assertEquals(List.of(), jwtProblems);
    JsonNode incidents =
        Issue.JSON.readTree(dir.resolve("_site/api/v2/incidents.json").toFile()).path("incidents");
    assertEquals(3, incidents.size());
    assertEquals(1, restRequests("GET", "/app"));
    assertEquals(1, restRequests("GET", "/repos/acme/api/installation"));
    assertEquals(0, restRequests("GET", "/repos/acme/web/installation"), "one lookup per owner");
    assertEquals(1, restRequests("POST", "/app/installations/77/access_tokens"));
    assertEquals(1, restRequests("POST", "/app/installations/88/access_tokens"));
    assertEquals(3, github.requests(), "each repository read with its owner's token");
    // Each token is masked in the log as soon as it is issued; nothing else shows a secret.
    assertTrue(out.toString().contains("::add-mask::" + ACME_TOKEN + "\n"), out.toString());
    assertTrue(out.toString().contains("::add-mask::" + OTHER_TOKEN + "\n"), out.toString());
    String withoutMasks = out.toString().replaceAll("(?m)^::add-mask::.*\n", "");
    assertFalse(withoutMasks.contains("ghs_") || err.toString().contains("ghs_"), withoutMasks);
  }

  @Test
  void aKeyInPkcs8WorksToo() {
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(app.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";

    assertEquals(0, build(env(pem)), err.toString());
    assertEquals(List.of(), jwtProblems);
  }

  @Test
  void anotherAppsKeyIsRefusedAndTheMessageSaysWhatToCheck() {
    Map<String, String> env = env(pkcs1(keyPair()));

    int code = build(env);

    assertEquals(4, code, out.toString());
    assertTrue(
        err.toString()
            .contains(
                "cannot sign in as GitHub App 4242: HTTP 401: A JSON web token could not be"
                    + " decoded; GitHub rejected the App's JWT: check the app id and private key"),
        err.toString());
    assertFalse(jwtProblems.isEmpty(), "the fake refused the JWT");
    assertFalse(err.toString().contains("PRIVATE KEY"), err.toString());
    assertFalse(Files.exists(dir.resolve("_site")), "nothing was built");
  }

  @Test
  void anOwnerWithoutTheAppIsNamedWithTheFix() {
    github.server().removeStub(installationStub("other/ops", 88));
    github
        .server()
        .stubFor(
            get(urlEqualTo("/repos/other/ops/installation"))
                .atPriority(1)
                .willReturn(
                    FakeGitHub.github(404)
                        .withBody(
                            "{\"message\":\"Not Found\",\"documentation_url\":"
                                + "\"https://docs.github.com/rest/apps/apps\"}")));

    int code = build(env(pkcs1(app)));

    assertEquals(4, code, out.toString());
    assertTrue(
        err.toString()
            .contains(
                "cannot find GitHub App 4242's installation on other/ops: HTTP 404: Not Found;"
                    + " install the App on other with access to other/ops (permissions: Issues"
                    + " read and write, Metadata read)"),
        err.toString());
  }

  @Test
  void aKeyThatIsNoKeyIsAUsageErrorThatDoesNotShowIt() {
    int code =
        build(
            env(
                "-----BEGIN RSA PRIVATE KEY-----\nc2VjcmV0IGJ1dCBubyBrZXk=\n-----END RSA PRIVATE KEY-----"));

    assertEquals(2, code);
    assertEquals(
        "outpost: cannot read the GitHub App's private key: it is not an RSA private key; give the"
            + " .pem file GitHub generated, whole\n",
        err.toString());
    assertEquals(0, github.server().getAllServeEvents().size(), "nothing was asked");
  }

  private Map<String, String> env(String pem) {
    Map<String, String> env = new HashMap<>();
    env.put("GITHUB_GRAPHQL_URL", github.uri().toString());
    env.put("GITHUB_API_URL", github.restUri());
    env.put("GITHUB_ACTIONS", "true");
    env.put("OUTPOST_APP_ID", APP_ID);
    env.put("OUTPOST_APP_PRIVATE_KEY", pem);
    return env;
  }

  private int build(Map<String, String> env) {
    return Main.run(
        new String[] {
          "build",
          "--config",
          dir.resolve("outpost.yml").toString(),
          "--incidents",
          dir.resolve("incidents").toString(),
          "--out",
          dir.resolve("_site").toString(),
          "--now",
          "2026-11-21T12:00:00Z"
        },
        new PrintWriter(out),
        new PrintWriter(err),
        env);
  }

  private void installation(String repository, long id) {
    installationStub(repository, id);
  }

  private final Map<String, com.github.tomakehurst.wiremock.stubbing.StubMapping> installations =
      new HashMap<>();

  private com.github.tomakehurst.wiremock.stubbing.StubMapping installationStub(
      String repository, long id) {
    return installations.computeIfAbsent(
        repository,
        r ->
            withJwt(
                get(urlEqualTo("/repos/" + r + "/installation")),
                "{\"id\":"
                    + id
                    + ",\"app_id\":4242,\"app_slug\":\"acme-status\",\"target_type\":"
                    + "\"Organization\",\"account\":{\"login\":\""
                    + r.substring(0, r.indexOf('/'))
                    + "\",\"type\":\"Organization\"},\"access_tokens_url\":\""
                    + github.restUri()
                    + "/app/installations/"
                    + id
                    + "/access_tokens\",\"repository_selection\":\"selected\","
                    + "\"permissions\":{\"issues\":\"write\",\"metadata\":\"read\"}}"));
  }

  private void token(long installation, String token) {
    withJwt(
        post(urlEqualTo("/app/installations/" + installation + "/access_tokens")),
        201,
        "{\"token\":\""
            + token
            + "\",\"expires_at\":\"2026-11-21T13:00:00Z\",\"permissions\":{\"issues\":\"write\","
            + "\"metadata\":\"read\"},\"repository_selection\":\"selected\"}");
  }

  private com.github.tomakehurst.wiremock.stubbing.StubMapping withJwt(
      MappingBuilder request, String body) {
    return withJwt(request, 200, body);
  }

  /** Answers {@code request} only when its JWT verifies with the App's public key. */
  private com.github.tomakehurst.wiremock.stubbing.StubMapping withJwt(
      MappingBuilder request, int status, String body) {
    return github
        .server()
        .stubFor(
            request
                .atPriority(1)
                .andMatching(r -> MatchResult.of(verifies(r)))
                .willReturn(FakeGitHub.github(status).withBody(body)));
  }

  /**
   * Whether the request carries a JWT as GitHub accepts it: RS256, signed with the App's key,
   * issued by the App, issued no later than now (with a minute for clock drift) and expiring after
   * now, at most 10 minutes after it was issued.
   */
  private boolean verifies(Request request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.startsWith("Bearer ")) {
      return fail("no bearer JWT");
    }
    String[] parts = header.substring("Bearer ".length()).split("\\.");
    if (parts.length != 3) {
      return fail("not a JWT");
    }
    try {
      JsonNode head = Issue.JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
      JsonNode claims = Issue.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
      if (!"RS256".equals(head.path("alg").asText())) {
        return fail("alg " + head.path("alg"));
      }
      if (!signed(parts[0] + "." + parts[1], parts[2], app.getPublic())) {
        return fail("bad signature");
      }
      long now = Instant.now().getEpochSecond();
      long iat = claims.path("iat").asLong(-1);
      long exp = claims.path("exp").asLong(-1);
      if (!APP_ID.equals(claims.path("iss").asText())) {
        return fail("iss " + claims.path("iss"));
      }
      if (iat < 0 || iat > now + 60) {
        return fail("iat " + iat + " is in the future");
      }
      if (exp <= now || exp - iat > 600) {
        return fail("exp " + exp + " (iat " + iat + ")");
      }
      return true;
    } catch (Exception e) {
      return fail(e.toString());
    }
  }

  private boolean fail(String why) {
    jwtProblems.add(why);
    return false;
  }

  private static boolean signed(String content, String signature, PublicKey key) throws Exception {
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initVerify(key);
    rsa.update(content.getBytes(StandardCharsets.US_ASCII));
    return rsa.verify(Base64.getUrlDecoder().decode(signature));
  }

  private int restRequests(String method, String path) {
    var pattern =
        method.equals("GET")
            ? getRequestedFor(urlEqualTo(path))
            : postRequestedFor(urlEqualTo(path));
    return github.server().countRequestsMatching(pattern.build()).getCount();
  }

  private static KeyPair keyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * The private key as GitHub gives it for download: PKCS#1 in PEM. Java encodes PKCS#8, whose last
   * field (after a 26-byte header for a 2048-bit key) is the PKCS#1 key.
   */
  private static String pkcs1(KeyPair pair) {
    byte[] pkcs8 = pair.getPrivate().getEncoded();
    if (pkcs8[22] != 0x04 || pkcs8[23] != (byte) 0x82) {
      throw new AssertionError("unexpected PKCS#8 layout");
    }
    byte[] pkcs1 = Arrays.copyOfRange(pkcs8, 26, pkcs8.length);
    return "-----BEGIN RSA PRIVATE KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(pkcs1)
        + "\n-----END RSA PRIVATE KEY-----\n";
  }
}
