package dev.outpost.markup;

/** Escapes text for HTML and for XML 1.0 alike. */
public final class Markup {
  private Markup() {}

  /**
   * {@code text} safe as the text of an HTML or XML element and inside a quoted attribute value
   * (either quote): {@code & < > " '} become {@code &amp; &lt; &gt; &quot; &#39;} (the numeric
   * reference, which HTML 4, HTML 5 and XML all read), and the characters XML 1.0 cannot hold at
   * all are dropped: control characters other than tab, line feed and carriage return, halves of
   * surrogate pairs standing alone, U+FFFE and U+FFFF. Everything else is kept as it is.
   */
  public static String escape(String text) {
    StringBuilder out = null;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      String replacement =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < length
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (replacement == null && (pair || allowed(c))) {
        if (out != null) {
          out.append(c);
          if (pair) {
            out.append(text.charAt(++i));
          }
        } else if (pair) {
          i++;
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(length + 16).append(text, 0, i);
      }
      if (replacement != null) {
        out.append(replacement);
      }
    }
    return out == null ? text : out.toString();
  }

  /** A character XML 1.0 may hold on its own (surrogates only in pairs). */
  private static boolean allowed(char c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD);
  }
}
