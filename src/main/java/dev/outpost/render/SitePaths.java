package dev.outpost.render;

import dev.outpost.model.Site;
import java.time.YearMonth;

/**
 * Where each page lives. Links use the folder form ({@code incidents/x/}); files are {@code
 * index.html} inside it. Ids become path segments, so they are checked here. Public for the
 * machine-readable outputs ({@code render.api}, {@code render.feed}, ...), which link to pages.
 */
public final class SitePaths {
  public static final String HOME = "./";
  static final String HISTORY = "history/";
  static final String DEVELOPERS = "developers/";
  static final String CSS = "assets/outpost.css";
  static final String ICON = "assets/favicon.svg";

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
    if (!usable(id)) {
      throw new IllegalArgumentException("not usable in a URL: id \"" + id + "\"");
    }
    return id;
  }

  /**
   * Whether {@code id} matches {@code [A-Za-z0-9][A-Za-z0-9._-]*} and holds no {@code ..}: an ASCII
   * letter or digit, then ASCII letters, digits, dots, underscores and hyphens, never two dots in a
   * row. Checked by hand rather than by a regular expression, as it runs for every link.
   */
  private static boolean usable(String id) {
    if (id == null || id.isEmpty() || !letterOrDigit(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean allowed =
          letterOrDigit(c) || c == '_' || c == '-' || c == '.' && id.charAt(i - 1) != '.';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  private static boolean letterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }
}
