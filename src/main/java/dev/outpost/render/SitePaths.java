package dev.outpost.render;

import dev.outpost.model.Site;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * Where each page lives. Links use the folder form ({@code incidents/x/}); files are {@code
 * index.html} inside it. Ids become path segments, so they are checked here. Public for the
 * machine-readable outputs ({@code render.api}, {@code render.feed}, ...), which link to pages.
 */
public final class SitePaths {
  public static final String HOME = "./";
  static final String HISTORY = "history/";
  static final String CSS = "assets/outpost.css";
  static final String ICON = "assets/favicon.svg";

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private SitePaths() {}

  public static String incident(String id) {
    return "incidents/" + segment(id) + "/";
  }

  public static String component(String id) {
    return "components/" + segment(id) + "/";
  }

  static String month(YearMonth month) {
    return HISTORY + month + "/";
  }

  /**
   * The file a link in folder form stands for: {@code incidents/x/} → {@code
   * incidents/x/index.html}.
   */
  static String file(String link) {
    return link.equals(HOME) ? "index.html" : link.endsWith("/") ? link + "index.html" : link;
  }

  /** The prefix that leads from the page at {@code link} back to the root: "", "../../". */
  static String root(String link) {
    if (link.equals(HOME)) {
      return "";
    }
    int depth = (int) link.chars().filter(c -> c == '/').count();
    return "../".repeat(depth);
  }

  /** The absolute URL of the page at {@code link}. */
  public static String absolute(Site site, String link) {
    String base = site.url().toString();
    if (!base.endsWith("/")) {
      base += "/";
    }
    return link.equals(HOME) ? base : base + link;
  }

  private static String segment(String id) {
    if (id == null || !ID.matcher(id).matches() || id.contains("..")) {
      throw new IllegalArgumentException("not usable in a URL: id \"" + id + "\"");
    }
    return id;
  }
}
