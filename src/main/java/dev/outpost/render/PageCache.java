package dev.outpost.render;

import dev.outpost.cache.Canonical;
import dev.outpost.cache.Code;
import dev.outpost.cache.Store;
import dev.outpost.model.StatusPage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The pages of resolved incidents and ended maintenance windows, kept from one build to the next in
 * {@code pages.bin} in the cache folder ({@link Store}): a scheduled build of a long history
 * renders only the pages that changed since the last one. Such a page depends only on its incident
 * or window and on the site's settings, never on the time of the build.
 *
 * <p>A page is found by the canonical text of everything it was rendered from ({@link Canonical}):
 * the whole incident, compared in full. The file belongs to the code that wrote it and to the
 * site's settings; other code or settings render every page.
 *
 * <p>The file holds rendered HTML that is published as it is, so only builds of trusted content may
 * write it: the Action keeps it only from builds that are not pull requests.
 */
public final class PageCache {
  /** The file's name in the cache folder. */
  public static final String FILE = "pages.bin";

  private final Path file;
  private final String code;
  private final Consumer<String> notices;
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();
  private Store store;

  private PageCache(Path file, String code, Consumer<String> notices) {
    this.file = file;
    this.code = code;
    this.notices = notices;
  }

  /**
   * The cache kept in the folder {@code dir} (created when it is saved) for the running Outpost;
   * {@code notices} hears why a file that is there cannot be used.
   */
  public static PageCache in(Path dir, Consumer<String> notices) {
    return new PageCache(dir.resolve(FILE), Code.identity(), notices);
  }

  /** As {@link #in(Path, Consumer)}, for code identified by {@code code}; for tests. */
  static PageCache in(Path dir, String code, Consumer<String> notices) {
    return new PageCache(dir.resolve(FILE), code, notices);
  }

  /** The file the pages are kept in. */
  public Path file() {
    return file;
  }

  /** Opens the pages kept for {@code page}'s settings; called once, before any page is rendered. */
  synchronized void begin(StatusPage page) {
    String settings = Canonical.of(List.of(page.site(), page.groups(), page.components()));
    byte[] fingerprint = Canonical.utf8(code + "\n" + settings);
    store = Store.open(file, fingerprint, "the page cache", notices);
  }

  /**
   * The page {@code render} makes of {@code value}, a {@code kind} of page: the kept one if there
   * is one, else rendered now. Either way it is kept for the next build. Thread-safe.
   */
  byte[] get(String kind, Object value, Supplier<byte[]> render) {
    byte[] key = Canonical.utf8(kind + "\n" + Canonical.of(value));
    byte[] page = store.get(key);
    if (page != null) {
      hits.incrementAndGet();
      return page;
    }
    page = render.get();
    store.put(key, page);
    misses.incrementAndGet();
    return page;
  }

  /** How many pages this build took from the cache. */
  public int hits() {
    return hits.get();
  }

  /** How many pages this build rendered and kept for the next one. */
  public int misses() {
    return misses.get();
  }

  /**
   * Replaces the file with one holding exactly the pages this build used. Call only after the build
   * succeeded.
   */
  public synchronized void save() throws IOException {
    if (store == null) {
      throw new IllegalStateException("nothing was rendered through this cache");
    }
    store.save();
  }
}
