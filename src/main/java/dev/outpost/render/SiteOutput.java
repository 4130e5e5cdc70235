package dev.outpost.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
   * One file to write; {@code wholePage} when it is built from the whole page (feeds, calendars,
   * the API), which takes far longer than one incident's page.
   */
  private record File(String path, Bytes content, boolean wholePage) {}

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

  /**
   * As {@link #page}, for a page built from the whole history, such as a component's with its
   * uptime: written among the first, with the feeds.
   */
  void summaryPage(String link, Text html) {
    add(SitePaths.file(link), utf8(html), true);
    pages.add(link);
  }

  /** Lists the HTML page whose link is {@code link}, with its bytes. */
  void pageBytes(String link, Bytes html) {
    bytes(SitePaths.file(link), html);
    pages.add(link);
  }

  /** Lists {@code path}, relative to the site's root, with its text. */
  void file(String path, Text text) {
    bytes(path, utf8(text));
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
      add(file.getKey(), utf8(templates -> text.get()), true);
    }
  }

  /** As {@link #lazyFiles}, for files made as bytes. */
  void lazyBytes(Map<String, Supplier<byte[]>> files) {
    for (Map.Entry<String, Supplier<byte[]>> file : files.entrySet()) {
      Supplier<byte[]> data = file.getValue();
      add(file.getKey(), templates -> data.get(), true);
    }
  }

  /** Lists {@code path}, relative to the site's root, with its bytes. */
  void bytes(String path, Bytes data) {
    add(path, data, false);
  }

  private void add(String path, Bytes data, boolean wholePage) {
    if (!listed.add(path)) {
      throw new IllegalStateException("two outputs at " + path + ": are two ids the same?");
    }
    files.add(new File(path, data, wholePage));
  }

  private static Bytes utf8(Text text) {
    return templates -> text.render(templates).getBytes(StandardCharsets.UTF_8);
  }

  /** The pages listed so far, as links in folder form, in the order listed. */
  List<String> pages() {
    return List.copyOf(pages);
  }

  /**
   * Renders and writes every listed file on every core, creating folders as needed. Each file's
   * bytes depend only on its own content function, so the site is the same however the work is
   * shared. The threads take the files one at a time from a shared queue, the files built from the
   * whole page first: a thread that took one of them last would otherwise work alone at the end.
   */
  void writeAll() throws IOException {
    List<File> queue = new ArrayList<>(files.size());
    files.stream().filter(File::wholePage).forEach(queue::add);
    files.stream().filter(file -> !file.wholePage()).forEach(queue::add);
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker =
        () -> {
          Templates templates = new Templates();
          for (int i = next.getAndIncrement(); i < queue.size(); i = next.getAndIncrement()) {
            try {
              write(sink, queue.get(i), templates);
            } catch (IOException | RuntimeException | Error e) {
              failure.compareAndSet(null, e);
              next.set(queue.size()); // the others stop after their current file
            }
          }
        };
    int helpers = Math.min(Runtime.getRuntime().availableProcessors(), queue.size()) - 1;
    List<ForkJoinTask<?>> tasks = new ArrayList<>();
    for (int i = 0; i < helpers; i++) {
      tasks.add(ForkJoinPool.commonPool().submit(worker));
    }
    worker.run();
    tasks.forEach(ForkJoinTask::join);
    Throwable failed = failure.get();
    if (failed instanceof IOException e) {
      throw e;
    }
    if (failed instanceof RuntimeException e) {
      throw e;
    }
    if (failed instanceof Error e) {
      throw e;
    }
  }

  private static void write(SiteRenderer.Sink sink, File file, Templates templates)
      throws IOException {
    sink.write(file.path(), file.content().render(templates));
  }
}
