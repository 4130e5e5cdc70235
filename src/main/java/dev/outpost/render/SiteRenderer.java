package dev.outpost.render;

import dev.outpost.model.Brand;
import dev.outpost.model.Component;
import dev.outpost.model.Incident;
import dev.outpost.model.Maintenance;
import dev.outpost.model.MonthUptime;
import dev.outpost.model.Site;
import dev.outpost.model.StatusPage;
import dev.outpost.model.StatusReport;
import dev.outpost.model.Uptime;
import dev.outpost.render.api.ChecksApi;
import dev.outpost.render.api.StatuspageApi;
import dev.outpost.render.badge.Badges;
import dev.outpost.render.calendar.Calendars;
import dev.outpost.render.feed.Feeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
    render(page, report, folder(out), MARKDOWN, Uptime::monthly, null);
  }

  /**
   * As {@link #render(StatusPage, StatusReport, Path)}, handing every file to {@code sink}, from
   * several threads at once.
   */
  public static void render(StatusPage page, StatusReport report, Sink sink) throws IOException {
    render(page, report, sink, MARKDOWN, Uptime::monthly, null);
  }

  /**
   * As {@link #render(StatusPage, StatusReport, Path)}, handing every file to {@code sink}, from
   * several threads at once, with Markdown rendered by {@code markdown}.
   */
  public static void render(StatusPage page, StatusReport report, Sink sink, Markdown markdown)
      throws IOException {
    render(page, report, sink, markdown, Uptime::monthly, null);
  }

  /**
   * As {@link #render(StatusPage, StatusReport, Sink, Markdown)}, taking the pages of settled
   * incidents and the feeds from {@code memo} when it has them: for a preview's rebuilds.
   */
  public static void render(
      StatusPage page, StatusReport report, Sink sink, Markdown markdown, Memo memo)
      throws IOException {
    render(page, report, sink, markdown, Uptime::monthly, memo);
  }

  /**
   * As {@link #render(StatusPage, StatusReport, Sink, Markdown, Memo)}, for a site with the
   * sub-sites {@code audiences} in its folders ({@link #renderAudience}): its {@code robots.txt}
   * names their sitemaps after its own.
   */
  public static void render(
      StatusPage page,
      StatusReport report,
      Sink sink,
      Markdown markdown,
      Memo memo,
      List<Site> audiences)
      throws IOException {
    render(page, report, sink, markdown, Uptime::monthly, memo, audiences, true);
  }

  /**
   * As {@link #render(StatusPage, StatusReport, Sink, Markdown, Memo)}, for the sub-site of one
   * audience, whose {@code page} is narrowed to its components and whose site's URL is its folder:
   * every file but {@code 404.html}, {@code robots.txt} and {@code CNAME}, which count only at the
   * root of a site. {@code memo} must be this sub-site's own, or {@code null}.
   */
  public static void renderAudience(
      StatusPage page, StatusReport report, Sink sink, Markdown markdown, Memo memo)
      throws IOException {
    render(page, report, sink, markdown, Uptime::monthly, memo, List.of(), false);
  }

  /** Where the site's files go; called from several threads at once. */
  @FunctionalInterface
  public interface Sink {
    /**
     * Writes {@code data} to {@code path}, relative to the site's root, such as {@code a/b.html}.
     */
    void write(String path, byte[] data) throws IOException;
  }

  /** A sink that writes into the folder {@code out}, creating folders as needed. */
  public static Sink folder(Path out) {
    return (path, data) -> {
      Path file = out.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, data);
    };
  }

  /**
   * As {@link #render(StatusPage, StatusReport, Path)}, with monthly uptime from {@code monthly}.
   */
  static void render(StatusPage page, StatusReport report, Path out, MonthlyUptime monthly)
      throws IOException {
    render(page, report, folder(out), MARKDOWN, monthly, null);
  }

  private static void render(
      StatusPage page,
      StatusReport report,
      Sink sink,
      Markdown markdown,
      MonthlyUptime monthly,
      Memo memo)
      throws IOException {
    render(page, report, sink, markdown, monthly, memo, List.of(), true);
  }

  private static void render(
      StatusPage page,
      StatusReport report,
      Sink sink,
      Markdown markdown,
      MonthlyUptime monthly,
      Memo memo,
      List<Site> audiences,
      boolean root)
      throws IOException {
    Views views = new Views(page, report, markdown);
    if (memo != null) {
      memo.begin(page);
    }
    SiteOutput site = new SiteOutput(sink);

    // First every path, in order (so the sitemap and the duplicate check never depend on timing),
    // then every file rendered and written on all cores: the files are independent of each other.
    Brand brand = page.site().brand();
    site.bytes(SitePaths.CSS, templates -> Assets.css(brand));
    if (brand.icon() == null) {
      site.bytes(SitePaths.ICON, templates -> Assets.icon());
    }
    Assets.files(brand).forEach((path, data) -> site.bytes(path, templates -> data));
    site.page(SitePaths.HOME, templates -> templates.bytes("index.jte", IndexPage.build(views)));
    for (Incident incident : page.incidents()) {
      site.page(
          SitePaths.incident(incident.id()),
          templates ->
              settledPage(
                  "incident.jte",
                  incident,
                  settled(incident, report.now()),
                  () -> templates.bytes("incident.jte", IncidentPage.build(views, incident)),
                  memo));
    }
    for (Maintenance maintenance : page.maintenance()) {
      site.page(
          SitePaths.incident(maintenance.id()),
          templates ->
              settledPage(
                  "maintenance.jte",
                  maintenance,
                  !maintenance.effectiveEnd().isAfter(report.now()),
                  () ->
                      templates.bytes("maintenance.jte", MaintenancePage.build(views, maintenance)),
                  memo));
    }
    site.page(
        SitePaths.DEVELOPERS,
        templates -> templates.bytes("developers.jte", DevelopersPage.build(views)));
    site.bytes(DevelopersPage.EMBED, templates -> Assets.embed());
    HistoryPages history = new HistoryPages(views);
    site.page(SitePaths.HISTORY, templates -> templates.bytes("history.jte", history.index()));
    for (YearMonth month : history.months()) {
      site.page(
          SitePaths.month(month), templates -> templates.bytes("month.jte", history.month(month)));
    }
    // Computed by the first component page written, while the other threads write other files.
    Supplier<Map<String, List<MonthUptime>>> months =
        Lazy.once(() -> monthly.of(page, report.now(), ComponentPage.MONTHS));
    int componentPages = site.listing();
    for (Component component : page.components()) {
      site.summaryPage(
          componentPages,
          SitePaths.component(component.id()),
          templates ->
              templates.bytes(
                  "component.jte",
                  ComponentPage.build(views, component, months.get().get(component.id()))));
    }
    if (root) {
      site.bytes(
          "404.html", templates -> templates.bytes("notfound.jte", NotFoundPage.build(views)));
    }
    List<String> paths = site.pages();
    site.lazyFiles(Map.of("sitemap.xml", () -> Sitemap.xml(page.site(), paths)));
    if (root) {
      site.file("robots.txt", templates -> Robots.txt(page.site(), audiences));
    }
    // Feeds, calendars, the API and badges are few files, each built from the whole page, rendered
    // with the rest.
    site.lazyBytes(Feeds.files(page, report.now(), markdown, memo));
    site.lazyFiles(Calendars.files(page));
    site.lazyFiles(StatuspageApi.files(page, report));
    site.lazyFiles(ChecksApi.files(page, report));
    site.lazyFiles(Badges.files(page, report));
    Optional<String> domain = Cname.host(page.site().url());
    if (root && domain.isPresent()) {
      site.file("CNAME", templates -> domain.get() + "\n");
    }
    site.writeAll();
  }

  /**
   * The page {@code render} makes from {@code value} with {@code template}. A settled page (of an
   * incident resolved, or a window ended, by the build time) depends on nothing but its value and
   * the settings, so it is taken from the preview's {@code memo} when it has it, and kept there.
   */
  private static byte[] settledPage(
      String template, Record value, boolean settled, Supplier<byte[]> bytes, Memo memo) {
    if (!settled) {
      return bytes.get();
    }
    return Memo.get(memo, List.of(template, value), bytes);
  }

  /** Whether {@code incident} was resolved at or before {@code now}. */
  private static boolean settled(Incident incident, Instant now) {
    return incident.resolved().map(resolved -> !resolved.isAfter(now)).orElse(false);
  }

  /**
   * Where component pages get their monthly uptime, by component id; {@link Uptime#monthly} in
   * production.
   */
  @FunctionalInterface
  interface MonthlyUptime {
    Map<String, List<MonthUptime>> of(StatusPage page, Instant now, int months);
  }
}
