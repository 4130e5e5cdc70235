package dev.outpost.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/** The identity of the running Outpost, so that nothing kept by other code is ever reused. */
public final class Code {
  private static String identity;

  private Code() {}

  /**
   * The CRC-32 and length of the jar Outpost runs from, or of every file of its classes folder when
   * it runs from one; computed once. Two builds of Outpost differ in the jar's bytes, and a CRC-32
   * tells accidental differences apart (nobody who could forge a jar would need to fool a cache).
   */
  public static synchronized String identity() {
    if (identity == null) {
      identity = compute();
    }
    return identity;
  }

  private static String compute() {
    try {
      CRC32 crc = new CRC32();
      CodeSource source = Code.class.getProtectionDomain().getCodeSource();
      Path location = Path.of(source.getLocation().toURI());
      long length = 0;
      if (Files.isDirectory(location)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(location)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path each : files) {
          crc.update(location.relativize(each).toString().getBytes(StandardCharsets.UTF_8));
          crc.update(0);
          length += digest(crc, each);
        }
      } else {
        length = digest(crc, location);
      }
      return "crc32:" + Long.toHexString(crc.getValue()) + ":" + length;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Outpost's own code to identify it", e);
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("cannot identify Outpost's own code", e);
    }
  }

  private static long digest(CRC32 crc, Path file) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long length = 0;
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        crc.update(buffer, 0, n);
        length += n;
      }
    }
    return length;
  }
}
