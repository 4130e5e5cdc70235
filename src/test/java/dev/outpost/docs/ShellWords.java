package dev.outpost.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * The commands of a {@code sh} block as a POSIX shell splits them: lines continued with a backslash
 * are joined, {@code #} at the start of a word begins a comment, single and double quotes group
 * words, and {@code &&} separates commands.
 */
final class ShellWords {
  /**
   * One simple command: its words, its text as written, and the text of its whole line (both
   * without the comment and with spaces folded).
   */
  record Command(List<String> words, String text, String line) {
    String first() {
      return words.get(0);
    }
  }

  private ShellWords() {}

  static List<Command> commands(String block) {
    List<Command> commands = new ArrayList<>();
    for (String line : block.replace("\\\n", " ").split("\n")) {
      split(line, commands);
    }
    return commands;
  }

  private static void split(String line, List<Command> commands) {
    List<Command> found = new ArrayList<>();
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    int start = 0;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (word == null && c == '#') {
        break;
      }
      if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
        i++;
      } else if (word == null && line.startsWith("&&", i)) {
        add(words, line.substring(start, i), found);
        words = new ArrayList<>();
        i += 2;
        start = i;
      } else if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed ' in: " + line);
        }
        word = word == null ? new StringBuilder() : word;
        word.append(line, i + 1, end);
        i = end + 1;
      } else if (c == '"') {
        word = word == null ? new StringBuilder() : word;
        i++;
        while (i < line.length() && line.charAt(i) != '"') {
          if (line.charAt(i) == '\\' && i + 1 < line.length()) {
            i++;
          }
          word.append(line.charAt(i++));
        }
        if (i >= line.length()) {
          throw new IllegalArgumentException("unclosed \" in: " + line);
        }
        i++;
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
        i++;
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    add(words, line.substring(start, i), found);
    String whole = fold(line.substring(0, i));
    for (Command command : found) {
      commands.add(new Command(command.words(), command.text(), whole));
    }
  }

  private static void add(List<String> words, String text, List<Command> commands) {
    if (!words.isEmpty()) {
      commands.add(new Command(List.copyOf(words), fold(text), null));
    }
  }

  private static String fold(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
