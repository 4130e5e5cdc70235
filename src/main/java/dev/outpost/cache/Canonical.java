package dev.outpost.cache;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A value written out as text that names everything in it: two values give the same text if and
 * only if they are equal, whatever the iteration order of their sets and maps. A record's text
 * holds its class and every component, so a component added to a model record is part of every key
 * made from it without anyone remembering to add it. Values of other kinds than those listed in
 * {@link #of} are refused rather than guessed at.
 */
public final class Canonical {
  private Canonical() {}

  /**
   * The text of {@code value}: {@code null}, a string, boolean, int, long, double, enum constant,
   * instant, duration, date, month, time zone, URI, an {@link Optional}, list, set or map of these,
   * or a record whose components are these.
   *
   * @throws IllegalArgumentException for any other kind of value
   */
  public static String of(Object value) {
    StringBuilder text = new StringBuilder(256);
    write(text, value);
    return text.toString();
  }

  /**
   * The text of {@code value} as bytes: UTF-8, except that an unpaired surrogate, which UTF-8
   * cannot hold and {@link String#getBytes} would write as {@code ?}, is written as its own three
   * bytes (as WTF-8 does), so that different values never give the same bytes.
   */
  public static byte[] bytes(Object value) {
    return utf8(of(value));
  }

  /** {@code text} in UTF-8, with unpaired surrogates written as in {@link #bytes}. */
  public static byte[] utf8(String text) {
    // The JDK's encoder writes an unpaired surrogate as '?': without a '?' in its bytes there was
    // none, and the text needs no look at its characters, which is slow before the JIT's second
    // tier.
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      if (b == '?') {
        return exactly(text);
      }
    }
    return bytes;
  }

  private static byte[] exactly(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (Character.isSurrogate(chars[i])) {
        if (Character.isHighSurrogate(chars[i])
            && i + 1 < chars.length
            && Character.isLowSurrogate(chars[i + 1])) {
          i++;
        } else {
          return wtf8(text);
        }
      }
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] wtf8(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        out.writeBytes(text.substring(from, i).getBytes(StandardCharsets.UTF_8));
        out.write(0xE0 | c >> 12);
        out.write(0x80 | (c >> 6 & 0x3F));
        out.write(0x80 | (c & 0x3F));
        from = i + 1;
      }
    }
    out.writeBytes(text.substring(from).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void write(StringBuilder text, Object value) {
    if (value == null) {
      text.append('N');
    } else if (value instanceof String string) {
      string(text, 'S', string);
    } else if (value instanceof Record record) {
      record(text, record);
    } else if (value instanceof List<?> list) {
      text.append('L').append(list.size()).append('[');
      for (Object element : list) {
        write(text, element);
      }
      text.append(']');
    } else if (value instanceof Map<?, ?> map) {
      List<String> entries = new ArrayList<>(map.size());
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        entries.add(of(entry.getKey()) + of(entry.getValue()));
      }
      sorted(text, 'M', entries);
    } else if (value instanceof Set<?> set) {
      List<String> elements = new ArrayList<>(set.size());
      for (Object element : set) {
        elements.add(of(element));
      }
      sorted(text, 'Z', elements);
    } else if (value instanceof Optional<?> optional) {
      text.append('O');
      write(text, optional.orElse(null));
    } else if (value instanceof Enum<?> constant) {
      string(text, 'E', constant.getDeclaringClass().getName() + '.' + constant.name());
    } else if (value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Double
        || value instanceof Instant
        || value instanceof Duration
        || value instanceof LocalDate
        || value instanceof YearMonth
        || value instanceof ZoneId
        || value instanceof URI) {
      // Each of these prints itself exactly, and differently from any other value of its class.
      string(text, 'V', value.getClass().getSimpleName() + ':' + value);
    } else {
      throw new IllegalArgumentException(
          "no canonical text for a " + value.getClass().getName() + ": " + value);
    }
  }

  private static void string(StringBuilder text, char tag, String string) {
    text.append(tag).append(string.length()).append(':').append(string);
  }

  private static void sorted(StringBuilder text, char tag, List<String> parts) {
    parts.sort(null);
    text.append(tag).append(parts.size()).append('[');
    parts.forEach(text::append);
    text.append(']');
  }

  private static void record(StringBuilder text, Record record) {
    Class<?> type = record.getClass();
    string(text, 'R', type.getName());
    text.append('{');
    for (Object component : Records.components(record)) {
      write(text, component);
    }
    text.append('}');
  }
}
