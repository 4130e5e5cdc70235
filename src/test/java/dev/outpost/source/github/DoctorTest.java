package dev.outpost.source.github;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outpost doctor} against a fake of GitHub's REST API, answering as GitHub documents it:
 * first everything in order, then each thing that keeps a page from updating, one at a time.
 */
class DoctorTest {
  @TempDir Path dir;
  private final FakeGitHub github = new FakeGitHub();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void givenEverythingInOrder() throws IOException {
    Files.writeString(
        dir.resolve("outpost.yml"),
        """
        site: { title: Acme Status, url: "https://acme.github.io/status/" }
        components: [{ id: api, name: API }]
        github:
          repositories: [acme/api, { repository: acme/status, prefix: "" }]
        labels: { maintenance: Planned }
        """);
    repository("acme/api", true, true);
    repository("acme/status", true, true);
    labels("acme/api", "outage", "planned", "bug");
    labels("acme/status", "Outage", "Planned");
    pages(
        "acme/status",
        200,
        "{\"url\":\"https://api.github.com/repos/acme/status/pages\","
            + "\"status\":\"built\",\"cname\":null,\"custom_404\":false,"
            + "\"html_url\":\"https://acme.github.io/status/\",\"build_type\":\"workflow\","
            + "\"source\":{\"branch\":\"main\",\"path\":\"/\"},\"public\":true,\"https_enforced\":true}");
    workflow("acme/status", 200);
    rateLimit(4990);
    env.put("GITHUB_API_URL", github.restUri());
    env.put("GITHUB_GRAPHQL_URL", github.uri().toString());
    env.put("GITHUB_TOKEN", FakeGitHub.TOKEN);
    env.put("GITHUB_REPOSITORY", "acme/status");
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void everythingInOrderIsOneOkLineACheck() throws IOException {
    Path summary = dir.resolve("summary.md");
    env.put("GITHUB_STEP_SUMMARY", summary.toString());

    int code = doctor("--pin");

    assertEquals(0, code, out.toString() + err);
    assertEquals(
        """
        ok       access acme/api: the token may write its issues
        ok       labels acme/api: `outage` and `Planned` exist
        ok       access acme/status: the token may write its issues
        ok       labels acme/status: `outage` and `Planned` exist
        ok       pages acme/status: GitHub Pages is built by GitHub Actions
        ok       workflow acme/status: .github/workflows/status.yml is there
        ok       rate limit: GraphQL 4990 of 5000, REST 4990 of 5000 left
        No problems found.
        """,
        out.toString());
    String markdown = Files.readString(summary);
    assertTrue(markdown.startsWith("## outpost doctor\n"), markdown);
    assertTrue(markdown.contains("| ✅ | pages acme/status |"), markdown);
  }

  @Test
  void noTokenIsTheOneProblem() throws IOException {
    env.remove("GITHUB_TOKEN");
    Files.writeString(
        dir.resolve("outpost.yml"),
        """
        site: { title: Acme Status, url: "https://acme.github.io/status/" }
        components: [{ id: api, name: API }]
        github: { repository: acme/status }
        """);

    assertEquals(1, doctor());
    assertEquals(
        "problem  token: no token and no GitHub App; fix: set GITHUB_TOKEN (the action's token"
            + " input), or a GitHub App's app-id and app-private-key; see docs/tokens.md\n"
            + "1 problem found.\n",
        out.toString());
    assertEquals(0, github.server().getAllServeEvents().size());
  }

  @Test
  void aRepositoryTheTokenCannotSeeIsNamedWithTheFix() {
    github
        .server()
        .stubFor(
            get(urlPathEqualTo("/repos/acme/api"))
                .atPriority(1)
                .willReturn(
                    FakeGitHub.github(404)
                        .withBody(
                            "{\"message\":\"Not Found\",\"documentation_url\":"
                                + "\"https://docs.github.com/rest/repos/repos#get-a-repository\","
                                + "\"status\":\"404\"}")));

    assertEquals(1, doctor());
    assertTrue(
        out.toString()
            .startsWith(
                "problem  access acme/api: cannot read it: HTTP 404: Not Found; fix: give the"
                    + " token access to acme/api (a fine-grained token: add the repository; the"
                    + " workflow's own token reaches only its repository: see docs/tokens.md)\n"
                    + "ok       access acme/status:"),
        out.toString());
    assertTrue(
        out.toString()
            .contains(
                "\nproblem  several repositories: the page reads 2 repositories with one token and"
                    + " no GitHub App, and the token does not reach acme/api; fix: give the Action"
                    + " a GitHub App (app-id and app-private-key; outpost init --app writes them"
                    + " from the variable OUTPOST_APP_ID and the secret OUTPOST_APP_PRIVATE_KEY)"
                    + " or a fine-grained token that reaches every repository: see"
                    + " docs/tokens.md\n"),
        out.toString());
    assertTrue(out.toString().endsWith("2 problems found.\n"), out.toString());
  }

  @Test
  void oneRepositoryTheTokenCannotSeeIsNoMatterOfSeveralRepositories() throws IOException {
    Files.writeString(
        dir.resolve("outpost.yml"),
        """
        site: { title: Acme Status, url: "https://acme.github.io/status/" }
        components: [{ id: api, name: API }]
        github: { repository: acme/api }
        """);
    github
        .server()
        .stubFor(
            get(urlPathEqualTo("/repos/acme/api"))
                .atPriority(1)
                .willReturn(FakeGitHub.github(404).withBody("{\"message\":\"Not Found\"}")));

    assertEquals(1, doctor());
    assertTrue(out.toString().startsWith("problem  access acme/api:"), out.toString());
    assertFalse(out.toString().contains("several repositories"), out.toString());
  }

  @Test
  void noTokenForSeveralRepositoriesSaysSo() {
    env.remove("GITHUB_TOKEN");

    assertEquals(1, doctor());
    assertTrue(
        out.toString()
            .startsWith(
                "problem  token: no token and no GitHub App, for a page of 2 repositories; fix:"),
        out.toString());
  }

  @Test
  void issuesTurnedOffAreAProblem() {
    repository("acme/api", false, true);

    assertEquals(1, doctor());
    assertTrue(
        out.toString()
            .startsWith(
                "problem  access acme/api: issues are turned off; fix: turn on Issues in"
                    + " acme/api's settings\n"),
        out.toString());
  }

  @Test
  void pinningWithAnAccountThatCannotWriteIsAProblem() {
    repository("acme/api", true, false);

    assertEquals(0, doctor(), "reading alone needs no more");
    assertEquals(1, doctor("--pin"));
    assertTrue(
        out.toString()
            .contains(
                "problem  access acme/api: the token's account can read but not write its issues,"
                    + " so pinning fails; fix: use an account with write access, or a GitHub App"
                    + " with Issues: Read and write\n"),
        out.toString());
  }

  @Test
  void aMissingLabelSaysHowToCreateIt() {
    labels("acme/api", "outage", "bug");

    assertEquals(1, doctor());
    assertTrue(
        out.toString()
            .contains(
                "problem  labels acme/api: `Planned` is missing; fix: run: outpost init --labels"
                    + " --repository acme/api\n"),
        out.toString());
  }

  @Test
  void pagesNotEnabledIsAProblem() {
    pages(
        "acme/status",
        404,
        "{\"message\":\"Not Found\",\"documentation_url\":"
            + "\"https://docs.github.com/rest/pages/pages#get-a-apiname-pages-site\"}");

    assertEquals(1, doctor());
    assertTrue(
        out.toString()
            .contains(
                "problem  pages acme/status: GitHub Pages is not enabled; fix: in acme/status's"
                    + " Settings → Pages, set Source to GitHub Actions\n"),
        out.toString());
  }

  @Test
  void pagesBuiltFromABranchIsAProblem() {
    pages(
        "acme/status",
        200,
        "{\"status\":\"built\",\"build_type\":\"legacy\",\"source\":{\"branch\":\"gh-pages\","
            + "\"path\":\"/\"}}");

    assertEquals(1, doctor());
    assertTrue(
        out.toString()
            .contains(
                "problem  pages acme/status: GitHub Pages builds from a branch (build_type"
                    + " legacy), so the site the workflow deploys is not published; fix: in"
                    + " acme/status's Settings → Pages, set Source to GitHub Actions\n"),
        out.toString());
  }

  @Test
  void aMissingWorkflowIsAProblem() {
    workflow("acme/status", 404);

    assertEquals(1, doctor());
    assertTrue(
        out.toString()
            .contains(
                "problem  workflow acme/status: no .github/workflows/status.yml in the default"
                    + " branch; fix: run outpost init in the repository and commit the workflows"
                    + " it writes\n"),
        out.toString());
  }

  @Test
  void aLowRateLimitSaysWhenItResets() {
    rateLimit(12);

    assertEquals(1, doctor());
    assertTrue(
        out.toString()
            .contains(
                "problem  rate limit: GraphQL 12 of 5000, REST 12 of 5000 left; it resets at"
                    + " 2026-11-21T12:00:00Z; fix: wait until then, or read with a GitHub App,"
                    + " whose limit is its own\n"),
        out.toString());
  }

  @Test
  void whatGitHubSaysCannotWriteAWorkflowCommand() {
    github
        .server()
        .stubFor(
            get(urlPathEqualTo("/repos/acme/api"))
                .atPriority(1)
                .willReturn(
                    FakeGitHub.github(403)
                        .withBody(
                            "{\"message\":\"Forbidden\\n::add-mask::x\\r\\n::error::owned\"}")));
    env.put("GITHUB_ACTIONS", "true");

    assertEquals(1, doctor());
    for (String line : out.toString().split("\n")) {
      assertTrue(!line.startsWith("::"), line);
    }
    assertTrue(
        out.toString().contains("HTTP 403: Forbidden\\n::add-mask::x\\r\\n::error::owned"),
        out.toString());
  }

  @Test
  void aGitHubAppThatMayOnlyReadIssuesCannotPin() throws Exception {
    java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    java.security.PrivateKey key = generator.generateKeyPair().getPrivate();
    env.remove("GITHUB_TOKEN");
    env.put("OUTPOST_APP_ID", "4242");
    env.put(
        "OUTPOST_APP_PRIVATE_KEY",
        "-----BEGIN PRIVATE KEY-----\n"
            + java.util.Base64.getMimeEncoder().encodeToString(key.getEncoded())
            + "\n-----END PRIVATE KEY-----\n");
    app("/app", 200, "{\"id\":4242,\"slug\":\"acme-status\",\"name\":\"Acme Status\"}");
    app(
        "/repos/acme/api/installation",
        200,
        "{\"id\":77,\"app_id\":4242,\"account\":{\"login\":\"acme\"},"
            + "\"permissions\":{\"issues\":\"read\",\"metadata\":\"read\"}}");
    github
        .server()
        .stubFor(
            com.github.tomakehurst.wiremock.client.WireMock.post(
                    urlPathEqualTo("/app/installations/77/access_tokens"))
                .willReturn(
                    FakeGitHub.github(201)
                        .withBody(
                            "{\"token\":\""
                                + FakeGitHub.TOKEN
                                + "\",\"expires_at\":\"2026-11-21T13:00:00Z\","
                                + "\"permissions\":{\"issues\":\"read\",\"metadata\":"
                                + "\"read\"},\"repository_selection\":\"all\"}")));

    assertEquals(1, doctor("--pin"));
    assertTrue(
        out.toString()
            .startsWith(
                "problem  access acme/api: the GitHub App may read issues, not write; fix: give"
                    + " the App the permission Issues: Read and write, then accept it on the"
                    + " installation\n"),
        out.toString());
    assertEquals(
        1,
        github
            .server()
            .countRequestsMatching(
                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                        urlPathEqualTo("/app/installations/77/access_tokens"))
                    .build())
            .getCount(),
        "one token for acme, both repositories");
  }

