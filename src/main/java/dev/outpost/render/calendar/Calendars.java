package dev.outpost.render.calendar;

import dev.outpost.model.Component;
import dev.outpost.model.Maintenance;
import dev.outpost.model.MaintenanceUpdate;
import dev.outpost.model.StatusPage;
import dev.outpost.render.Markdown;
import dev.outpost.render.SitePaths;
import dev.outpost.words.Words;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Maintenance calendars in iCalendar format: {@code maintenance.ics} for the site, {@code
 * components/<id>/maintenance.ics} for each component, one VEVENT per window, and {@code
 * incidents/<id>/maintenance.ics} for each window alone, to add it to a calendar.
 *
 * <p>Everything is derived from the window, so a build needs no state from the last: {@code
 * UID:<id>@<host>}, with the site's path after the host for a site below a domain's root ({@code
 * <id>@owner.github.io/status}); {@code DESCRIPTION} is the Markdown as plain text; {@code
 * SEQUENCE} counts the notes posted on the window, plus 1 if it was completed early; {@code
 * DTSTAMP} is the time of its last note or early completion, else its start. {@code DTEND} is when
 * it actually ended if it ended early. There is no {@code METHOD}: iTIP's {@code PUBLISH} would
 * require an {@code ORGANIZER}, which a status site does not have, and a subscribed calendar needs
 * none. A window with a reminder time ({@code maintenance.reminder}, else {@code
 * notifications.reminder}) has a {@code VALARM} that goes off that long before its start.
 */
public final class Calendars {
  public static final String FILE = "maintenance.ics";

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter READABLE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Calendars() {}

  /**
   * Every calendar, by path relative to the site's root, each rendered when asked for; they may be
   * asked for on several threads at once. Each window's event is rendered once for all calendars.
   */
  public static Map<String, Supplier<String>> files(StatusPage page) {
    Map<String, String> events = new ConcurrentHashMap<>();
    Words words = Words.of(page.site().language().tag(), page.site().language().strings());
    Map<String, Supplier<String>> files = new LinkedHashMap<>();
    files.put(
        FILE,
        () ->
            calendar(
                page,
                words,
                words.format("calendar.name", "site", page.site().title()),
                m -> true,
                events));
    for (Component c : page.components()) {
      files.put(
          SitePaths.component(c.id()) + FILE,
          () ->
              calendar(
                  page,
                  words,
                  words.format(
                      "calendar.component_name",
                      "component",
                      c.name(),
                      "site",
                      page.site().title()),
                  m -> m.components().contains(c.id()),
                  events));
    }
    for (Maintenance window : page.maintenance()) {
      files.put(
          SitePaths.incident(window.id()) + FILE,
          () ->
              calendar(
                  page,
                  words,
                  window.title() + " · " + page.site().title(),
                  m -> m.id().equals(window.id()),
                  events));
    }
    return files;
  }

  /** Notes posted, plus 1 if the window was completed early. */
  static int sequence(Maintenance m) {
    return m.updates().size() + (m.completedEarly().isPresent() ? 1 : 0);
  }

  /** The last note or early completion, else the start. */
  static Instant stamp(Maintenance m) {
    Instant stamp = null;
    for (MaintenanceUpdate note : m.updates()) {
      stamp = stamp == null || note.at().isAfter(stamp) ? note.at() : stamp;
    }
    Instant completed = m.completedEarly().orElse(null);
    if (completed != null && (stamp == null || completed.isAfter(stamp))) {
      stamp = completed;
    }
    return stamp == null ? m.start() : stamp;
  }

  private static String calendar(
      StatusPage page,
      Words words,
      String name,
      Predicate<Maintenance> which,
      Map<String, String> events) {
    Ics ics = new Ics();
    ics.line("BEGIN", "VCALENDAR")
        .line("VERSION", "2.0")
        .line("PRODID", "-//Outpost//Outpost status page//EN")
        .line("CALSCALE", "GREGORIAN")
        .text("X-WR-CALNAME", name);
    List<Maintenance> windows = new ArrayList<>(page.maintenance().stream().filter(which).toList());
    windows.sort(Comparator.comparing(Maintenance::start).thenComparing(Maintenance::id));
    for (Maintenance m : windows) {
      ics.lines(events.computeIfAbsent(m.id(), id -> event(page, words, m)));
    }
    if (windows.isEmpty()) {
      // RFC 5545 wants at least one component; a calendar subscribed to before any maintenance
      // is planned gets the (unused, harmless) definition of UTC.
      ics.line("BEGIN", "VTIMEZONE")
          .line("TZID", "UTC")
          .line("BEGIN", "STANDARD")
          .line("DTSTART", "19700101T000000")
          .line("TZOFFSETFROM", "+0000")
          .line("TZOFFSETTO", "+0000")
          .line("TZNAME", "UTC")
          .line("END", "STANDARD")
          .line("END", "VTIMEZONE");
    }
    return ics.line("END", "VCALENDAR").toString();
  }

  private static String event(StatusPage page, Words words, Maintenance m) {
    String url = SitePaths.absolute(page.site(), SitePaths.incident(m.id()));
    Ics event =
        new Ics()
            .line("BEGIN", "VEVENT")
            .text("UID", uid(page, m))
            .line("DTSTAMP", UTC.format(stamp(m)))
            .line("DTSTART", UTC.format(m.start()))
            .line("DTEND", UTC.format(m.effectiveEnd()))
            .line("SEQUENCE", String.valueOf(sequence(m)))
            .text("SUMMARY;LANGUAGE=" + words.tag(), m.title())
            .text("DESCRIPTION;LANGUAGE=" + words.tag(), description(page, words, m, url))
            .line("URL", url)
            .line("STATUS", "CONFIRMED")
            .line("TRANSP", "TRANSPARENT");
    m.ownReminder()
        .filter(reminder -> !reminder.isZero() && !reminder.isNegative())
        .ifPresent(
            reminder ->
                event
                    .line("BEGIN", "VALARM")
                    .line("ACTION", "DISPLAY")
                    .text("DESCRIPTION", m.title())
                    .line("TRIGGER", "-PT" + reminder.toMinutes() + "M")
                    .line("END", "VALARM"));
    return event.line("END", "VEVENT").toString();
  }

  /**
   * {@code <id>@<host>} for a site at a domain's root, {@code <id>@<host>/<path>} for one below it,
   * so that two sites on one host (such as {@code owner.github.io}) never share a UID.
   */
  static String uid(StatusPage page, Maintenance m) {
    String path = page.site().basePath();
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return m.id() + "@" + page.site().url().getHost() + trimmed;
  }

  private static String description(StatusPage page, Words words, Maintenance m, String url) {
    StringBuilder text = new StringBuilder();
    if (m.body() != null && !m.body().isBlank()) {
      text.append(Markdown.plainText(m.body())).append("\n\n");
    }
    for (MaintenanceUpdate note : m.updates()) {
      text.append(READABLE.format(note.at())).append(": ");
      text.append(Markdown.plainText(note.body())).append("\n\n");
    }
    if (!m.components().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (String id : m.components()) {
        names.add(page.component(id).map(Component::name).orElse(id));
      }
      text.append(words.format("feed.affected", "components", words.list(names))).append("\n\n");
    }
    return text.append(url).toString();
  }
}
