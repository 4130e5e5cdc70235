package dev.outpost.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outpost import statuspage} against a local fake of a Statuspage page's public v2 API and
 * of its manage API, serving documents shaped as Statuspage's (checked against their schemas).
 */
class ImportStatuspageCommandTest {
  private static final Path FIXTURES = Path.of("src/test/resources/statuspage-import/api/v2");
  private static final String NOW = "2026-12-06T00:00:00Z";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONFIG =
      """
      site:
        title: Acme Status
        url: https://acme.github.io/status/
        timezone: UTC
      components:
        - { id: web, name: Website }   # ours already
      """;

  @TempDir Path dir;
  private WireMockServer server;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void givenASiteAndAStatuspagePage() throws IOException {
    Files.writeString(dir.resolve("outpost.yml"), CONFIG);
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    for (String name : List.of("summary", "incidents", "scheduled-maintenances")) {
      server.stubFor(
          get(urlEqualTo("/api/v2/" + name + ".json"))
              .willReturn(okJson(Files.readString(FIXTURES.resolve(name + ".json")))));
    }
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void theFixturesHaveStatuspagesShapes() throws IOException {
    for (String name : List.of("summary", "incidents", "scheduled-maintenances")) {
      try (InputStream in =
          getClass().getResourceAsStream("/statuspage/" + name + ".schema.json")) {
        var schema =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(
                    in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        Set<ValidationMessage> errors =
            schema.validate(Files.readString(FIXTURES.resolve(name + ".json")), InputFormat.JSON);
        assertTrue(errors.isEmpty(), name + ": " + errors);
      }
    }
  }

  @Test
  void importsAPageFromItsAddressIntoFilesThatValidate() throws IOException {
    assertEquals(0, run("import", "statuspage", server.baseUrl()), err.toString());

    assertEquals(
        List.of(
            "2026-08-05-network-maintenance.md",
            "2026-09-14-slow-logins.md",
            "2026-10-02-website-unreachable.md",
            "2026-11-20-elevated-api-error-rates.md",
            "2026-12-10-database-upgrade.md"),
        List.copyOf(snapshot().keySet()));
    assertEquals(
        """
        ---
        # Imported from Statuspage: incident p31zjtct2jer (%s)
        title: "Elevated API error rates"
        components:
          api: partial_outage
          database: degraded_performance
        impact: major
        started: 2026-11-20T08:14:27Z
        resolved: 2026-11-20T10:02:11Z
        updates:
          - at: 2026-11-20T08:14:27Z
            state: investigating
            body: "We are seeing errors on the API."
          - at: 2026-11-20T08:40:00Z
            state: identified
            body: "A faulty deploy is being rolled back."
          - at: 2026-11-20T09:31:05Z
            state: monitoring
            components:
              api: degraded_performance
            body: "A fix has been deployed; we are <b>watching</b> the results."
          - at: 2026-11-20T10:02:11Z
            state: resolved
            components:
              api: operational
            body: "Error rates are back to normal."
        ---
        """
            .formatted(digestOf("2026-11-20-elevated-api-error-rates.md")),
        read("2026-11-20-elevated-api-error-rates.md"));
    assertEquals(
        """
        ---
        # Imported from Statuspage: incident c5v6b7n8m9q0 (%s)
        title: "Network maintenance"
        components: [web]
        maintenance:
          start: 2026-08-05T02:00:00Z
          end: 2026-08-05T04:00:00Z
          completed: 2026-08-05T03:12:00Z
        updates:
          - at: 2026-08-01T10:00:00Z
            body: "Our network provider will replace a router."
          - at: 2026-08-05T02:00:00Z
            body: "The maintenance has begun."
          - at: 2026-08-05T03:12:00Z
            body: "The maintenance is complete."
        ---
        """
            .formatted(digestOf("2026-08-05-network-maintenance.md")),
        read("2026-08-05-network-maintenance.md"));
    assertEquals(
        """
        site:
          title: Acme Status
          url: https://acme.github.io/status/
          timezone: UTC
        groups:
          # Added by outpost import statuspage
          - { id: infrastructure, name: "Infrastructure", description: "What everything else runs on" }
        components:
          - { id: web, name: Website }   # ours already
          # Added by outpost import statuspage
          - { id: api, name: "API", description: "The REST API", group: infrastructure }
          - { id: database, name: "Database", group: infrastructure }
        """,
        Files.readString(dir.resolve("outpost.yml")));
    String printed = out.toString();
    String incidentsUrl = server.baseUrl() + "/api/v2/incidents.json";
    assertTrue(
        printed.contains(
            incidentsUrl
                + ": incident yc4mxz8pq7rd's update a1s2d3f4g5h6: its custom tweet has no place in"
                + " Outpost; not carried over\n"),
        printed);
    assertTrue(
        printed.contains(
            incidentsUrl
                + ": incident yc4mxz8pq7rd: has a postmortem that the public API does not give;"),
        printed);
    assertTrue(
        printed.contains(
            incidentsUrl
                + ": incident w9e8r7t6y5u4: its updates name no component statuses; its components"
                + " read as degraded_performance, from its impact\n"),
        printed);
    assertTrue(
        printed.contains(
            "Redirects from Statuspage's pages to Outpost's:\n"
                + "  https://status.acme.test/incidents/c5v6b7n8m9q0 ->"
                + " /status/incidents/2026-08-05-network-maintenance/\n"),
        printed);
    assertTrue(
        printed.contains(
            "5 Statuspage incidents: 3 incidents and 2 maintenance windows, 5 new, 0 unchanged; 0"
                + " not imported.\n"),
        printed);
    assertTrue(read("2026-10-02-website-unreachable.md").contains("  web: major_outage\n"));

    out = new StringWriter();
    assertEquals(0, runWithSources("validate"), err.toString() + out);
  }

  @Test
  void itImportsThePageAsItStoodAtNow() throws IOException {
    String[] args = {
      "import",
      "statuspage",
      server.baseUrl(),
      "--config",
      dir.resolve("outpost.yml").toString(),
      "--incidents",
      dir.resolve("incidents").toString(),
      "--now",
      "2026-11-20T09:00:00Z"
    };

    assertEquals(
        0, Main.run(args, new PrintWriter(out), new PrintWriter(err), env), err.toString());

    String text = read("2026-11-20-elevated-api-error-rates.md");
    assertFalse(text.contains("resolved:"), text);
    assertTrue(text.contains("  - at: 2026-11-20T08:40:00Z\n"), text);
    assertFalse(text.contains("2026-11-20T09:31:05Z"), text);
    String incidentsUrl = server.baseUrl() + "/api/v2/incidents.json";
    assertTrue(
        out.toString()
            .contains(
                incidentsUrl
                    + ": incident p31zjtct2jer: 2 updates after now (2026-11-20T09:00:00Z) left"
                    + " out\n"),
        out.toString());
    assertTrue(
        out.toString()
            .contains(
                incidentsUrl
                    + ": incident p31zjtct2jer: resolved after now (2026-11-20T09:00:00Z); imported"
                    + " as ongoing\n"),
        out.toString());
    assertEquals(5, snapshot().size(), snapshot().keySet().toString());
  }

  @Test
  void savedDocumentsGiveTheSameFilesAndASecondImportChangesNothing() throws IOException {
    assertEquals(0, run("import", "statuspage", server.baseUrl()), err.toString());
    Map<String, String> fromAddress = snapshot();
    String config = Files.readString(dir.resolve("outpost.yml"));
    Files.writeString(dir.resolve("outpost.yml"), CONFIG);
    deleteIncidents();

    Path saved = dir.resolve("saved");
    copy(FIXTURES, saved.resolve("api/v2"));
    assertEquals(0, run("import", "statuspage", saved.toString()), err.toString());
    assertEquals(config, Files.readString(dir.resolve("outpost.yml")));
    assertEquals(fromAddress.keySet(), snapshot().keySet());

    out = new StringWriter();
    assertEquals(0, run("import", "statuspage", server.baseUrl()), err.toString());
    assertEquals(fromAddress, snapshot());
    assertEquals(config, Files.readString(dir.resolve("outpost.yml")));
    assertTrue(
        out.toString().contains("5 new, 0 unchanged")
            || out.toString().contains("0 new, 5 unchanged"),
        out.toString());
    assertTrue(out.toString().contains("0 new, 5 unchanged"), out.toString());
  }

  @Test
  void aChangedIncidentUpdatesItsFileUnlessTheFileWasEdited() throws IOException {
    assertEquals(0, run("import", "statuspage", server.baseUrl()), err.toString());
    ObjectNode incidents = (ObjectNode) JSON.readTree(FIXTURES.resolve("incidents.json").toFile());
    ObjectNode slow = (ObjectNode) incidents.withArray("incidents").get(2);
    slow.put("name", "Slow logins for some");
    slow.put("updated_at", "2026-09-15T07:00:00.000Z");
    server.stubFor(
        get(urlEqualTo("/api/v2/incidents.json")).willReturn(okJson(incidents.toString())));

    out = new StringWriter();
    assertEquals(0, run("import", "statuspage", server.baseUrl()), err.toString());
    assertTrue(read("2026-09-14-slow-logins.md").contains("title: \"Slow logins for some\"\n"));
    assertTrue(out.toString().contains("1 updated, 4 unchanged"), out.toString());
    assertEquals(5, snapshot().size());

    Path edited = dir.resolve("incidents/2026-09-14-slow-logins.md");
    Files.writeString(edited, Files.readString(edited) + "We fixed the cache.\n");
    slow.put("name", "Slow logins for many");
    server.stubFor(
        get(urlEqualTo("/api/v2/incidents.json")).willReturn(okJson(incidents.toString())));
    Map<String, String> before = snapshot();
    assertEquals(3, run("import", "statuspage", server.baseUrl()));
    assertTrue(
        err.toString().contains(edited + ": exists with different content; not overwritten"),
        err.toString());
    assertEquals(before, snapshot());
  }

  @Test
  void theManageApiIsReadPageByPageWithTheKeyFromTheEnvironment() throws IOException {
    ObjectNode template =
        (ObjectNode)
            JSON.readTree(FIXTURES.resolve("incidents.json").toFile()).path("incidents").get(0);
    ArrayNode first = JSON.createArrayNode();
    for (int i = 0; i < 100; i++) {
      first.add(incident(template, i));
    }
    ArrayNode second = JSON.createArrayNode();
    ObjectNode last = incident(template, 100);
    last.put("status", "postmortem");
    last.put("postmortem_body", "A deploy shipped a setting that was too small.");
    second.add(last);
    String path = "/v1/pages/k2v9x7p1q3z8/incidents";
    server.stubFor(
        get(urlEqualTo(path + "?page=1&per_page=100"))
            .withHeader("Authorization", equalTo("OAuth s3cret"))
            .willReturn(okJson(first.toString())));
    server.stubFor(
        get(urlEqualTo(path + "?page=2&per_page=100"))
            .withHeader("Authorization", equalTo("OAuth s3cret"))
            .willReturn(okJson(second.toString())));
    env.put("STATUSPAGE_KEY", "s3cret");

    assertEquals(
        0,
        run(
            "import",
            "statuspage",
            server.baseUrl() + "/api/v2/summary.json",
            "--page-id",
            "k2v9x7p1q3z8",
            "--api-key-env",
            "STATUSPAGE_KEY",
            "--api-url",
            server.baseUrl() + "/v1/"),
        err.toString());

    server.verify(2, getRequestedFor(urlPathEqualTo(path)));
    assertEquals(101, snapshot().size());
    String postmortem =
        snapshot().entrySet().stream()
            .filter(e -> e.getValue().contains("incident m100 "))
            .findFirst()
            .orElseThrow()
            .getValue();
    assertTrue(postmortem.contains("postmortem: true\n" + "updates:\n"), postmortem);
    assertTrue(
        postmortem.endsWith("---\nA deploy shipped a setting that was too small.\n"), postmortem);
    assertFalse(out.toString().contains("s3cret") || err.toString().contains("s3cret"));
    out = new StringWriter();
    assertEquals(0, runWithSources("validate"), err.toString() + out);
  }

  @Test
  void aRefusedKeyStopsTheImportNamingTheAddressAndTheVariableNotTheKey() throws IOException {
    server.stubFor(
        get(urlPathEqualTo("/v1/pages/k2v9x7p1q3z8/incidents"))
            .willReturn(unauthorized().withBody("{\"error\":\"Could not authenticate\"}")));
    env.put("STATUSPAGE_KEY", "wrong-key");

    assertEquals(
        4,
        run(
            "import",
            "statuspage",
            "--page-id",
            "k2v9x7p1q3z8",
            "--api-key-env",
            "STATUSPAGE_KEY",
            "--api-url",
            server.baseUrl() + "/v1"));

    assertTrue(
        err.toString()
            .contains(
                "GET "
                    + server.baseUrl()
                    + "/v1/pages/k2v9x7p1q3z8/incidents?page=1&per_page=100: HTTP 401; the API key"
                    + " in $STATUSPAGE_KEY was refused"),
        err.toString());
    assertFalse(err.toString().contains("wrong-key"));
    assertFalse(Files.exists(dir.resolve("incidents")));
  }

  @Test
  void aKeyIsNeverAnArgumentAndAnEmptyVariableIsAnError() {
    assertEquals(
        2, run("import", "statuspage", "--page-id", "k2v9x7p1q3z8", "--api-key-env", "MISSING"));
    assertTrue(
        err.toString().contains("--api-key-env: the environment variable MISSING is empty"),
        err.toString());
    err = new StringWriter();
    assertEquals(2, run("import", "statuspage", "--api-key", "s3cret"));
  }

  @Test
  void brokenJsonIsAnErrorNamingTheFileLineAndColumn() throws IOException {
    Path broken = dir.resolve("incidents.json");
    Files.writeString(broken, "{\n  \"incidents\": [\n    {\"id\": \"abc\",}\n  ]\n}\n");

    assertEquals(1, run("import", "statuspage", broken.toString()));

    assertTrue(err.toString().contains(broken + ":3:18: not JSON: "), err.toString());
    assertFalse(Files.exists(dir.resolve("incidents")));

    server.stubFor(get(urlEqualTo("/api/v2/summary.json")).willReturn(okJson("{\"page\": ")));
    err = new StringWriter();
    assertEquals(1, run("import", "statuspage", server.baseUrl()));
    assertTrue(
        err.toString().contains(server.baseUrl() + "/api/v2/summary.json:1:10: not JSON: "),
        err.toString());
  }

  private static ObjectNode incident(ObjectNode template, int n) {
    ObjectNode copy = template.deepCopy();
    String id = "m" + n;
    copy.put("id", id);
    copy.put("name", "Outage number " + n);
    String day = String.format("2025-%02d-%02d", 1 + n / 28, 1 + n % 28);
    for (String key : List.of("created_at", "started_at", "updated_at")) {
      copy.put(key, day + "T08:14:27.565Z");
    }
    copy.put("resolved_at", day + "T10:02:11.145Z");
    for (var update : copy.withArray("incident_updates")) {
      ObjectNode u = (ObjectNode) update;
      u.put("incident_id", id);
      for (String key : List.of("created_at", "updated_at", "display_at")) {
        u.put(key, day + u.path(key).asText().substring(10));
      }
    }
    copy.putNull("postmortem_body");
    copy.put("postmortem_ignored", false);
    copy.putNull("scheduled_for");
    copy.putNull("scheduled_until");
    copy.putObject("metadata");
    return copy;
  }

  private String digestOf(String name) throws IOException {
    String line = read(name).lines().skip(1).findFirst().orElseThrow();
    return line.substring(line.length() - 13, line.length() - 1);
  }

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--config",
            dir.resolve("outpost.yml").toString(),
            "--incidents",
            dir.resolve("incidents").toString(),
            "--now",
            NOW));
    return Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), env);
  }

  private int runWithSources(String command) {
    return run(command);
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve("incidents").resolve(name));
  }

  private Map<String, String> snapshot() throws IOException {
    Map<String, String> files = new TreeMap<>();
    Path incidents = dir.resolve("incidents");
    if (!Files.isDirectory(incidents)) {
      return files;
    }
    try (Stream<Path> list = Files.list(incidents)) {
      for (Path file : list.toList()) {
        files.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    return files;
  }

  private void deleteIncidents() throws IOException {
    try (Stream<Path> list = Files.list(dir.resolve("incidents"))) {
      for (Path file : list.toList()) {
        Files.delete(file);
      }
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> list = Files.list(from)) {
      for (Path file : list.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }
}
