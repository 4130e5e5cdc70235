package dev.outpost.importer;

import dev.outpost.importer.ImportPlan.Change;
import dev.outpost.importer.ImportPlan.FileChange;
import dev.outpost.importer.ImportPlan.Redirect;
import dev.outpost.markup.Markup;
import dev.outpost.model.Problem;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Small pages that send a reader from an old page's address to its new one, for the build to
 * publish from the static folder at the old path: a meta refresh, a canonical link and a plain
 * link, so they work without script and search engines follow them.
 */
public final class RedirectPages {
  private RedirectPages() {}

  /**
   * A page in {@code folder} for each of {@code redirects} whose old path lies under the path of
   * {@code site}, the Outpost site's address; each other is noted, as no page of the site can stand
   * at its address.
   */
  public static List<FileChange> plan(
      List<Redirect> redirects, URI site, Path folder, List<Problem> notes) {
    String base = site.getPath() == null || site.getPath().isEmpty() ? "/" : site.getPath();
    base = base.endsWith("/") ? base : base + "/";
    String root = site.toString().endsWith("/") ? site.toString() : site + "/";
    List<FileChange> pages = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    for (Redirect redirect : redirects) {
      String from = redirect.from();
      if (!from.startsWith(base) || from.substring(base.length()).isEmpty()) {
        outside.add(from);
        continue;
      }
      String relative = from.substring(base.length());
      relative = relative.endsWith("/") ? relative + "index.html" : relative + "/index.html";
      if (relative.contains("..") || relative.contains("//") || relative.startsWith(".")) {
        notes.add(new Problem(from, 0, 0, "is not a plain path; no redirect page for it"));
        continue;
      }
      Path file = folder.resolve(relative);
      String text = page(root + redirect.to());
      pages.add(new FileChange(file, text, change(file, text), false));
    }
    if (!outside.isEmpty()) {
      notes.add(
          new Problem(
              outside.get(0),
              0,
              0,
              (outside.size() == 1 ? "lies" : "and " + (outside.size() - 1) + " more old pages lie")
                  + " outside the site's path "
                  + base
                  + ", where no page of the site can stand: no redirect pages for them; give the"
                  + " map to what serves that address"));
    }
    return pages;
  }

  /** The page that sends its reader to {@code target}, an absolute address. */
  static String page(String target) {
    String href = Markup.escape(target);
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Moved</title>
        <meta name="robots" content="noindex">
        <link rel="canonical" href="%1$s">
        <meta http-equiv="refresh" content="0; url=%1$s">
        </head>
        <body>
        <p>This page has moved to <a href="%1$s">%1$s</a>.</p>
        </body>
        </html>
        """
        .formatted(href);
  }

  private static Change change(Path file, String text) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Change.NEW;
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8).equals(text)
          ? Change.UNCHANGED
          : Change.CONFLICT;
    } catch (IOException e) {
      return Change.CONFLICT;
    }
  }
}