  private void app(String path, int status, String body) {
    github
        .server()
        .stubFor(
            get(urlPathEqualTo(path))
                .withHeader(
                    "Authorization",
                    com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer ey.*"))
                .willReturn(FakeGitHub.github(status).withBody(body)));
  }

  private int doctor(String... more) {
    out.getBuffer().setLength(0);
    List<String> args =
        new java.util.ArrayList<>(
            List.of("doctor", "--config", dir.resolve("outpost.yml").toString()));
    args.addAll(List.of(more));
    return Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), env);
  }

  /** {@code GET /repos/{owner}/{repo}}, for a token whose account may push or only pull. */
  private void repository(String name, boolean issues, boolean push) {
    String owner = name.substring(0, name.indexOf('/'));
    rest(
        "/repos/" + name,
        200,
        "{\"id\":1,\"node_id\":\"R_1\",\"name\":\""
            + name.substring(name.indexOf('/') + 1)
            + "\",\"full_name\":\""
            + name
            + "\",\"private\":false,\"owner\":{\"login\":\""
            + owner
            + "\",\"id\":2,\"type\":\"Organization\"},\"html_url\":\"https://github.com/"
            + name
            + "\",\"has_issues\":"
            + issues
            + ",\"has_pages\":true,\"default_branch\":\"main\",\"permissions\":{\"admin\":false,"
            + "\"maintain\":false,\"push\":"
            + push
            + ",\"triage\":"
            + push
            + ",\"pull\":true}}");
  }

  private void labels(String repository, String... names) {
    StringBuilder body = new StringBuilder("[");
    for (int i = 0; i < names.length; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"id\":")
          .append(i + 1)
          .append(",\"node_id\":\"LA_")
          .append(i)
          .append("\",\"name\":\"")
          .append(names[i])
          .append("\",\"color\":\"d73a4a\",\"default\":false,\"description\":null}");
    }
    rest("/repos/" + repository + "/labels", 200, body.append("]").toString());
  }

  private void pages(String repository, int status, String body) {
    rest("/repos/" + repository + "/pages", status, body);
  }

  private void workflow(String repository, int status) {
    String path = ".github/workflows/status.yml";
    rest(
        "/repos/" + repository + "/contents/" + path,
        status,
        status == 200
            ? "{\"type\":\"file\",\"encoding\":\"base64\",\"size\":5,\"name\":\"status.yml\","
                + "\"path\":\""
                + path
                + "\",\"content\":\"bmFtZTo=\\n\",\"sha\":\"3d21ec53a331a6f037a91c368710b99387d012c1\"}"
            : "{\"message\":\"Not Found\",\"documentation_url\":"
                + "\"https://docs.github.com/rest/repos/contents#get-repository-content\"}");
  }

  private void rateLimit(int remaining) {
    String record =
        "{\"limit\":5000,\"used\":"
            + (5000 - remaining)
            + ",\"remaining\":"
            + remaining
            + ",\"reset\":"
            + FakeGitHub.RESET
            + "}";
    rest(
        "/rate_limit",
        200,
        "{\"resources\":{\"core\":"
            + record
            + ",\"graphql\":"
            + record
            + ",\"search\":"
            + other(30)
            + ",\"integration_manifest\":"
            + other(5000)
            + ",\"code_scanning_upload\":"
            + other(1000)
            + ",\"source_import\":"
            + other(100)
            + "},\"rate\":"
            + record
            + "}");
  }

  /** A resource of the rate limit that Outpost does not use, untouched. */
  private static String other(int limit) {
    return "{\"limit\":"
        + limit
        + ",\"used\":0,\"remaining\":"
        + limit
        + ",\"reset\":"
        + FakeGitHub.RESET
        + "}";
  }

  private void rest(String path, int status, String body) {
    github
        .server()
        .stubFor(
            get(urlPathEqualTo(path))
                .withHeader("Authorization", equalTo("Bearer " + FakeGitHub.TOKEN))
                .willReturn(FakeGitHub.github(status).withBody(body)));
  }
}
