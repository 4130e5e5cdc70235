package dev.outpost.model;

/**
 * The characters text in the model may hold. Every text a reader sees (names, titles, descriptions,
 * bodies, notices) passes {@link #clean} as its record is made, whatever its source (the config, a
 * file, an issue), so that every output can carry it: XML (badges, feeds, the sitemap) forbids C0
 * controls and U+FFFE/U+FFFF outright, HTML counts controls and noncharacters as parse errors, and
 * UTF-8 cannot encode an unpaired surrogate. Cleaning once where text enters the model, rather than
 * in each of a dozen writers, leaves no writer to forget.
 */
public final class Characters {
  /** What a character no output can carry becomes: U+FFFD, as HTML parsers make of U+0000. */
  public static final char REPLACEMENT = '\uFFFD';

  private Characters() {}

  /**
   * {@code text} with every C0 control but tab, line feed and carriage return, DEL, every C1
   * control, every noncharacter (U+FDD0 to U+FDEF and the last two code points of each plane) and
   * every unpaired surrogate replaced by {@link #REPLACEMENT}; replaced rather than removed, so
   * that no two words join (such as {@code java\u0000script}). {@code null} stays {@code null};
   * clean text is returned as it is.
   */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    int n = text.length();
    int i = 0;
    while (i < n && allowed(text, i)) {
      i += Character.charCount(text.codePointAt(i));
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n).append(text, 0, i);
    while (i < n) {
      int codePoint = text.codePointAt(i);
      int length = Character.charCount(codePoint);
      if (allowed(text, i)) {
        out.append(text, i, i + length);
      } else {
        out.append(REPLACEMENT);
      }
      i += length;
    }
    return out.toString();
  }

  private static boolean allowed(String text, int i) {
    char c = text.charAt(i);
    if (c >= 0x20 && c < 0x7f) {
      return true;
    }
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (c <= 0x9f || c >= 0xfdd0 && c <= 0xfdef) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))
          && (text.codePointAt(i) & 0xfffe) != 0xfffe;
    }
    return !Character.isLowSurrogate(c) && c < 0xfffe;
  }
}
