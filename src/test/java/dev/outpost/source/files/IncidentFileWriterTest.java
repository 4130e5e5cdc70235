package dev.outpost.source.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.model.ComponentStatus;
import dev.outpost.model.IncidentState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files {@code outpost new} writes, and the names it gives them. */
class IncidentFileWriterTest {
  @Test
  void accentedLettersKeepTheirBaseLetter() {
    assertEquals("etat-du-reseau", IncidentFileWriter.slug("État du réseau"));
    assertEquals("deploiement-rate", IncidentFileWriter.slug("Déploiement raté"));
    assertEquals("storung-bei-zahlungen", IncidentFileWriter.slug("Störung bei Zahlungen"));
  }

  @Test
  void compatibilityFormsBecomeTheirPlainLetters() {
    assertEquals("office-api-2", IncidentFileWriter.slug("Oﬃce ＡＰＩ ２"));
  }

  @Test
  void everythingElseSeparatesWords() {
    assertEquals("api-errors-on-v2", IncidentFileWriter.slug("  API: errors on \"/v2\" !"));
  }

  @Test
  void aTitleWithNoLatinLetterOrDigitIsAnIncident() {
    assertEquals("incident", IncidentFileWriter.slug("障害 — ?"));
  }

  @Test
  void aLongTitleIsCutAtSixtyCharactersWithoutATrailingDash() {
    String title = "a".repeat(59) + " b";

    assertEquals("a".repeat(59), IncidentFileWriter.slug(title));
    assertEquals("a".repeat(60), IncidentFileWriter.slug("a".repeat(61)));
    assertEquals("a".repeat(60), IncidentFileWriter.slug("a".repeat(60)));
  }

  @Test
  void anIncidentIsWrittenWithItsStartAsTheFirstUpdate() {
    Map<String, ComponentStatus> components = new LinkedHashMap<>();
    components.put("web", ComponentStatus.DEGRADED_PERFORMANCE);
    components.put("api", ComponentStatus.MAJOR_OUTAGE);

    assertEquals(
        """
        ---
        title: "API \\"down\\""
        components:
          web: degraded_performance
          api: major_outage
        started: 2026-11-21T12:00:00Z
        updates:
          - at: 2026-11-21T12:00:00Z
            state: identified
            body: "Rolling back.\\nSoon."
        ---
        """,
        IncidentFileWriter.text(
            new IncidentFileWriter.NewIncident(
                "API \"down\"",
                components,
                IncidentState.IDENTIFIED,
                "Rolling back.\nSoon.",
                Instant.parse("2026-11-21T12:00:00.750Z"))));
  }

  @Test
  void anIncidentWithoutAMessageHasNoBody() {
    assertEquals(
        """
        ---
        title: "API down"
        components:
          api: major_outage
        started: 2026-11-21T12:00:00Z
        updates:
          - at: 2026-11-21T12:00:00Z
            state: investigating
        ---
        """,
        IncidentFileWriter.text(
            new IncidentFileWriter.NewIncident(
                "API down",
                Map.of("api", ComponentStatus.MAJOR_OUTAGE),
                IncidentState.INVESTIGATING,
                "  ",
                Instant.parse("2026-11-21T12:00:00Z"))));
  }

  @Test
  void aMaintenanceWindowIsWrittenWithItsMessageAsAnUpdate() {
    assertEquals(
        """
        ---
        title: "Database upgrade"
        components: [api, web]
        maintenance:
          start: 2026-12-06T01:00:00Z
          end: 2026-12-06T03:30:00Z
        updates:
          - at: 2026-11-21T12:00:00Z
            body: "Expect a short read-only period."
        ---
        """,
        IncidentFileWriter.text(
            new IncidentFileWriter.NewMaintenance(
                "Database upgrade",
                List.of("api", "web"),
                Instant.parse("2026-12-06T01:00:00Z"),
                Instant.parse("2026-12-06T03:30:00Z"),
                "Expect a short read-only period.",
                Instant.parse("2026-11-21T12:00:00Z"))));
  }

  @Test
  void aMaintenanceWindowWithoutAMessageHasNoUpdates() {
    assertEquals(
        """
        ---
        title: "Database upgrade"
        components: [api]
        maintenance:
          start: 2026-12-06T01:00:00Z
          end: 2026-12-06T03:30:00Z
        ---
        """,
        IncidentFileWriter.text(
            new IncidentFileWriter.NewMaintenance(
                "Database upgrade",
                List.of("api"),
                Instant.parse("2026-12-06T01:00:00Z"),
                Instant.parse("2026-12-06T03:30:00Z"),
                "",
                Instant.parse("2026-11-21T12:00:00Z"))));
  }

  @Test
  void aTakenNameGetsTheNextNumberAndNothingIsOverwritten(@TempDir Path dir) throws IOException {
    Path incidents = dir.resolve("incidents");
    LocalDate day = LocalDate.parse("2026-11-21");

    Path first = IncidentFileWriter.create(incidents, day, "API down", "one");
    Path second = IncidentFileWriter.create(incidents, day, "API down", "two");
    Path third = IncidentFileWriter.create(incidents, day, "API down", "three");

    assertEquals(incidents.resolve("2026-11-21-api-down.md"), first);
    assertEquals(incidents.resolve("2026-11-21-api-down-2.md"), second);
    assertEquals(incidents.resolve("2026-11-21-api-down-3.md"), third);
    assertEquals("one", Files.readString(first));
    assertEquals("two", Files.readString(second));
    assertEquals("three", Files.readString(third));
  }
}
