package dev.outpost.render.calendar;

/** iCalendar (RFC 5545) text: escaping, and content lines folded at 75 octets, ended by CRLF. */
final class Ics {
  static final String CRLF = "\r\n";
  private static final int LINE_OCTETS = 75;

  private final StringBuilder out = new StringBuilder(2048);

  /** Adds the content line {@code name:value}, folded; {@code value} is written as it is. */
  Ics line(String name, String value) {
    String line = name + ":" + value;
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int size = utf8Octets(cp);
      if (octets + size > LINE_OCTETS) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append(CRLF);
    return this;
  }

  /** The octets {@code cp} takes in UTF-8; a lone surrogate is written as one ({@code ?}). */
  private static int utf8Octets(int cp) {
    if (cp < 0x80 || Character.isSurrogate((char) cp) && cp < 0x10000) {
      return 1;
    }
    return cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }

  /** Adds {@code name:value} with {@code value} escaped as TEXT. */
  Ics text(String name, String value) {
    return line(name, escape(value));
  }

  /** Appends lines already folded by another {@code Ics}. */
  Ics lines(String folded) {
    out.append(folded);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /**
   * A TEXT value: backslash, semicolon and comma escaped, line breaks as {@code \n}, other control
   * characters dropped.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case ';' -> escaped.append("\\;");
        case ',' -> escaped.append("\\,");
        case '\n' -> escaped.append("\\n");
        default -> {
          if (c >= 0x20 && c != 0x7f || c == '\t') {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
