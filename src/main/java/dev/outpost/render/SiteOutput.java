package dev.outpost.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the site's files under one folder, as UTF-8, and remembers the pages for the sitemap. Two
 * files at the same path are an error, never a silent overwrite.
 */
final class SiteOutput {
  private final Path root;
  private final Set<String> written = new HashSet<>();
  private final Set<Path> folders = new HashSet<>();
  private final List<String> pages = new ArrayList<>();

  SiteOutput(Path root) {
    this.root = root;
  }

  /**
   * Writes the HTML page whose link, in folder form, is {@code link} (such as {@code history/}).
   */
  void page(String link, String html) throws IOException {
    file(SitePaths.file(link), html);
    pages.add(link);
  }

  /** Writes {@code text} to {@code path}, relative to the site's root. */
  void file(String path, String text) throws IOException {
    bytes(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes each text of {@code files} to its path, in the map's order. */
  void files(Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      file(file.getKey(), file.getValue());
    }
  }

  void bytes(String path, byte[] data) throws IOException {
    if (!written.add(path)) {
      throw new IllegalStateException("two outputs at " + path + ": are two ids the same?");
    }
    Path file = root.resolve(path);
    Path folder = file.getParent();
    if (folders.add(folder)) {
      Files.createDirectories(folder);
    }
    try (OutputStream stream = Files.newOutputStream(file)) {
      stream.write(data);
    }
  }

  /** The pages written so far, as links in folder form, in the order written. */
  List<String> pages() {
    return List.copyOf(pages);
  }
}
