package dev.outpost.render;

import java.util.Locale;
import java.util.Set;

/**
 * Decides which URLs may appear in a page: http, https and mailto, and relative URLs. Anything else
 * ({@code javascript:}, {@code data:}, {@code vbscript:}, unknown schemes, URLs with control
 * characters) is replaced, after undoing the tricks browsers forgive (tabs and newlines inside,
 * spaces and control characters around, any letter case).
 */
final class Urls {
  /** What a refused link becomes. */
  static final String REFUSED = "#";

  private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
  private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

  private Urls() {}

  /** The URL to use for a link to {@code url}, or {@link #REFUSED}. */
  static String link(String url) {
    return sanitize(url, LINK_SCHEMES);
  }

  /** The URL to use for an image at {@code url}, or {@link #REFUSED}. */
  static String image(String url) {
    return sanitize(url, IMAGE_SCHEMES);
  }

  private static String sanitize(String url, Set<String> schemes) {
    if (url == null) {
      return REFUSED;
    }
    // Browsers drop tabs and newlines anywhere, and C0 controls and spaces at both ends.
    String cleaned = url.replaceAll("[\\t\\n\\r]", "").strip();
    for (int i = 0; i < cleaned.length(); i++) {
      char c = cleaned.charAt(i);
      if (c < 0x20 || c == 0x7f || Character.isWhitespace(c) && c != ' ') {
        return REFUSED;
      }
    }
    int colon = cleaned.indexOf(':');
    if (colon < 0) {
      return cleaned;
    }
    int pathStart = firstOf(cleaned, "/?#\\");
    if (pathStart >= 0 && pathStart < colon) {
      return cleaned; // a relative URL with a colon later on, such as "a/b:c"
    }
    String scheme = cleaned.substring(0, colon).toLowerCase(Locale.ROOT);
    return schemes.contains(scheme) ? cleaned : REFUSED;
  }

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
