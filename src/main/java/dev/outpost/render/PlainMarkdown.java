package dev.outpost.render;

/**
 * The HTML that CommonMark makes of the plainest Markdown, written in one pass without building a
 * document: paragraphs and tight bullet lists ({@code - }) of text with emphasis ({@code *a*},
 * {@code _a_}), strong emphasis ({@code **a**}), code spans ({@code `a`}), links ({@code
 * [a](https://b.example/c)}) and autolinks ({@code <https://b.example>}), fenced code blocks, and
 * tables with a pipe at both ends of every row, which is most of what incident updates and
 * summaries hold.
 *
 * <p>Anything else gives {@code null}, for CommonMark to render: other blocks, images, raw HTML,
 * character references, backslash escapes, tabs, control characters, indented or trailing spaces,
 * any emphasis that CommonMark's delimiter rules could read another way (an opener must follow a
 * space, an opening parenthesis or the start of a line and precede a letter or digit; its closer
 * must end the same line's run of text, after a letter or digit or before a space; nothing nests
 * but code and links), link destinations other than plain absolute http(s) and relative URLs,
 * tables whose rows are not all as wide as the header, and text (not code, link destinations or
 * autolinks) in which the autolink extension could find a bare link: one with a colon before a
 * slash or two w's in a row.
 */
final class PlainMarkdown {
  /** How CommonMark, with Markdown's attributes, opens a link; its URL and {@code ">} follow. */
  private static final String LINK = "<a rel=\"" + Markdown.REL + "\" href=\"";

