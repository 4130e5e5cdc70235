package dev.outpost.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The site's files under one folder, as UTF-8: first listed with how to render each, then rendered
 * and written together on every core. Remembers the pages for the sitemap. Two files at the same
 * path are an error, never a silent overwrite.
 */
final class SiteOutput {
  /** Renders one file's text with the calling thread's templates. */
  @FunctionalInterface
  interface Text {
    String render(Templates templates);
  }

  /** Renders one file's bytes with the calling thread's templates. */
  @FunctionalInterface
  interface Bytes {
    byte[] render(Templates templates);
  }

  private record File(String path, Bytes content) {}

  private final SiteRenderer.Sink sink;
  private final Set<String> listed = new HashSet<>();
  private final List<File> files = new ArrayList<>();
  private final List<String> pages = new ArrayList<>();

  SiteOutput(SiteRenderer.Sink sink) {
    this.sink = sink;
  }

  /** Lists the HTML page whose link, in folder form, is {@code link} (such as {@code history/}). */
  void page(String link, Text html) {
    file(SitePaths.file(link), html);
    pages.add(link);
  }

  /** Lists the HTML page whose link is {@code link}, with its bytes. */
  void pageBytes(String link, Bytes html) {
    bytes(SitePaths.file(link), html);
    pages.add(link);
  }

  /** Lists {@code path}, relative to the site's root, with its text. */
  void file(String path, Text text) {
    bytes(path, templates -> text.render(templates).getBytes(StandardCharsets.UTF_8));
  }

  /** Lists each text of {@code files} at its path, in the map's order. */
  void files(Map<String, String> files) {
    for (Map.Entry<String, String> file : files.entrySet()) {
      String text = file.getValue();
      file(file.getKey(), templates -> text);
    }
  }

  /**
   * Lists each file of {@code files} at its path, in the map's order, rendered on whichever thread
   * writes it: each supplier must be safe to call from any thread.
   */
  void lazyFiles(Map<String, Supplier<String>> files) {
    for (Map.Entry<String, Supplier<String>> file : files.entrySet()) {
      Supplier<String> text = file.getValue();
      file(file.getKey(), templates -> text.get());
    }
  }

  /** As {@link #lazyFiles}, for files made as bytes. */
  void lazyBytes(Map<String, Supplier<byte[]>> files) {
    for (Map.Entry<String, Supplier<byte[]>> file : files.entrySet()) {
      Supplier<byte[]> data = file.getValue();
      bytes(file.getKey(), templates -> data.get());
    }
  }

  /** Lists {@code path}, relative to the site's root, with its bytes. */
  void bytes(String path, Bytes data) {
    if (!listed.add(path)) {
      throw new IllegalStateException("two outputs at " + path + ": are two ids the same?");
    }
    files.add(new File(path, data));
  }

  /** The pages listed so far, as links in folder form, in the order listed. */
  List<String> pages() {
    return List.copyOf(pages);
  }

  /**
   * Renders and writes every listed file, in parallel, creating folders as needed. Each file's
   * bytes depend only on its own content function, so the site is the same however the work is
   * shared.
   */
  void writeAll() throws IOException {
    ThreadLocal<Templates> templates = ThreadLocal.withInitial(Templates::new);
    try {
      files.parallelStream().forEach(file -> write(sink, file, templates.get()));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void write(SiteRenderer.Sink sink, File file, Templates templates) {
    try {
      sink.write(file.path(), file.content().render(templates));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
