package dev.outpost.render;

import gg.jte.TemplateOutput;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A template's output as UTF-8 in one growing array, reused from page to page: the templates'
 * static text arrives encoded already (jte's binary static content) and is copied as it is, and
 * only the values are encoded. Not thread-safe.
 */
final class Utf8Buffer implements TemplateOutput {
  /** Longer values are encoded by the JDK, which is faster for them than a loop here. */
  private static final int SHORT = 32;

  private byte[] bytes;
  private int size;

  Utf8Buffer(int capacity) {
    bytes = new byte[capacity];
  }

  void reset() {
    size = 0;
  }

  /** A copy of what was written since the last {@link #reset()}. */
  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  @Override
  public void writeBinaryContent(byte[] value) {
    append(value, value.length);
  }

  @Override
  public void writeContent(String value) {
    writeContent(value, 0, value.length());
  }

  @Override
  public void writeContent(String value, int beginIndex, int endIndex) {
    if (endIndex - beginIndex > SHORT) {
      byte[] encoded =
          (beginIndex == 0 && endIndex == value.length()
                  ? value
                  : value.substring(beginIndex, endIndex))
              .getBytes(StandardCharsets.UTF_8);
      append(encoded, encoded.length);
      return;
    }
    // At most three bytes per char: a surrogate pair is two chars and four bytes.
    ensure(3 * (endIndex - beginIndex));
    byte[] out = bytes;
    int n = size;
    for (int i = beginIndex; i < endIndex; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        out[n++] = (byte) c;
      } else if (c < 0x800) {
        out[n++] = (byte) (0xC0 | c >> 6);
        out[n++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < endIndex
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int point = Character.toCodePoint(c, value.charAt(++i));
        out[n++] = (byte) (0xF0 | point >> 18);
        out[n++] = (byte) (0x80 | point >> 12 & 0x3F);
        out[n++] = (byte) (0x80 | point >> 6 & 0x3F);
        out[n++] = (byte) (0x80 | point & 0x3F);
      } else if (Character.isSurrogate(c)) {
        out[n++] = '?'; // what the JDK's encoder writes for half a pair
      } else {
        out[n++] = (byte) (0xE0 | c >> 12);
        out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[n++] = (byte) (0x80 | c & 0x3F);
      }
    }
    size = n;
  }

  private void append(byte[] value, int length) {
    ensure(length);
    System.arraycopy(value, 0, bytes, size, length);
    size += length;
  }

  private void ensure(int more) {
    if (bytes.length - size < more) {
      bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
    }
  }
}
