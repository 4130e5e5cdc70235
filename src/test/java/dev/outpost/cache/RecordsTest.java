package dev.outpost.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.Pipeline;
import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Impact;
import dev.outpost.model.Incident;
import dev.outpost.model.IncidentState;
import dev.outpost.model.IncidentUpdate;
import dev.outpost.model.Maintenance;
import dev.outpost.model.Origin;
import dev.outpost.model.StatusPage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Records written as bytes come back equal, and bytes that are not one never make anything. */
class RecordsTest {
  private static final String MODEL = "dev.outpost.model";

  @Test
  void everyIncidentAndWindowOfTheDemoComesBackEqual() {
    StatusPage demo =
        Pipeline.read(
            new Pipeline.Request(
                Path.of("outpost.yml"),
                Path.of("incidents"),
                Path.of("unused"),
                Instant.parse("2026-11-21T12:00:00Z")));
    List<Record> records = new ArrayList<>(demo.incidents());
    records.addAll(demo.maintenance());
    assertTrue(records.size() > 20, "demo records: " + records.size());
    for (Record record : records) {
      assertEquals(record, Records.read(Records.write(record), MODEL));
    }
  }

  @Test
  void nullsEmptyTextsAndEveryEnumComeBackEqual() {
    Map<String, ComponentStatus> statuses = new LinkedHashMap<>();
    for (ComponentStatus status : ComponentStatus.values()) {
      statuses.put("c-" + status.name(), status);
    }
    List<IncidentUpdate> updates = new ArrayList<>();
    Instant at = Instant.parse("2026-01-02T03:04:05.123456789Z");
    for (IncidentState state : IncidentState.values()) {
      if (!state.isClosed()) {
        updates.add(new IncidentUpdate(at, state, statuses, "é ✓ 😀 " + state));
        at = at.plusSeconds(1);
      }
    }
    for (Impact impact : Impact.values()) {
      Incident incident =
          new Incident("x", "", impact, updates, "", true, new Origin("incidents/x.md", null));
      assertEquals(incident, Records.read(Records.write(incident), MODEL));
    }
    Incident noImpact = new Incident("x", "t", null, updates, "b", false, null);
    assertEquals(noImpact, Records.read(Records.write(noImpact), MODEL));
    Maintenance window =
        new Maintenance("m", "t", at, at.plusSeconds(60), null, List.of("a"), List.of(), "", null);
    assertEquals(window, Records.read(Records.write(window), MODEL));
  }

  @Test
  void bytesThatAreNotARecordOfThePackageMakeNothing() {
    byte[] incident =
        Records.write(
            new Incident(
                "x",
                "t",
                null,
                List.of(
                    new IncidentUpdate(
                        Instant.EPOCH, IncidentState.INVESTIGATING, Map.of(), "body")),
                "",
                false,
                null));
    assertThrows(
        IllegalArgumentException.class, () -> Records.read(incident, "dev.outpost.render"));
    for (int length = 0; length < incident.length; length += 3) {
      byte[] cut = Arrays.copyOf(incident, length);
      assertThrows(
          IllegalArgumentException.class, () -> Records.read(cut, MODEL), "cut to " + length);
    }
    byte[] longer = Arrays.copyOf(incident, incident.length + 1);
    assertThrows(IllegalArgumentException.class, () -> Records.read(longer, MODEL));
  }

  record Holder(Object anything) {}

  @Test
  void aTypeItDoesNotKnowIsRefusedWhenWriting() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> Records.write(new Holder("text")));
    assertTrue(refused.getMessage().contains("java.lang.Object"), refused.getMessage());
  }
}
