package dev.outpost.render;

import dev.outpost.model.Component;
import dev.outpost.model.ComponentGroup;
import dev.outpost.model.ComponentStatus;
import dev.outpost.model.DayUptime;
import dev.outpost.model.Incident;
import dev.outpost.model.IncidentState;
import dev.outpost.model.IncidentUpdate;
import dev.outpost.model.Indicator;
import dev.outpost.model.Link;
import dev.outpost.model.Maintenance;
import dev.outpost.model.MaintenanceUpdate;
import dev.outpost.model.MonthUptime;
import dev.outpost.model.Origin;
import dev.outpost.model.Site;
import dev.outpost.model.StatusPage;
import dev.outpost.model.StatusReport;
import dev.outpost.model.UptimePolicy;
import dev.outpost.model.UptimeSeries;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A small hand-built status page and its report at {@link #NOW}, built with the records'
 * constructors (not {@code StatusReport.of}), for rendering tests.
 */
final class Demo {
  static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  static final String GITHUB_URL = "https://github.com/acme/status/issues/12";

  private Demo() {}

  static Site site(String url) {
    return new Site(
        "Acme Status",
        "Live status of Acme's services",
        URI.create(url),
        ZONE,
        "We are migrating the **database** this month; see [the plan](https://acme.example/plan).",
        List.of(new Link("Acme", URI.create("https://acme.example/"))));
  }

  static StatusPage page() {
    return page("https://status.acme.example/");
  }

  static StatusPage page(String url) {
    return new StatusPage(
        site(url),
        List.of(new ComponentGroup("core", "Core services", "The parts everything needs")),
        List.of(
            new Component("website", "Website", "The public site", null, null),
            new Component("api", "API", "The REST API", "core", null),
            new Component("db", "Database", "", "core", LocalDate.of(2026, 10, 1))),
        UptimePolicy.DEFAULT,
        List.of(dbDown(), apiErrors(), septemberOutage()),
        List.of(dbUpgrade(), networkWork()));
  }

  static StatusReport report(StatusPage page, Indicator indicator) {
    Map<String, UptimeSeries> uptime = new LinkedHashMap<>();
    for (Component c : page.components()) {
      uptime.put(c.id(), series(c));
    }
    Map<String, ComponentStatus> statuses = new LinkedHashMap<>();
    statuses.put("website", ComponentStatus.OPERATIONAL);
    statuses.put("api", ComponentStatus.OPERATIONAL);
    statuses.put("db", ComponentStatus.MAJOR_OUTAGE);
    return new StatusReport(
        NOW, indicator, statuses, uptime, List.of(dbDown()), List.of(), List.of(dbUpgrade()));
  }

  static StatusReport report(StatusPage page) {
    return report(page, Indicator.CRITICAL);
  }

  /** Months of 99.9% uptime for every component: fixed figures for the render tests. */
  static Map<String, List<MonthUptime>> monthly(StatusPage page, Instant now, int months) {
    List<MonthUptime> list = new ArrayList<>();
    YearMonth last = YearMonth.from(now.atZone(ZONE));
    for (int i = months - 1; i >= 0; i--) {
      YearMonth m = last.minusMonths(i);
      boolean counted = !m.isBefore(YearMonth.of(2026, 1));
      list.add(new MonthUptime(m, counted, counted ? 0.999 : 1, Duration.ofMinutes(43)));
    }
    Map<String, List<MonthUptime>> all = new LinkedHashMap<>();
    page.components().forEach(c -> all.put(c.id(), list));
    return all;
  }

  /** Renders the demo page into {@code out}. */
  static void render(StatusPage page, StatusReport report, Path out) throws java.io.IOException {
    SiteRenderer.render(page, report, out, Demo::monthly);
  }

  static Incident dbDown() {
    return new Incident(
        "db-down",
        "<script>alert(1)</script> Database unreachable",
        null,
        List.of(
            update(
                "2026-11-21T08:30:00Z",
                IncidentState.INVESTIGATING,
                Map.of("db", ComponentStatus.MAJOR_OUTAGE),
                "We are looking into failed connections.")),
        "",
        false,
        new Origin(null, GITHUB_URL));
  }

  static Incident apiErrors() {
    return new Incident(
        "api-errors",
        "Elevated API error rates",
        null,
        List.of(
            update(
                "2026-11-19T14:05:00Z",
                IncidentState.INVESTIGATING,
                Map.of(
                    "api", ComponentStatus.PARTIAL_OUTAGE,
                    "website", ComponentStatus.DEGRADED_PERFORMANCE),
                "Some API requests fail."),
            update(
                "2026-11-19T14:20:00Z",
                IncidentState.IDENTIFIED,
                Map.of(),
                "A faulty deploy is being rolled back."),
            update(
                "2026-11-19T15:10:00Z",
                IncidentState.MONITORING,
                Map.of("api", ComponentStatus.DEGRADED_PERFORMANCE),
                "Error rates are back to normal; we are watching."),
            update("2026-11-19T15:40:00Z", IncidentState.RESOLVED, Map.of(), "")),
        "The deploy lacked a migration.\n\n| step | owner |\n|---|---|\n| add check | ops |",
        true,
        Origin.file("incidents/api-errors.md"));
  }

  static Incident septemberOutage() {
    return new Incident(
        "sept-outage",
        "Website down",
        null,
        List.of(
            update(
                "2026-09-03T10:00:00Z",
                IncidentState.INVESTIGATING,
                Map.of("website", ComponentStatus.MAJOR_OUTAGE),
                "The site is down."),
            update("2026-09-03T11:00:00Z", IncidentState.RESOLVED, Map.of(), "Fixed.")),
        "",
        false,
        Origin.file("incidents/sept-outage.md"));
  }

  static Maintenance dbUpgrade() {
    return new Maintenance(
        "db-upgrade",
        "Database upgrade",
        Instant.parse("2026-11-25T22:00:00Z"),
        Instant.parse("2026-11-26T00:00:00Z"),
        null,
        List.of("db"),
        List.of(),
        "We upgrade to the next major version.",
        Origin.file("incidents/db-upgrade.md"));
  }

  static Maintenance networkWork() {
    return new Maintenance(
        "network-work",
        "Network maintenance",
        Instant.parse("2026-11-20T01:00:00Z"),
        Instant.parse("2026-11-20T03:00:00Z"),
        Instant.parse("2026-11-20T02:30:00Z"),
        List.of("api", "website"),
        List.of(new MaintenanceUpdate(Instant.parse("2026-11-20T02:30:00Z"), "Done early.")),
        "",
        Origin.file("incidents/network-work.md"));
  }

  private static IncidentUpdate update(
      String at, IncidentState state, Map<String, ComponentStatus> components, String body) {
    return new IncidentUpdate(Instant.parse(at), state, components, body);
  }

  /** 90 days ending today; the database has no data before it existed, some bad days. */
  static UptimeSeries series(Component c) {
    LocalDate today = LocalDate.ofInstant(NOW, ZONE);
    List<DayUptime> days = new ArrayList<>();
    double sum = 0;
    int counted = 0;
    double recentSum = 0;
    int recentCounted = 0;
    for (int i = 89; i >= 0; i--) {
      LocalDate date = today.minusDays(i);
      boolean isCounted = c.since() == null || !date.isBefore(c.since());
      ComponentStatus worst = ComponentStatus.OPERATIONAL;
      double up = 1;
      if (isCounted && c.id().equals("api") && date.equals(LocalDate.of(2026, 11, 19))) {
        worst = ComponentStatus.PARTIAL_OUTAGE;
        up = 0.9982;
      } else if (isCounted && c.id().equals("db") && date.equals(today)) {
        worst = ComponentStatus.MAJOR_OUTAGE;
        up = 0.9;
      } else if (isCounted && c.id().equals("website") && date.equals(LocalDate.of(2026, 11, 19))) {
        worst = ComponentStatus.DEGRADED_PERFORMANCE;
      } else if (isCounted && date.equals(LocalDate.of(2026, 11, 20)) && !c.id().equals("db")) {
        worst = ComponentStatus.UNDER_MAINTENANCE;
      }
      days.add(new DayUptime(date, isCounted, up, Duration.ZERO, worst));
      if (isCounted) {
        sum += up;
        counted++;
        if (i < UptimeSeries.RECENT_DAYS) {
          recentSum += up;
          recentCounted++;
        }
      }
    }
    return new UptimeSeries(days, mean(sum, counted), mean(recentSum, recentCounted));
  }

  private static OptionalDouble mean(double sum, int counted) {
    return counted == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / counted * 100);
  }
}
