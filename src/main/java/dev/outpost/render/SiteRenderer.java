package dev.outpost.render;

import dev.outpost.model.Component;
import dev.outpost.model.Incident;
import dev.outpost.model.Maintenance;
import dev.outpost.model.MonthUptime;
import dev.outpost.model.StatusPage;
import dev.outpost.model.StatusReport;
import dev.outpost.model.Uptime;
import dev.outpost.render.api.StatuspageApi;
import dev.outpost.render.badge.Badges;
import dev.outpost.render.calendar.Calendars;
import dev.outpost.render.feed.Feeds;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Renders the whole static site into a folder: the home page, a page per incident, maintenance
 * window and component, the history by month, the 404 page, the style sheet, {@code robots.txt},
 * {@code sitemap.xml} and, on a custom domain, {@code CNAME}. Every link between pages is relative,
 * so the site works at a domain's root and under a sub-path alike (the 404 page's links start at
 * {@link dev.outpost.model.Site#basePath()}).
 */
public final class SiteRenderer {
  private static final Markdown MARKDOWN = Markdown.create();

  private SiteRenderer() {}

  /**
   * Writes every file of the site into {@code out}, which exists and is empty. The same page and
   * report give byte-identical files.
   *
   * @throws IllegalArgumentException if an incident, maintenance or component id cannot be part of
   *     a URL
   * @throws IllegalStateException if two pages would be written at the same path
   */
  public static void render(StatusPage page, StatusReport report, Path out) throws IOException {
    render(page, report, out, Uptime::monthly);
  }

  /**
   * As {@link #render(StatusPage, StatusReport, Path)}, with monthly uptime from {@code monthly}.
   */
  static void render(StatusPage page, StatusReport report, Path out, MonthlyUptime monthly)
      throws IOException {
    Views views = new Views(page, report, MARKDOWN);
    Templates templates = new Templates();
    SiteOutput site = new SiteOutput(out);

    site.bytes(SitePaths.CSS, Assets.css());
    site.bytes(SitePaths.ICON, Assets.icon());
    site.page(SitePaths.HOME, templates.render("index.jte", IndexPage.build(views)));
    for (Incident incident : page.incidents()) {
      site.page(
          SitePaths.incident(incident.id()),
          templates.render("incident.jte", IncidentPage.build(views, incident)));
    }
    for (Maintenance maintenance : page.maintenance()) {
      site.page(
          SitePaths.incident(maintenance.id()),
          templates.render("maintenance.jte", MaintenancePage.build(views, maintenance)));
    }
    HistoryPages history = new HistoryPages(views);
    site.page(SitePaths.HISTORY, templates.render("history.jte", history.index()));
    for (YearMonth month : history.months()) {
      site.page(SitePaths.month(month), templates.render("month.jte", history.month(month)));
    }
    for (Component component : page.components()) {
      List<MonthUptime> months = monthly.of(page, component, report.now(), ComponentPage.MONTHS);
      site.page(
          SitePaths.component(component.id()),
          templates.render("component.jte", ComponentPage.build(views, component, months)));
    }
    site.file("404.html", templates.render("notfound.jte", NotFoundPage.build(views)));
    site.file("sitemap.xml", Sitemap.xml(page.site(), site.pages()));
    site.file("robots.txt", Robots.txt(page.site()));
    site.files(Feeds.files(page, report.now(), MARKDOWN));
    site.files(Calendars.files(page));
    site.files(StatuspageApi.files(page, report));
    site.files(Badges.files(page, report));
    Optional<String> domain = Cname.host(page.site().url());
    if (domain.isPresent()) {
      site.file("CNAME", domain.get() + "\n");
    }
  }

  /** Where component pages get their monthly uptime; {@link Uptime#monthly} in production. */
  @FunctionalInterface
  interface MonthlyUptime {
    List<MonthUptime> of(StatusPage page, Component component, Instant now, int months);
  }
}
