package dev.outpost.check;

/**
 * Text a payload brought, made inert: on one line, without control or invisible characters, and
 * shortened. In an issue it is shown only as {@link #code}, which GitHub renders as literal text:
 * no HTML, no link, no {@code @mention} that pings anyone, no {@code #123} reference, and nothing
 * that looks like one of Outpost's hidden markers.
 */
final class Untrusted {
  private Untrusted() {}

  /**
   * {@code text} on one line of at most {@code most} characters: control, format (such as
   * right-to-left overrides and zero-width spaces) and separator characters become spaces, runs of
   * white space one space.
   */
  static String line(String text, int most) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      boolean blank =
          Character.isWhitespace(c)
              || Character.isSpaceChar(c)
              || type == Character.CONTROL
              || type == Character.FORMAT
              || type == Character.SURROGATE
              || type == Character.PRIVATE_USE
              || type == Character.UNASSIGNED;
      if (blank) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(c);
    }
    if (out.codePointCount(0, out.length()) <= most) {
      return out.toString();
    }
    return out.substring(0, out.offsetByCodePoints(0, most)).strip() + "…";
  }

  /**
   * {@code text} (already a {@link #line}) as a Markdown code span: back-quotes become {@code '},
   * angle brackets {@code ‹ ›}, and every {@code @} is followed by a zero-width space, so that even
   * outside a code span it would mention nobody.
   */
  static String code(String text) {
    String inert =
        text.replace('`', '\'').replace('<', '‹').replace('>', '›').replace("@", "@\u200B");
    return "`" + inert + "`";
  }
}
