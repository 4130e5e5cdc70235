package dev.outpost.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus of hostile text in {@code src/test/resources/hostile/payloads.txt}: script tags, event
 * handlers, active URLs, SVG and MathML tricks, broken HTML, attribute breakouts, Markdown link
 * tricks, bidi and zero-width characters. Any source that puts text a stranger wrote on the page
 * (incident files, the config, GitHub issues, comments and labels) can take its inputs from here;
 * {@code HostileSiteBrowserTest} shows what must then hold in the browser.
 */
public final class HostilePayloads {
  private static final String RESOURCE = "/hostile/payloads.txt";

  private HostilePayloads() {}

  /** Every payload, in file order, escapes decoded. */
  public static List<String> all() {
    try (InputStream in = HostilePayloads.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      List<String> payloads = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("# ") && !line.equals("#")) {
          payloads.add(unescape(line));
        }
      }
      return List.copyOf(payloads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes {@code \n}, {@code \t}, {@code \\} and {@code \}{@code uXXXX}; leaves others. */
  static String unescape(String line) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '\\' || i + 1 == line.length()) {
        text.append(c);
        continue;
      }
      char next = line.charAt(i + 1);
      if (next == 'n') {
        text.append('\n');
        i++;
      } else if (next == 't') {
        text.append('\t');
        i++;
      } else if (next == '\\') {
        text.append('\\');
        i++;
      } else if (next == 'u' && hex(line, i + 2)) {
        text.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  private static boolean hex(String line, int from) {
    return from + 4 <= line.length() && line.substring(from, from + 4).matches("[0-9A-Fa-f]{4}");
  }

  /**
   * {@code text} as a YAML double-quoted scalar, every character outside printable ASCII escaped.
   */
  public static String yamlQuoted(String text) {
    StringBuilder yaml = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        yaml.append('\\').append(c);
      } else if (c < 0x20 || c >= 0x7f) {
        yaml.append(String.format("\\u%04X", (int) c));
      } else {
        yaml.append(c);
      }
    }
    return yaml.append('"').toString();
  }
}
