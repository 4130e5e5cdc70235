package dev.outpost.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The SHA-256 of a built site, by which a workflow tells whether a new build differs from the site
 * it deployed last: every file's path and bytes, in the order of their paths.
 *
 * <p>The home pages' "Updated" time (the {@code banner-time} paragraph, the time the site was
 * built) is left out, so that builds of an unchanged history at different times have the same
 * digest; a site deployed on a quiet day keeps the time of its last change.
 */
public final class SiteDigest {
  private static final String BANNER_TIME = "<p class=\"banner-time\">";
  private static final byte[] BANNER_TIME_BYTES = BANNER_TIME.getBytes(StandardCharsets.UTF_8);
  private static final Pattern BUILT_AT = Pattern.compile(BANNER_TIME + "[^\n]*?</p>");
  private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");

  private SiteDigest() {}

  /** The digest of the site in {@code folder}, as 64 lower-case hexadecimal digits. */
  public static String of(Path folder) throws IOException {
    MessageDigest sha = sha256();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
              .sorted((a, b) -> name(folder, a).compareTo(name(folder, b)))
              .toList();
    }
    for (Path file : files) {
      String name = name(folder, file);
      byte[] bytes = Files.readAllBytes(file);
      // Every incident's page is an index.html too: only a page with the time is read as text.
      if (file.getFileName().toString().equals("index.html")
          && contains(bytes, BANNER_TIME_BYTES)) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        bytes = BUILT_AT.matcher(text).replaceAll("").getBytes(StandardCharsets.UTF_8);
      }
      byte[] path = name.getBytes(StandardCharsets.UTF_8);
      sha.update(ByteBuffer.allocate(4).putInt(path.length).array());
      sha.update(path);
      sha.update(ByteBuffer.allocate(8).putLong(bytes.length).array());
      sha.update(bytes);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * The digest recorded in {@code file} (a line of 64 hexadecimal digits, as {@code sha256sum}
   * writes one), or empty when there is no such file or it holds anything else. The file comes from
   * the Actions cache, so anything but a digest is nothing.
   */
  public static Optional<String> recorded(Path file) {
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > 200) {
        return Optional.empty();
      }
      String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
      String digest = text.split("\\s+", 2)[0];
      return FORM.matcher(digest).matches() ? Optional.of(digest) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static boolean contains(byte[] bytes, byte[] part) {
    search:
    for (int i = 0; i + part.length <= bytes.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue search;
        }
      }
      return true;
    }
    return false;
  }

  private static String name(Path folder, Path file) {
    return folder.relativize(file).toString().replace('\\', '/');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
