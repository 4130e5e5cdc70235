package dev.outpost.importer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cState post's Markdown, split into timeline updates and the rest.
 *
 * <p>A paragraph with exactly one {@code {{< track "time" >}}} shortcode is an update at that time,
 * when the time lies within the incident; a leading {@code *Investigating* -}, {@code **Update** —}
 * and the like gives its state. Everything else stays in the body; shortcodes are never run: {@code
 * track} becomes its time as text, any other is removed and noted.
 */
final class Body {
  private static final Pattern TRACK =
      Pattern.compile("\\{\\{[<%]\\s*track\\s+\"([^\"]*)\"\\s*[>%]\\}\\}");
  private static final Pattern SHORTCODE = Pattern.compile("(\\{\\{[<%].*?[>%]\\}\\})[ \\t]*");
  private static final Pattern LABEL =
      Pattern.compile("^(\\*{1,2}|_{1,2})([^*_\\n]{1,40}?)\\1\\s*(?:[-—–:]\\s*)?");
  private static final Pattern BREAK = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** A timeline update read from a paragraph; {@code label} is the lower-case leading word. */
  record Update(Instant at, String label, String body, int line) {}

  /** The updates, in the order written, and the rest of the Markdown. */
  record Split(List<Update> updates, String rest) {}

  private record Block(int line, List<String> lines, boolean isBreak, boolean fenced) {
    String text() {
      return String.join("\n", lines);
    }
  }

  private Body() {}

  /**
   * Splits {@code markdown}, whose first line is line {@code firstLine} of the file; an update's
   * time must lie within {@code from} and {@code to}.
   */
  static Split split(
      String markdown, int firstLine, ZoneId zone, Instant from, Instant to, Notes notes) {
    List<Update> updates = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    List<Block> pending = new ArrayList<>();
    for (Block block : blocks(markdown, firstLine)) {
      if (block.isBreak()) {
        flush(pending, kept, zone, notes);
        kept.add(block.text());
        continue;
      }
      String text = block.text();
      boolean tracked = !block.fenced() && text.contains("{{") && TRACK.matcher(text).find();
      boolean labelled = !block.fenced() && LABEL.matcher(text).find();
      if (labelled) {
        flush(pending, kept, zone, notes);
      }
      if (!tracked) {
        if (labelled || !pending.isEmpty()) {
          pending.add(block); // an update's first paragraphs, until the one with its time
        } else {
          kept.add(plain(block, zone, notes));
        }
        continue;
      }
      pending.add(block);
      Optional<Update> update = update(merged(pending), zone, from, to, notes);
      if (update.isPresent()) {
        updates.add(update.get());
        pending.clear();
      } else {
        flush(pending, kept, zone, notes);
      }
    }
    flush(pending, kept, zone, notes);
    return new Split(updates, join(kept));
  }

  private static void flush(List<Block> pending, List<String> kept, ZoneId zone, Notes notes) {
    pending.forEach(block -> kept.add(plain(block, zone, notes)));
    pending.clear();
  }

  /** The blocks as one, with the blank lines between them, as written. */
  private static Block merged(List<Block> blocks) {
    List<String> lines = new ArrayList<>();
    Block first = blocks.get(0);
    for (Block block : blocks) {
      while (first.line() + lines.size() < block.line()) {
        lines.add("");
      }
      lines.addAll(block.lines());
    }
    return new Block(first.line(), lines, false, false);
  }

  /** {@code markdown} with no updates taken out: a maintenance window's text. */
  static String rest(String markdown, int firstLine, ZoneId zone, Notes notes) {
    List<String> kept = new ArrayList<>();
    for (Block block : blocks(markdown, firstLine)) {
      kept.add(block.isBreak() ? block.text() : plain(block, zone, notes));
    }
    return join(kept);
  }

