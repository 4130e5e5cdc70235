package dev.outpost.render;

import dev.outpost.markup.Markup;
import dev.outpost.model.Site;
import dev.outpost.render.api.StatuspageApi;
import dev.outpost.render.badge.Badges;
import dev.outpost.render.calendar.Calendars;
import dev.outpost.render.feed.Feeds;
import dev.outpost.render.view.DevelopersView;
import dev.outpost.render.view.DevelopersView.FileView;
import java.util.ArrayList;
import java.util.List;

/** Builds the view of {@code developers/}: the feeds, badge, API and embedding, with addresses. */
final class DevelopersPage {
  /** The script another site loads to show the status in words. */
  static final String EMBED = "embed.js";

  private static final String ROOT = "../";

  private DevelopersPage() {}

  static DevelopersView build(Views views) {
    Site site = views.page.site();
    List<FileView> feeds =
        List.of(
            file(site, "Atom", Feeds.ATOM),
            file(site, "RSS", Feeds.RSS),
            file(site, "JSON Feed", Feeds.JSON),
            file(site, views.words.get("follow.calendar"), Calendars.FILE));
    List<FileView> badge =
        List.of(
            file(site, views.words.get("follow.badge"), Badges.SVG),
            file(site, views.words.get("developers.shields"), Badges.OVERALL_JSON));
    List<FileView> api = new ArrayList<>();
    for (String endpoint : StatuspageApi.ENDPOINTS) {
      api.add(file(site, endpoint.substring("api/v2/".length()), endpoint));
    }
    String home = SitePaths.absolute(site, SitePaths.HOME);
    String badgeSnippet =
        "<a href=\""
            + Markup.escape(home)
            + "\"><img src=\""
            + Markup.escape(SitePaths.absolute(site, Badges.SVG))
            + "\" alt=\""
            + Markup.escape(site.title())
            + "\"></a>";
    String scriptSnippet =
        "<a data-outpost-embed href=\""
            + Markup.escape(home)
            + "\">"
            + Markup.escape(site.title())
            + "</a>\n<script src=\""
            + Markup.escape(SitePaths.absolute(site, EMBED))
            + "\" async></script>";
    return new DevelopersView(
        views.layout(
            SitePaths.DEVELOPERS,
            ROOT,
            views.words.get("developers.title"),
            views.words.format("developers.description", "site", site.title()),
            false),
        feeds,
        SitePaths.absolute(site, Feeds.RSS),
        badge,
        api,
        badgeSnippet,
        scriptSnippet);
  }

  private static FileView file(Site site, String text, String path) {
    return new FileView(text, ROOT + path, SitePaths.absolute(site, path));
  }
}