  /** The ASCII characters that are plain text: letters, digits and some punctuation. */
  private static final boolean[] PLAIN_ASCII = new boolean[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      PLAIN_ASCII[c] = isWordCharacter(c) || " .,;:!?'()/-+=%$#^{}".indexOf(c) >= 0;
    }
  }

  private PlainMarkdown() {}

  /** {@code markdown}'s HTML, or {@code null} when it is not of the plainest kind. */
  static String html(String markdown) {
    StringBuilder html = new StringBuilder(markdown.length() + markdown.length() / 4 + 16);
    int length = markdown.length();
    // What the last line was: 0 nothing or blank, 1 a paragraph's line, 2 a list item.
    int open = 0;
    boolean listBeforeBlank = false;
    for (int start = 0; start <= length; ) {
      int end = lineEnd(markdown, start);
      if (end == start) {
        listBeforeBlank |= open == 2;
        open = close(html, open);
      } else if (markdown.startsWith("```", start)) {
        if (open == 2) {
          return null;
        }
        close(html, open);
        open = 0;
        listBeforeBlank = false;
        end = fence(markdown, start, end, html);
        if (end < 0) {
          return null;
        }
      } else if (markdown.charAt(start) == '|') {
        // Only a table's header may start with a pipe, and only as a paragraph's first line.
        if (open != 0) {
          return null;
        }
        listBeforeBlank = false;
        end = table(markdown, start, end, html);
        if (end < 0) {
          return null;
        }
      } else {
        if (markdown.charAt(start) == ' ' || markdown.charAt(end - 1) == ' ') {
          return null;
        }
        boolean item = end - start > 2 && markdown.startsWith("- ", start);
        int text = item ? start + 2 : start;
        if (!startsPlainly(markdown, text, end)) {
          return null;
        }
        if (item) {
          if (open == 2) {
            html.append("</li>\n<li>");
          } else if (listBeforeBlank && open == 0) {
            // Items with a blank line between them make one loose list.
            return null;
          } else {
            close(html, open);
            html.append("<ul>\n<li>");
          }
          open = 2;
        } else if (open == 2) {
          // A lazy continuation of the item's paragraph.
          return null;
        } else if (open == 1) {
          html.append('\n');
        } else {
          html.append("<p>");
          open = 1;
          listBeforeBlank = false;
        }
        if (!inline(markdown, text, end, false, html)) {
          return null;
        }
      }
      start = end + 1;
    }
    close(html, open);
    return html.toString();
  }

  /**
   * Writes the fenced code block whose opening fence is the line from {@code start} to {@code end};
   * where its closing fence ends, or -1 if it is not a plain one: opened by exactly three backticks
   * and a one-word language or none, closed by a line of exactly three backticks, with no other
   * line that could close it and no control character but tabs.
   */
  private static int fence(String s, int start, int end, StringBuilder html) {
    for (int i = start + 3; i < end; i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || !(isWordCharacter(c) || c == '-' || c == '_' || c == '+')) {
        return -1;
      }
    }
    html.append(end == start + 3 ? "<pre><code>" : "<pre><code class=\"language-");
    if (end > start + 3) {
      html.append(s, start + 3, end).append("\">");
    }
    int line = end + 1;
    while (line <= s.length()) {
      int lineEnd = lineEnd(s, line);
      if (mayCloseFence(s, line, lineEnd)) {
        if (lineEnd - line != 3 || !s.startsWith("```", line)) {
          return -1;
        }
        html.append("</code></pre>\n");
        return lineEnd;
      }
      if (!literally(s, line, lineEnd, html)) {
        return -1;
      }
      html.append('\n');
      line = lineEnd + 1;
    }
    // Never closed: the block runs to the end, which CommonMark is left to write.
    return -1;
  }

  /**
   * Writes the characters from {@code from} to {@code to} as code shows them, escaped; false if one
   * is a control character other than a tab, or a surrogate.
   */
  private static boolean literally(String s, int from, int to, StringBuilder html) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        default -> {
          if ((c < ' ' && c != '\t') || c == 0x7f || Character.isSurrogate(c)) {
            return false;
          }
          html.append(c);
        }
      }
    }
    return true;
  }

  /** Whether the line could close a fence of three backticks, to CommonMark. */
  private static boolean mayCloseFence(String s, int line, int end) {
    int i = line;
    while (i < end && i - line < 3 && s.charAt(i) == ' ') {
      i++;
    }
    int ticks = 0;
    while (i < end && s.charAt(i) == '`') {
      i++;
      ticks++;
    }
    while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return ticks >= 3 && i == end;
  }

  private static int close(StringBuilder html, int open) {
    if (open == 1) {
      html.append("</p>\n");
    } else if (open == 2) {
      html.append("</li>\n</ul>\n");
    }
    return 0;
  }

  /**
   * Writes the table whose header row is the line from {@code start} to {@code end}; where its last
   * row ends, or -1 if it is not a plain one: the header, a delimiter row of dashes with a colon or
   * none at either end, and body rows, each starting and ending with a pipe and with as many cells
   * as the header, cells of plain inline content, and a blank line or the end of the text after it.
   */
  private static int table(String s, int start, int end, StringBuilder html) {
    int columns = cells(s, start, end);
    if (columns < 0 || end >= s.length()) {
      return -1;
    }
    int delimiterEnd = lineEnd(s, end + 1);
    String[] alignments = alignments(s, end + 1, delimiterEnd, columns);
    if (alignments == null) {
      return -1;
    }
    html.append("<table>\n<thead>\n");
    if (!row(s, start, end, "th", alignments, html)) {
      return -1;
    }
    html.append("</thead>\n");
    int last = delimiterEnd;
    boolean body = false;
    while (last < s.length()) {
      int line = last + 1;
      int lineEnd = lineEnd(s, line);
      if (lineEnd == line) {
        break;
      }
      // CommonMark pads a short row and cuts a long one, and takes a row without pipes too.
      if (cells(s, line, lineEnd) != columns) {
        return -1;
      }
      if (!body) {
        html.append("<tbody>\n");
        body = true;
      }
      if (!row(s, line, lineEnd, "td", alignments, html)) {
        return -1;
      }
      last = lineEnd;
    }
    if (body) {
      html.append("</tbody>\n");
    }
    html.append("</table>\n");
    return last;
  }

  /** Where the line starting at {@code line} ends: at its newline, or at the end of the text. */
  private static int lineEnd(String s, int line) {
    int end = s.indexOf('\n', line);
    return end < 0 ? s.length() : end;
  }

  /**
   * How many cells the row from {@code from} to {@code end} has if it starts and ends with a pipe,
   * else -1.
   */
  private static int cells(String s, int from, int end) {
    if (end - from < 2 || s.charAt(from) != '|' || s.charAt(end - 1) != '|') {
      return -1;
    }
    int pipes = 0;
    for (int i = from; i < end; i++) {
      if (s.charAt(i) == '|') {
        pipes++;
      }
    }
    return pipes - 1;
  }

  /**
   * The attributes that give the columns of the delimiter row from {@code from} to {@code end}
   * their alignment, or null if it is not a plain one of {@code columns} cells.
   */
  private static String[] alignments(String s, int from, int end, int columns) {
    if (cells(s, from, end) != columns) {
      return null;
    }
    String[] alignments = new String[columns];
    int i = from + 1;
    for (int column = 0; column < columns; column++) {
      while (s.charAt(i) == ' ') {
        i++;
      }
      boolean left = s.charAt(i) == ':';
      if (left) {
        i++;
      }
      int dashes = i;
      while (s.charAt(i) == '-') {
        i++;
      }
      if (i == dashes) {
        return null;
      }
      boolean right = s.charAt(i) == ':';
      if (right) {
        i++;
      }
      while (s.charAt(i) == ' ') {
        i++;
      }
      if (s.charAt(i) != '|') {
        return null;
      }
      i++;
      alignments[column] =
          left && right
              ? " class=\"al-center\""
              : left ? " class=\"al-left\"" : right ? " class=\"al-right\"" : "";
    }
    return alignments;
  }

  /** Writes the table row from {@code from} to {@code end}; false if a cell is not plain. */
  private static boolean row(
      String s, int from, int end, String tag, String[] alignments, StringBuilder html) {
    html.append("<tr>\n");
    int cell = from + 1;
    for (String alignment : alignments) {
      int cellEnd = s.indexOf('|', cell);
      int text = cell;
      while (text < cellEnd && s.charAt(text) == ' ') {
        text++;
      }
      int textEnd = cellEnd;
      while (textEnd > text && s.charAt(textEnd - 1) == ' ') {
        textEnd--;
      }
      html.append('<').append(tag).append(alignment).append('>');
      if (!inline(s, text, textEnd, false, html)) {
        return false;
      }
      html.append("</").append(tag).append(">\n");
      cell = cellEnd + 1;
    }
    html.append("</tr>\n");
    return true;
  }

  /**
   * Whether the text from {@code from} to {@code end} starts as nothing but a paragraph's text
   * would: not a heading, quote, list, fence, break, table or HTML.
   */
  private static boolean startsPlainly(String s, int from, int end) {
    char c = s.charAt(from);
    if (c >= '0' && c <= '9') {
      int i = from;
      while (i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      return i == end || (s.charAt(i) != '.' && s.charAt(i) != ')');
    }
    if (c == '*' || c == '_') {
      int i = from;
      while (i < end && s.charAt(i) == c) {
        i++;
      }
      return i < end && isWordCharacter(s.charAt(i));
    }
    if (c == '`') {
      return from + 1 < end && s.charAt(from + 1) != '`';
    }
    // A link (not a link reference definition) or an autolink (not HTML): inline() checks.
    return isWordCharacter(c) || c == '"' || c == '\'' || c == '(' || c == '[' || c == '<';
  }

  /**
   * Writes the inline content from {@code from} to {@code end}, the text of a link if {@code
   * inLink}; false if it is not plain.
   */
  private static boolean inline(String s, int from, int end, boolean inLink, StringBuilder html) {
    int i = from;
    while (i < end) {
      char c = s.charAt(i);
      if (c == '`') {
        i = code(s, i, end, html);
      } else if (c == '*' || c == '_') {
        i = emphasis(s, from, i, end, inLink, html);
      } else if (c == '[') {
        // Links do not nest, and "![" opens an image.
        i = inLink || (i > 0 && s.charAt(i - 1) == '!') ? -1 : link(s, i, end, html);
      } else if (c == '<') {
        i = inLink ? -1 : autolink(s, i, end, html);
      } else if (c == '"') {
        html.append("&quot;");
        i++;
      } else {
        // A run of plain text is copied at once.
        int run = i;
        while (run < end && isPlainText(s.charAt(run)) && !mayStartBareLink(s, run)) {
          run++;
        }
        if (run == i) {
          return false;
        }
        html.append(s, i, run);
        i = run;
      }
      if (i < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text character at {@code at} could be part of a link that the autolink extension
   * finds in text: a URL's {@code ://} (or {@code :\}), a {@code www.}, an email address's
   * {@code @}. Plain text holds no {@code @}, nor a character reference or backslash escape that
   * could make one, so a colon before a slash or backslash or a second w in a row (either case) is
   * enough to tell. (The extension, as built, finds URLs and email addresses but no {@code www.}
   * links; the w's cost little and keep this right if it ever does.) Link destinations, autolinks
   * and code are not text; their characters are not asked about.
   */
  private static boolean mayStartBareLink(String s, int at) {
    char c = s.charAt(at);
    if (c == ':') {
      return at + 1 < s.length() && (s.charAt(at + 1) == '/' || s.charAt(at + 1) == '\\');
    }
    return (c | 0x20) == 'w' && at > 0 && (s.charAt(at - 1) | 0x20) == 'w';
  }

  /**
   * Writes the inline link {@code [text](destination)} at {@code at}; where it ends, or -1 if it is
   * not a plain one: text of plain inline content without brackets, links or autolinks, and a plain
   * destination ({@link #url}) with no title.
   */
  private static int link(String s, int at, int end, StringBuilder html) {
    int close = s.indexOf(']', at + 1);
    if (close < 0 || close + 1 >= end || s.charAt(close + 1) != '(') {
      return -1;
    }
    int url = close + 2;
    int urlEnd = url(s, url, end, ')');
    if (urlEnd < 0) {
      return -1;
    }
    html.append(LINK).append(s, url, urlEnd).append("\">");
    if (!inline(s, at + 1, close, true, html)) {
      return -1;
    }
    html.append("</a>");
    return urlEnd + 1;
  }

  /**
   * Writes the autolink {@code <http://...>} or {@code <https://...>} at {@code at}; where it ends,
   * or -1 if it is not a plain one ({@link #url}).
   */
  private static int autolink(String s, int at, int end, StringBuilder html) {
    int url = at + 1;
    int scheme =
        s.regionMatches(true, url, "http://", 0, 7)
            ? 7
            : s.regionMatches(true, url, "https://", 0, 8) ? 8 : -1;
    int urlEnd = scheme < 0 ? -1 : url(s, url, end, '>');
    if (urlEnd <= url + scheme) {
      return -1;
    }
    html.append(LINK).append(s, url, urlEnd).append("\">").append(s, url, urlEnd).append("</a>");
    return urlEnd + 1;
  }

  /**
   * Where the URL starting at {@code from} ends, just before {@code terminator}, or -1 if it is not
   * a plain one, which the link's HTML shows as it is: not empty, of ASCII letters, digits and the
   * characters that percent-encoding and HTML escaping keep (but no {@code &} or parentheses), any
   * {@code %} followed by two hex digits, and a colon only after a leading {@code http://} or
   * {@code https://}, which the URL sanitizer keeps (a relative URL has none).
   */
  private static int url(String s, int from, int end, char terminator) {
    int i = from;
    boolean colon = false;
    while (i < end && s.charAt(i) != terminator) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= end || !isHexDigit(s.charAt(i + 1)) || !isHexDigit(s.charAt(i + 2))) {
          return -1;
        }
      } else if (c == ':') {
        colon = true;
      } else if (!isUrlCharacter(c)) {
        return -1;
      }
      i++;
    }
    if (i >= end || i == from) {
      return -1;
    }
    if (colon
        && !s.regionMatches(true, from, "http://", 0, 7)
        && !s.regionMatches(true, from, "https://", 0, 8)) {
      return -1;
    }
    return i;
  }

  /** A character that a URL may hold and that neither percent-encoding nor HTML escaping change. */
  private static boolean isUrlCharacter(char c) {
    return c < 0x80
        && ((c >= 'a' && c <= 'z')
            || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9')
            || "-._~/?#@!$'*+,;=".indexOf(c) >= 0);
  }

  private static boolean isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Writes the code span at {@code at}; where it ends, or -1 if it is not a plain one. */
  private static int code(String s, int at, int end, StringBuilder html) {
    int close = s.indexOf('`', at + 1);
    if (close < 0
        || close >= end
        || close == at + 1
        || (close + 1 < end && s.charAt(close + 1) == '`')
        || s.charAt(at + 1) == ' '
        || s.charAt(close - 1) == ' ') {
      return -1;
    }
    html.append("<code>");
    if (!literally(s, at + 1, close, html)) {
      return -1;
    }
    html.append("</code>");
    return close + 1;
  }

  /**
   * Writes the emphasis opened at {@code at} (the line's text, a link's text or a table cell's text
   * starting at {@code line}); where it ends, or -1 if it is not a plain one.
   */
  private static int emphasis(
      String s, int line, int at, int end, boolean inLink, StringBuilder html) {
    char delimiter = s.charAt(at);
    int run = run(s, at, end);
    if (run > (delimiter == '*' ? 2 : 1)) {
      return -1;
    }
    int text = at + run;
    char before = at == line ? ' ' : s.charAt(at - 1);
    if ((before != ' ' && before != '(') || text >= end || !isWordCharacter(s.charAt(text))) {
      return -1;
    }
    // The closer is the next delimiter outside code spans.
    int close = text;
    while (close < end && s.charAt(close) != '*' && s.charAt(close) != '_') {
      if (s.charAt(close) == '`') {
        int codeEnd = s.indexOf('`', close + 1);
        if (codeEnd < 0 || codeEnd >= end) {
          return -1;
        }
        close = codeEnd;
      }
      close++;
    }
    if (close >= end || s.charAt(close) != delimiter || run(s, close, end) != run) {
      return -1;
    }
    int after = close + run;
    char last = s.charAt(close - 1);
    char next = after == end ? ' ' : s.charAt(after);
    boolean closes =
        isWordCharacter(last)
            ? next == ' ' || ".,;:!?)".indexOf(next) >= 0
            : ".!?)".indexOf(last) >= 0 && next == ' ';
    if (!closes) {
      return -1;
    }
    String tag = run == 2 ? "strong>" : "em>";
    html.append('<').append(tag);
    if (!inline(s, text, close, inLink, html)) {
      return -1;
    }
    html.append("</").append(tag);
    return after;
  }

  private static int run(String s, int at, int end) {
    int i = at;
    while (i < end && s.charAt(i) == s.charAt(at)) {
      i++;
    }
    return i - at;
  }

  /** A letter or digit: never punctuation or space to CommonMark's emphasis rules. */
  private static boolean isWordCharacter(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return !Character.isSurrogate(c) && Character.isLetterOrDigit(c);
  }

  /** A character that is text wherever it stands in a line (after the line's start). */
  private static boolean isPlainText(char c) {
    return c < 0x80 ? PLAIN_ASCII[c] : isWordCharacter(c);
  }
}
