package dev.outpost.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.rometools.rome.io.SyndFeedInput;
import dev.outpost.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * Every machine-readable file of the demo site and of each scenario's expected site is read by an
 * independent parser: Rome for Atom and RSS, ical4j for calendars, JSON Schemas for the Statuspage
 * API and JSON Feed, the JDK's XML parser for the badges.
 */
class OutputParsersTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final Map<String, JsonSchema> schemas = new HashMap<>();

  @TempDir Path temp;

  @Test
  void everyOutputOfTheDemoParses() throws Exception {
    Path out = temp.resolve("site");
    int code =
        Main.run(
            new String[] {"build", "--now", "2026-11-21T12:00:00Z", "--out", out.toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            Map.of());
    assertEquals(0, code);
    assertEquals(
        17 + 8 * 7 + 3,
        parseAll(out),
        "17 site-wide files (the favicon and the logos too), 7 per component, and the calendar"
            + " of each of the 3 maintenance windows");
  }

  @Test
  void everyOutputOfEachScenarioParses() throws Exception {
    try (Stream<String> names = ScenarioTest.scenarios()) {
      for (String name : names.toList()) {
        Path site = ScenarioTest.SCENARIOS.resolve(name).resolve("expected/site");
        if (Files.isDirectory(site)) {
          assertTrue(parseAll(site) > 20, name);
        }
      }
    }
  }

  private int parseAll(Path site) throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(site)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    int parsed = 0;
    for (Path file : files) {
      String path = site.relativize(file).toString().replace('\\', '/');
      String name = file.getFileName().toString();
      if (!name.matches(".*\\.(atom|rss|ics|svg|json)")) {
        continue; // pages, style sheets and images such as a team's PNG icon
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (name.endsWith(".atom") || name.endsWith(".rss")) {
        var feed = new SyndFeedInput().build(new InputSource(new StringReader(text)));
        assertFalse(feed.getTitle().isBlank(), path);
      } else if (name.endsWith(".ics")) {
        var calendar = new CalendarBuilder().build(new StringReader(text));
        var validation = calendar.validate();
        assertFalse(validation.hasErrors(), () -> path + ": " + validation.getEntries());
      } else if (name.endsWith(".svg")) {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var svg = factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        assertEquals("http://www.w3.org/2000/svg", svg.getDocumentElement().getNamespaceURI());
      } else if (name.endsWith(".json")) {
        checkJson(path, text);
      } else {
        continue;
      }
      parsed++;
    }
    return parsed;
  }

  private void checkJson(String file, String text) throws IOException {
    // An audience page's files are the site's, under its folder, such as partners/api/v2/.
    String path = file.replaceFirst("^[a-z0-9-]+/(?=api/)", "");
    String schema;
    if (path.endsWith("feed.json")) {
      schema = "/jsonfeed/feed.schema.json";
    } else if (path.startsWith("api/v2/")) {
      String endpoint = path.substring("api/v2/".length(), path.length() - ".json".length());
      String name =
          endpoint.startsWith("incidents")
              ? "incidents"
              : endpoint.startsWith("scheduled-maintenances") ? "scheduled-maintenances" : endpoint;
      schema = "/statuspage/" + name + ".schema.json";
    } else if (path.equals("api/checks.json")) {
      schema = "/outpost/checks.schema.json";
    } else {
      JsonNode badge = MAPPER.readTree(text);
      assertEquals(1, badge.get("schemaVersion").asInt(), file);
      assertTrue(badge.get("label").isTextual() && badge.get("message").isTextual(), file);
      return;
    }
    Set<ValidationMessage> errors = schema(schema).validate(text, InputFormat.JSON);
    assertTrue(errors.isEmpty(), () -> file + ": " + errors);
  }

  private JsonSchema schema(String resource) throws IOException {
    JsonSchema schema = schemas.get(resource);
    if (schema == null) {
      try (InputStream in = OutputParsersTest.class.getResourceAsStream(resource)) {
        schema =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(
                    in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
      }
      schemas.put(resource, schema);
    }
    return schema;
  }
}
