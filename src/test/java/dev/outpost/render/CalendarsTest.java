package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Maintenance;
import dev.outpost.model.MaintenanceUpdate;
import dev.outpost.model.StatusPage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The maintenance calendars, read back by ical4j. */
class CalendarsTest extends RenderingTest {
  @Test
  void theSiteCalendarHasAnEventPerWindow() throws Exception {
    whenRendered();
    List<VEvent> events = events("maintenance.ics");

    assertEquals(2, events.size());
    VEvent network = events.get(0);
    assertEquals("network-work@status.acme.example", value(network, Property.UID));
    assertEquals("Network maintenance", value(network, Property.SUMMARY));
    assertEquals("20261120T010000Z", value(network, Property.DTSTART));
    assertEquals("20261120T023000Z", value(network, Property.DTEND), "ended early");
    assertEquals("2", value(network, Property.SEQUENCE), "one note, completed early");
    assertEquals("20261120T023000Z", value(network, Property.DTSTAMP));
    VEvent upgrade = events.get(1);
    assertEquals("db-upgrade@status.acme.example", value(upgrade, Property.UID));
    assertEquals("0", value(upgrade, Property.SEQUENCE));
    assertEquals("20261125T220000Z", value(upgrade, Property.DTSTAMP), "the start");
    assertEquals(
        "We upgrade to the next major version.\n\nAffected: Database\n\n"
            + "https://status.acme.example/incidents/db-upgrade/",
        value(upgrade, Property.DESCRIPTION));
    assertEquals("https://status.acme.example/incidents/db-upgrade/", value(upgrade, Property.URL));
  }

  @Test
  void eachComponentHasACalendarOfItsWindows() throws Exception {
    whenRendered();
    assertEquals(1, events("components/db/maintenance.ics").size());
    assertEquals(1, events("components/api/maintenance.ics").size());
    assertEquals(
        "network-work@status.acme.example",
        value(events("components/website/maintenance.ics").get(0), Property.UID));
  }

  @Test
  void linesEndInCrlfAndAreFoldedAt75OctetsWithTextEscaped() throws Exception {
    String long_ = "Ünïcödé 状態 🚧, semicolons; back\\slashes and a very long title ".repeat(4);
    page =
        withMaintenance(
            new Maintenance(
                "long",
                long_.strip(),
                Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2026-12-01T01:00:00Z"),
                null,
                List.of("api"),
                List.of(new MaintenanceUpdate(Instant.parse("2026-11-20T00:00:00Z"), "a\nb")),
                "",
                Demo.dbUpgrade().origin()));
    whenRendered();
    String ics = file("maintenance.ics");
    assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
      assertTrue(!line.contains("\n") && !line.contains("\r"), line);
    }
    VEvent event = events("maintenance.ics").get(0);
    assertEquals(long_.strip(), value(event, Property.SUMMARY));
    assertTrue(value(event, Property.DESCRIPTION).startsWith("2026-11-20 00:00 UTC: a\nb\n\n"));
    assertEquals("1", value(event, Property.SEQUENCE));
  }

  private StatusPage withMaintenance(Maintenance m) {
    return new StatusPage(
        page.site(), page.groups(), page.components(), page.uptime(), page.incidents(), List.of(m));
  }

  @Test
  void aWindowWithAReminderTimeHasAnAlarmThatLongBeforeItsStart() throws Exception {
    page =
        new StatusPage(
            page.site(),
            page.groups(),
            page.components(),
            page.uptime(),
            page.incidents(),
            page.maintenance().stream()
                .map(m -> m.withDefaultReminder(java.time.Duration.ofMinutes(45)))
                .toList());
    whenRendered();
    VEvent upgrade = events("maintenance.ics").get(1);
    List<net.fortuna.ical4j.model.component.VAlarm> alarms = upgrade.getAlarms();
    assertEquals(1, alarms.size());
    assertEquals("DISPLAY", alarms.get(0).getProperty(Property.ACTION).orElseThrow().getValue());
    assertEquals("-PT45M", alarms.get(0).getProperty(Property.TRIGGER).orElseThrow().getValue());
    assertEquals(
        "Database upgrade",
        alarms.get(0).getProperty(Property.DESCRIPTION).orElseThrow().getValue());
  }

  @Test
  void aWindowWithoutAReminderTimeHasNoAlarm() throws Exception {
    whenRendered();
    assertTrue(events("maintenance.ics").stream().allMatch(e -> e.getAlarms().isEmpty()));
  }

  @Test
  void twoSitesOnOneHostHaveDistinctUidsThatStayTheSameFromBuildToBuild() throws Exception {
    givenSiteAt("https://acme.github.io/status/");
    whenRendered();
    String first = value(events("maintenance.ics").get(1), Property.UID);
    whenRendered();
    assertEquals(first, value(events("maintenance.ics").get(1), Property.UID));
    assertEquals("db-upgrade@acme.github.io/status", first);

    givenSiteAt("https://acme.github.io/other-status/");
    whenRendered();
    assertEquals(
        "db-upgrade@acme.github.io/other-status",
        value(events("maintenance.ics").get(1), Property.UID));
  }

  @Test
  void theDescriptionIsTheMarkdownAsPlainText() throws Exception {
    page =
        withMaintenance(
            new Maintenance(
                "md",
                "Markdown window",
                Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2026-12-01T01:00:00Z"),
                null,
                List.of("api"),
                List.of(
                    new MaintenanceUpdate(
                        Instant.parse("2026-11-20T00:00:00Z"), "Now **underway**; see `db`.")),
                "## Plan\n\n- *Stop* the [API](https://acme.example/api), then\n- start it.",
                Demo.dbUpgrade().origin()));
    whenRendered();
    String description = value(events("maintenance.ics").get(0), Property.DESCRIPTION);

    assertTrue(description.startsWith("Plan\n\n"), description);
    assertTrue(description.contains("Stop the"), description);
    assertTrue(description.contains("https://acme.example/api"), description);
    assertTrue(
        description.contains("2026-11-20 00:00 UTC: Now underway; see \"db\"."), description);
    for (String markup : List.of("**", "##", "`", "](", "*Stop")) {
      assertTrue(!description.contains(markup), () -> markup + " left in " + description);
    }
    String ics = file("maintenance.ics");
    assertTrue(ics.contains("Now underway\\; see \"db\"."), "semicolons escaped per RFC 5545");
  }

  @Test
  void markdownNestedThousandsDeepStillGivesADescription() throws Exception {
    page =
        withMaintenance(
            new Maintenance(
                "deep",
                "Deep window",
                Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2026-12-01T01:00:00Z"),
                null,
                List.of("api"),
                List.of(),
                "> ".repeat(20_000) + "deep words",
                Demo.dbUpgrade().origin()));
    whenRendered();
    String description = value(events("maintenance.ics").get(0), Property.DESCRIPTION);
    assertTrue(description.contains("deep words"), description.substring(0, 200));
  }

  private List<VEvent> events(String path) throws IOException, ParserException {
    Calendar calendar = new CalendarBuilder().build(new StringReader(file(path)));
    var validation = calendar.validate();
    assertTrue(!validation.hasErrors(), () -> path + ": " + validation.getEntries());
    return calendar.getComponents(Component.VEVENT).stream().map(c -> (VEvent) c).toList();
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElseThrow();
  }
}
