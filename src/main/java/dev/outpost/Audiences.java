package dev.outpost;

import dev.outpost.config.AudiencePage;
import dev.outpost.model.Site;
import dev.outpost.model.StatusPage;
import dev.outpost.model.StatusReport;
import dev.outpost.render.Markdown;
import dev.outpost.render.Memo;
import dev.outpost.render.SiteRenderer;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole site of one build: the main site at the root and, from {@code pages:}, a sub-site per
 * audience in its own folder, each narrowed to its components and rendered from the same sources at
 * the same instant. One sink takes every file, so the site is replaced as one, and no file is
 * written twice.
 */
final class Audiences {
  private static final Markdown MARKDOWN = Markdown.create();

  private final List<AudiencePage> pages;
  private final Map<String, Memo> memos = new HashMap<>();

  /** The audiences of {@code pages}, in the order written. */
  Audiences(List<AudiencePage> pages) {
    this.pages = List.copyOf(pages);
  }

  /** The sub-site of {@code audience} on the site {@code main}: its title, its folder's URL. */
  static Site site(Site main, AudiencePage audience) {
    URI url = URI.create(main.url().toString() + audience.path() + "/");
    String description =
        audience.description() != null ? audience.description() : main.description();
    return new Site(
        audience.title(),
        description,
        url,
        main.zone(),
        main.notice(),
        main.links(),
        main.repository(),
        main.subscriptions(),
        main.brand(),
        main.language());
  }

  /** {@code page} as {@code audience} sees it. */
  static StatusPage page(StatusPage page, AudiencePage audience) {
    return page.narrowed(site(page.site(), audience), Set.copyOf(audience.components()));
  }

  /**
   * Renders the main site and every audience's sub-site into {@code sink}; {@code markdown} and
   * {@code memo} are the main site's (a preview's caches), or {@code null} for a build's.
   */
  void render(
      StatusPage page,
      StatusReport report,
      Instant now,
      SiteRenderer.Sink sink,
      Markdown markdown,
      Memo memo)
      throws IOException {
    SiteRenderer.Sink once = once(sink);
    Markdown md = markdown == null ? MARKDOWN : markdown;
    SiteRenderer.render(
        page,
        report,
        once,
        md,
        memo,
        pages.stream().map(audience -> site(page.site(), audience)).toList());
    for (AudiencePage audience : pages) {
      StatusPage narrowed = page(page, audience);
      Memo own = memo == null ? null : memos.computeIfAbsent(audience.path(), p -> new Memo());
      String folder = audience.path() + "/";
      SiteRenderer.renderAudience(
          narrowed,
          StatusReport.of(narrowed, now),
          (path, data) -> once.write(folder + path, data),
          md,
          own);
    }
  }

  /** Forgets what the preview's last rebuild did not ask for, in every sub-site's memo. */
  void forgetUnused() {
    memos.values().forEach(Memo::forgetUnused);
  }

  /** {@code sink}, failing on a second file at a path rather than overwriting the first. */
  private static SiteRenderer.Sink once(SiteRenderer.Sink sink) {
    Set<String> written = ConcurrentHashMap.newKeySet();
    return (path, data) -> {
      if (!written.add(path)) {
        throw new IllegalStateException("two outputs at " + path + ": does a page's path clash?");
      }
      sink.write(path, data);
    };
  }
}
