package dev.outpost.render;

import dev.outpost.render.view.NotFoundView;

/**
 * Builds the 404 page's view. GitHub Pages serves it at any missing path, so its links are absolute
 * from the site's base path, and it has no canonical URL.
 */
final class NotFoundPage {
  private NotFoundPage() {}

  static NotFoundView build(Views views) {
    String base = views.page.site().basePath();
    if (!base.endsWith("/")) {
      base += "/";
    }
    return new NotFoundView(
        views.layout(
            null,
            base,
            views.words.get("notfound.title"),
            views.words.get("notfound.description"),
            false),
        base);
  }
}
