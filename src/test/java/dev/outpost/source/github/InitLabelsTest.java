package dev.outpost.source.github;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code outpost init --labels} creates the missing labels, and only those. */
class InitLabelsTest {
  @TempDir Path dir;
  private final FakeGitHub github = new FakeGitHub();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void createsTheMissingLabels() throws IOException {
    ObjectNode data = Issue.JSON.createObjectNode();
    ObjectNode repository = data.putObject("repository");
    repository.put("id", "R_kgDOAcme");
    repository.putObject("labels").putArray("nodes").addObject().put("name", "Outage");
    github
        .server()
        .stubFor(
            post(urlEqualTo(FakeGitHub.PATH))
                .withRequestBody(containing("query Labels"))
                .willReturn(FakeGitHub.ok(data)));
    ObjectNode created = Issue.JSON.createObjectNode();
    created.putObject("createLabel").putObject("label").put("name", "x");
    github
        .server()
        .stubFor(
            post(urlEqualTo(FakeGitHub.PATH))
                .withRequestBody(containing("mutation CreateLabel"))
                .willReturn(FakeGitHub.ok(created)));

    int code =
        Main.run(
            new String[] {
              "init",
              dir.toString(),
              "--yes",
              "--repository",
              "acme/status",
              "-c",
              "api=API",
              "--labels"
            },
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of(
                "GITHUB_GRAPHQL_URL", github.uri().toString(), "GITHUB_TOKEN", FakeGitHub.TOKEN));

    assertEquals(0, code, err.toString());
    assertTrue(
        out.toString()
            .contains(
                "Created labels: maintenance, notice, major-outage, partial-outage, degraded,"
                    + " identified, monitoring, component:api.\n"),
        out.toString());
    List<String> names = new ArrayList<>();
    for (var request : github.logged()) {
      JsonNode body = Issue.JSON.readTree(request.getBodyAsString());
      if (body.path("query").asText().contains("mutation CreateLabel")) {
        assertEquals("R_kgDOAcme", body.path("variables").path("repository").asText());
        names.add(body.path("variables").path("name").asText());
      }
    }
    assertEquals(9, github.requests(), "one read, then one mutation per missing label");
    assertEquals(8, names.size());
  }
}
