package dev.outpost.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
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

  /**
   * One file to write. {@code listing} is 0, or for a file built from the whole page (a feed, a
   * calendar, the API, a component's page with its uptime), which takes far longer than one
   * incident's page, the number of the listing it came in: the files of one listing share work
   * computed by the first of them (a feed's ranking, the API's incidents, the monthly uptime).
   */
  private record File(String path, Bytes content, int listing) {}

  private final SiteRenderer.Sink sink;
  private final Set<String> listed = new HashSet<>();
  private final List<File> files = new ArrayList<>();
  private final List<String> pages = new ArrayList<>();
  private int listings;

  SiteOutput(SiteRenderer.Sink sink) {
    this.sink = sink;
  }

  /**
   * Lists the HTML page whose link, in folder form, is {@code link} (such as {@code history/}),
   * with its bytes.
   */
  void page(String link, Bytes html) {
    bytes(SitePaths.file(link), html);
    pages.add(link);
  }

  /** A new listing for {@link #summaryPage}. */
  int listing() {
    return ++listings;
  }

  /**
   * As {@link #page}, for a page built from the whole history, such as a component's with its
   * uptime, written among the first; {@code listing} (from {@link #listing()}) is shared by the
   * pages that share work.
   */
  void summaryPage(int listing, String link, Bytes html) {
    add(SitePaths.file(link), html, listing);
    pages.add(link);
  }

  /** Lists {@code path}, relative to the site's root, with its text. */
  void file(String path, Text text) {
    bytes(path, utf8(text));
  }

  /**
   * Lists each file of {@code files} at its path, in the map's order, rendered on whichever thread
   * writes it: each supplier must be safe to call from any thread.
   */
  void lazyFiles(Map<String, Supplier<String>> files) {
    int listing = listing();
    for (Map.Entry<String, Supplier<String>> file : files.entrySet()) {
      Supplier<String> text = file.getValue();
      add(file.getKey(), utf8(templates -> text.get()), listing);
    }
  }

  /** As {@link #lazyFiles}, for files made as bytes. */
  void lazyBytes(Map<String, Supplier<byte[]>> files) {
    int listing = listing();
    for (Map.Entry<String, Supplier<byte[]>> file : files.entrySet()) {
      Supplier<byte[]> data = file.getValue();
      add(file.getKey(), templates -> data.get(), listing);
    }
  }

  /** Lists {@code path}, relative to the site's root, with its bytes. */
  void bytes(String path, Bytes data) {
    add(path, data, 0);
  }

  private void add(String path, Bytes data, int listing) {
    if (!listed.add(path)) {
      throw new IllegalStateException("two outputs at " + path + ": are two ids the same?");
    }
    files.add(new File(path, data, listing));
  }

  private static Bytes utf8(Text text) {
    return templates -> text.render(templates).getBytes(StandardCharsets.UTF_8);
  }

  /** The pages listed so far, as links in folder form, in the order listed. */
  List<String> pages() {
    return List.copyOf(pages);
  }

  /**
   * Renders and writes every listed file on every core (a parallel stream, each thread with its own
   * templates), creating folders as needed. Each file's bytes depend only on its own content
   * function, so the site is the same however the work is shared. The stream gets the files built
   * from the whole page first, one from each listing in turn, so that every part of its split holds
   * pages of several listings. A failure stops the files not yet started, and is thrown as it is.
   */
  void writeAll() throws IOException {
    ThreadLocal<Templates> templates = ThreadLocal.withInitial(Templates::new);
    AtomicBoolean failed = new AtomicBoolean();
    try {
      queue().parallelStream()
          .forEach(
              file -> {
                if (failed.get()) {
                  return;
                }
                try {
                  write(sink, file, templates.get());
                } catch (RuntimeException | Error e) {
                  failed.set(true);
                  throw e;
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The paths of the files in the order {@link #writeAll} takes them. */
  List<String> order() {
    return queue().stream().map(File::path).toList();
  }

  /** The files in the order they are taken: see {@link #writeAll}. */
  private List<File> queue() {
    List<List<File>> byListing = new ArrayList<>();
    for (int listing = 0; listing <= listings; listing++) {
      byListing.add(new ArrayList<>());
    }
    files.forEach(file -> byListing.get(file.listing()).add(file));
    List<File> rest = byListing.get(0);
    List<File> queue = new ArrayList<>(files.size());
    for (int round = 0; queue.size() < files.size() - rest.size(); round++) {
      for (List<File> listing : byListing.subList(1, byListing.size())) {
        if (round < listing.size()) {
          queue.add(listing.get(round));
        }
      }
    }
    queue.addAll(rest);
    return queue;
  }

  private static void write(SiteRenderer.Sink sink, File file, Templates templates) {
    try {
      sink.write(file.path(), file.content().render(templates));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
