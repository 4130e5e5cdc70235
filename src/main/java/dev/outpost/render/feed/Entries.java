package dev.outpost.render.feed;

import dev.outpost.markup.Markup;
import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Incident;
import dev.outpost.model.IncidentUpdate;
import dev.outpost.model.Maintenance;
import dev.outpost.model.MaintenanceState;
import dev.outpost.model.StatusPage;
import dev.outpost.render.MaintenanceTimeline;
import dev.outpost.render.Markdown;
import dev.outpost.render.Memo;
import dev.outpost.render.Moments;
import dev.outpost.render.SitePaths;
import dev.outpost.words.Words;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Builds feed entries: one per incident and maintenance window, with its latest update. */
final class Entries {
  private final StatusPage page;
  private final Instant now;
  private final Markdown markdown;
  private final Memo memo;
  private final Words words;

  /** Each thread's formatter of times in UTC: ICU's are not thread-safe. */
  private final ThreadLocal<com.ibm.icu.text.DateFormat> utc;

  private final Map<String, Entry> built = new ConcurrentHashMap<>();
  private List<Candidate> ranked;

  Entries(StatusPage page, Instant now, Markdown markdown, Memo memo, Words words) {
    this.words = words;
    this.utc = ThreadLocal.withInitial(() -> words.dates("yMMMdHHmm", ZoneOffset.UTC));
    this.page = page;
    this.now = now;
    this.markdown = markdown.in(words);
    this.memo = memo;
  }

  /**
   * The entries of the incidents and windows that affect component {@code componentId} (every one
   * for {@code null}), newest update first, at most {@code max}. Incidents that start after {@code
   * now} are left out.
   *
   * <p>Candidates are ranked once by their update time and id alone; only the chosen ones are
   * built, once each for all the feeds that show them, so a long history costs no Markdown.
   */
  List<Entry> select(String componentId, int max) {
    List<Entry> entries = new ArrayList<>();
    for (Candidate candidate : ranked()) {
      if (entries.size() == max) {
        break;
      }
      if (componentId == null || candidate.components().contains(componentId)) {
        entries.add(built.computeIfAbsent(candidate.id(), id -> candidate.entry().get()));
      }
    }
    return List.copyOf(entries);
  }

  private synchronized List<Candidate> ranked() {
    if (ranked == null) {
      List<Candidate> candidates = new ArrayList<>();
      for (Incident incident : page.incidents()) {
        if (!incident.started().isAfter(now)) {
          candidates.add(
              new Candidate(
                  Moments.updated(incident, now),
                  url(incident.id()),
                  incident.affectedComponents(),
                  () -> remembered(incident)));
        }
      }
      for (Maintenance m : page.maintenance()) {
        candidates.add(
            new Candidate(
                Moments.updated(m, now), url(m.id()), Set.copyOf(m.components()), () -> entry(m)));
      }
      candidates.sort(Candidate.NEWEST_FIRST);
      ranked = List.copyOf(candidates);
    }
    return ranked;
  }

  /** An incident or window before its entry is built: what {@link #NEWEST_FIRST} compares. */
  private record Candidate(
      Instant updated, String id, Set<String> components, Supplier<Entry> entry) {
    static final Comparator<Candidate> NEWEST_FIRST =
        Comparator.comparing(Candidate::updated).reversed().thenComparing(Candidate::id);
  }

  /** A settled incident's entry depends on nothing but the incident and the site's settings. */
  private Entry remembered(Incident incident) {
    boolean settled = incident.resolved().map(resolved -> !resolved.isAfter(now)).orElse(false);
    return settled
        ? Memo.get(memo, List.of("entry", incident), () -> entry(incident))
        : entry(incident);
  }

  private Entry entry(Incident incident) {
    IncidentUpdate latest = incident.latestUpdate(now);
    StringBuilder html = new StringBuilder();
    html.append(status(words.get("state." + incident.state(now).id()), latest.at()));
    html.append(markdown.render(latest.body(), 3));
    html.append(affected(List.copyOf(incident.affectedComponents())));
    if (!isBlank(incident.body())) {
      html.append("<h3>")
          .append(
              Markup.escape(
                  words.get(incident.postmortem() ? "incident.postmortem" : "incident.summary")))
          .append("</h3>");
      html.append(markdown.render(incident.body(), 4));
    }
    String url = url(incident.id());
    return new Entry(
        url,
        incident.title(),
        url,
        incident.started(),
        Moments.updated(incident, now),
        incident.impact().id(),
        AbsoluteLinks.resolve(html.toString(), URI.create(url)));
  }

  private Entry entry(Maintenance m) {
    List<MaintenanceTimeline.Event> events = MaintenanceTimeline.of(m, now);
    MaintenanceTimeline.Event latest = events.get(events.size() - 1);
    MaintenanceState state = m.state(now);
    StringBuilder html = new StringBuilder();
    html.append(status(words.get("maintenance." + state.id()), latest.at()));
    html.append("<p>")
        .append(
            Markup.escape(
                words.format("feed.scheduled", "start", time(m.start()), "end", time(m.end()))))
        .append("</p>");
    if (latest != events.get(0)) {
      html.append(markdown.render(body(latest), 3));
    }
    html.append(affected(m.components()));
    if (!isBlank(m.body())) {
      html.append("<h3>")
          .append(Markup.escape(words.get("incident.summary")))
          .append("</h3>")
          .append(markdown.render(m.body(), 4));
    }
    String url = url(m.id());
    return new Entry(
        url,
        m.title(),
        url,
        Moments.created(m),
        Moments.updated(m, now),
        "maintenance",
        AbsoluteLinks.resolve(html.toString(), URI.create(url)));
  }

  private String status(String label, Instant at) {
    return "<p><strong>" + Markup.escape(label) + "</strong> · " + Markup.escape(time(at)) + "</p>";
  }

  /** A time in UTC, as the language writes it: "Nov 2, 2026, 14:05 UTC". */
  private String time(Instant at) {
    return utc.get().format(Date.from(at)) + " UTC";
  }

  /**
   * A maintenance event's text: a note's own, or, for the start and the end that the window's times
   * tell, the words of the site's language.
   */
  private String body(MaintenanceTimeline.Event event) {
    if (event.from() == null) {
      return event.body();
    }
    return words.get(
        event.to() == ComponentStatus.UNDER_MAINTENANCE
            ? "maintenance.started_text"
            : "maintenance.completed_text");
  }

  private String affected(List<String> ids) {
    if (ids.isEmpty()) {
      return "";
    }
    List<String> names = new ArrayList<>();
    for (String id : ids) {
      names.add(page.component(id).map(c -> c.name()).orElse(id));
    }
    return "<p>"
        + Markup.escape(words.format("feed.affected", "components", words.list(names)))
        + "</p>";
  }

  private String url(String id) {
    return SitePaths.absolute(page.site(), SitePaths.incident(id));
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
