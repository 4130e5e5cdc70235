package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The buffer writes what the JDK's UTF-8 encoder writes, piece by piece. */
class Utf8BufferTest {
  /** Characters of every width, with surrogates paired, unpaired and reversed. */
  private static final char[] CHARS = {
    'a', 'Z', '<', '&', ' ', '\n', '\u007f', '\u0080', '·', 'é', '\u07ff', '\u0800', '€', '\uffff',
    '\ud83d', '\ude80', '\udbff', '\udc00'
  };

  @Test
  void writesWhatTheJdkEncodes() {
    Random random = new Random(20261121);
    Utf8Buffer buffer = new Utf8Buffer(16);
    for (int run = 0; run < 20_000; run++) {
      buffer.reset();
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      for (int piece = random.nextInt(6); piece >= 0; piece--) {
        String value = text(random, random.nextInt(random.nextBoolean() ? 8 : 100));
        switch (random.nextInt(3)) {
          case 0 -> {
            buffer.writeContent(value);
            expected.writeBytes(value.getBytes(StandardCharsets.UTF_8));
          }
          case 1 -> {
            int begin = random.nextInt(value.length() + 1);
            int end = begin + random.nextInt(value.length() - begin + 1);
            buffer.writeContent(value, begin, end);
            expected.writeBytes(value.substring(begin, end).getBytes(StandardCharsets.UTF_8));
          }
          default -> {
            byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
            buffer.writeBinaryContent(encoded);
            expected.writeBytes(encoded);
          }
        }
      }
      assertArrayEquals(expected.toByteArray(), buffer.toByteArray(), "run " + run);
    }
  }

  private static String text(Random random, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(
          random.nextInt(4) == 0
              ? CHARS[random.nextInt(CHARS.length)]
              : (char) (' ' + random.nextInt(95)));
    }
    return text.toString();
  }
}