  private static Optional<Update> update(
      Block block, ZoneId zone, Instant from, Instant to, Notes notes) {
    String text = block.text();
    Matcher track = TRACK.matcher(text);
    if (!track.find()) {
      return Optional.empty();
    }
    String written = track.group(1);
    if (track.find()) {
      notes.at(block.line(), 1, "a paragraph with more than one track time; kept in the body");
      return Optional.empty();
    }
    Optional<Instant> at = CstateTimes.parse(written, zone);
    if (at.isEmpty()) {
      notes.at(block.line(), 1, "track time `" + written + "` is not a time; kept in the body");
      return Optional.empty();
    }
    if (at.get().isBefore(from) || at.get().isAfter(to)) {
      notes.at(
          block.line(),
          1,
          "update at "
              + at.get()
              + " lies outside the incident ("
              + from
              + " to "
              + to
              + "); kept in the body");
      return Optional.empty();
    }
    String body = TRACK.matcher(text).replaceAll("").strip();
    String label = "";
    Matcher leading = LABEL.matcher(body);
    if (leading.find()) {
      String word = leading.group(2).strip().toLowerCase(Locale.ROOT);
      if (Updates.knows(word)) {
        label = word;
        body = body.substring(leading.end()).strip();
      }
    }
    body = shortcodes(body, block.line(), notes);
    return Optional.of(new Update(at.get(), label, body, block.line()));
  }

  private static String plain(Block block, ZoneId zone, Notes notes) {
    Matcher track = TRACK.matcher(block.text());
    StringBuilder out = new StringBuilder();
    while (track.find()) {
      String shown =
          CstateTimes.parse(track.group(1), zone).map(SHOWN::format).orElse(track.group(1));
      track.appendReplacement(out, Matcher.quoteReplacement("(" + shown + ")"));
    }
    track.appendTail(out);
    return shortcodes(out.toString(), block.line(), notes);
  }

  /** {@code text} without shortcodes, each removal noted. */
  private static String shortcodes(String text, int line, Notes notes) {
    Matcher shortcode = SHORTCODE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (shortcode.find()) {
      String before = text.substring(0, shortcode.start());
      int lineOf = line + (int) before.chars().filter(c -> c == '\n').count();
      int column = shortcode.start() - before.lastIndexOf('\n');
      notes.at(lineOf, column, "Hugo shortcode `" + shortcode.group(1) + "` removed");
      shortcode.appendReplacement(out, "");
    }
    shortcode.appendTail(out);
    return out.toString();
  }

  private static List<Block> blocks(String markdown, int firstLine) {
    List<Block> blocks = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    List<String> current = new ArrayList<>();
    int start = firstLine;
    boolean inFence = false;
    boolean fenced = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      int number = firstLine + i;
      if (mayFence(line) && FENCE.matcher(line).find()) {
        inFence = !inFence;
        fenced = true;
      }
      boolean blank = line.isBlank() && !inFence;
      boolean isBreak = !inFence && !fenced && mayBreak(line) && BREAK.matcher(line).matches();
      if (blank || isBreak) {
        if (!current.isEmpty()) {
          blocks.add(new Block(start, current, false, fenced));
        }
        current = new ArrayList<>();
        fenced = false;
        if (isBreak) {
          blocks.add(new Block(number, List.of(line.strip()), true, false));
        }
        continue;
      }
      if (current.isEmpty()) {
        start = number;
      }
      current.add(lines[i].stripTrailing());
    }
    if (!current.isEmpty()) {
      blocks.add(new Block(start, current, false, fenced));
    }
    return blocks;
  }

  /** Whether {@code line} may open or close a fence: a cheap test before the pattern's. */
  private static boolean mayFence(String line) {
    return line.contains("```") || line.contains("~~~");
  }

  /** Whether {@code line} may be a thematic break: a cheap test before the pattern's. */
  private static boolean mayBreak(String line) {
    String text = line.stripLeading();
    return !text.isEmpty() && "-*_".indexOf(text.charAt(0)) >= 0;
  }

  /** The kept blocks as paragraphs, without breaks at either end or two in a row. */
  private static String join(List<String> kept) {
    List<String> out = new ArrayList<>();
    for (String block : kept) {
      boolean isBreak = BREAK.matcher(block).matches();
      if (block.isBlank()
          || isBreak && (out.isEmpty() || BREAK.matcher(out.get(out.size() - 1)).matches())) {
        continue;
      }
      out.add(block);
    }
    while (!out.isEmpty() && BREAK.matcher(out.get(out.size() - 1)).matches()) {
      out.remove(out.size() - 1);
    }
    return String.join("\n\n", out);
  }
}
