package dev.outpost.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A step's output read as GitHub's runner reads it (actions/runner: {@code ProcessInvoker} splits
 * standard output and standard error into lines with .NET's {@code ReadLine}, and {@code
 * ActionCommandManager} takes a line as a workflow command when, after leading white space, it
 * starts with {@code ::name ...::data}, or else holds {@code ##[name ...]data} anywhere). Stricter
 * than the runner, which acts only on the names of commands it knows: any name counts here.
 */
record RunnerLog(List<String> lines) {
  /** The lines of {@code bytes}, UTF-8, ended by a line feed, a carriage return or both. */
  static RunnerLog of(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return new RunnerLog(List.copyOf(lines));
  }

  /** A workflow command, its properties and data unescaped as the runner does. */
  record Command(String name, Map<String, String> properties, String data) {}

  /** Every line the runner would take as a command. */
  List<Command> commands() {
    List<Command> commands = new ArrayList<>();
    for (String line : lines) {
      command(line).ifPresent(commands::add);
    }
    return commands;
  }

  /** The lines that are no command. */
  List<String> text() {
    return lines.stream().filter(line -> command(line).isEmpty()).toList();
  }

  static Optional<Command> command(String line) {
    return v2(line).or(() -> v1(line));
  }

  private static Optional<Command> v2(String line) {
    String message = trimStart(line);
    if (!message.startsWith("::")) {
      return Optional.empty();
    }
    int end = message.indexOf("::", 2);
    if (end < 0) {
      return Optional.empty();
    }
    String info = message.substring(2, end);
    int space = info.indexOf(' ');
    String name = space < 0 ? info : info.substring(0, space);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> properties = new LinkedHashMap<>();
    if (space > 0) {
      for (String property : info.substring(space + 1).strip().split(",")) {
        String[] pair = property.split("=", 2);
        if (pair.length == 2 && !pair[0].isEmpty() && !pair[1].isEmpty()) {
          properties.put(pair[0], unescapeProperty(pair[1]));
        }
      }
    }
    return Optional.of(new Command(name, properties, unescapeData(message.substring(end + 2))));
  }

  private static Optional<Command> v1(String line) {
    int prefix = line.indexOf("##[");
    if (prefix < 0) {
      return Optional.empty();
    }
    int bracket = line.indexOf(']', prefix);
    if (bracket < 0) {
      return Optional.empty();
    }
    String info = line.substring(prefix + 3, bracket);
    int space = info.indexOf(' ');
    String name = space < 0 ? info : info.substring(0, space);
    return name.isEmpty()
        ? Optional.empty()
        : Optional.of(new Command(name, Map.of(), line.substring(bracket + 1)));
  }

  /** As .NET's {@code String.TrimStart()}: every character it counts as white space. */
  private static String trimStart(String line) {
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u0085') {
        break;
      }
      i++;
    }
    return line.substring(i);
  }

  private static String unescapeData(String text) {
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
  }

  private static String unescapeProperty(String text) {
    return text.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%");
  }
}
