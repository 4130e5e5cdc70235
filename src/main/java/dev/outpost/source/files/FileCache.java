package dev.outpost.source.files;

import dev.outpost.cache.Canonical;
import dev.outpost.cache.Code;
import dev.outpost.cache.Records;
import dev.outpost.cache.Store;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Incident;
import dev.outpost.model.Maintenance;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * What incident and maintenance files were read into, kept from one build to the next in {@code
 * files.bin} in the cache folder ({@link Store}): a build of a long history parses only the files
 * that changed.
 *
 * <p>A file is found by its path (as the build names it, which its record holds as its origin) and
 * its exact bytes; the whole file belongs to the code that wrote it and to the config. Only files
 * read without any problem are kept, with the build time they were checked at: a file with no
 * problem at one build time has none at a later one (only times after the build time depend on it),
 * so a kept file serves any later build time and is read again for an earlier one.
 */
public final class FileCache {
  /** The file's name in the cache folder. */
  public static final String FILE = "files.bin";

  private static final String MODEL = "dev.outpost.model";

  private final Path file;
  private final String code;
  private final Consumer<String> notices;
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();
  private Store store;

  private FileCache(Path file, String code, Consumer<String> notices) {
    this.file = file;
    this.code = code;
    this.notices = notices;
  }

  /**
   * The files kept in the folder {@code dir} (created when they are saved) for the running Outpost;
   * {@code notices} hears why a file that is there cannot be used.
   */
  public static FileCache in(Path dir, Consumer<String> notices) {
    return in(dir, Code.identity(), notices);
  }

  /** As {@link #in(Path, Consumer)}, for code identified by {@code code}. */
  static FileCache in(Path dir, String code, Consumer<String> notices) {
    return new FileCache(dir.resolve(FILE), code, notices);
  }

  /** Opens the files kept for {@code config}; called once, before any file is read. */
  synchronized void begin(SiteConfig config) {
    byte[] fingerprint = Canonical.utf8(code + "\n" + Canonical.of(config));
    store = Store.open(file, fingerprint, "the file cache", notices);
  }

  /** The file the read files are kept in. */
  public Path file() {
    return file;
  }

  /** What the file at {@code path} holding {@code bytes} was read into, if kept for {@code now}. */
  Optional<Record> find(String path, byte[] bytes, Instant now) {
    byte[] kept = store.get(key(path, bytes));
    if (kept != null) {
      try {
        ByteBuffer value = ByteBuffer.wrap(kept);
        Instant checked = Instant.ofEpochSecond(value.getLong(), value.getInt());
        if (!now.isBefore(checked)) {
          Record record =
              Records.read(Arrays.copyOfRange(kept, value.position(), kept.length), MODEL);
          hits.incrementAndGet();
          return Optional.of(record);
        }
      } catch (IllegalArgumentException | BufferUnderflowException e) {
        // Not a record after all: read the file again, and keep that.
      }
    }
    misses.incrementAndGet();
    return Optional.empty();
  }

  /** Keeps what the file at {@code path} holding {@code bytes} was read into, without a problem. */
  void keep(String path, byte[] bytes, Instant now, Record record) {
    if (!(record instanceof Incident || record instanceof Maintenance)) {
      return;
    }
    byte[] written = Records.write(record);
    ByteBuffer value = ByteBuffer.allocate(Long.BYTES + Integer.BYTES + written.length);
    value.putLong(now.getEpochSecond()).putInt(now.getNano()).put(written);
    store.put(key(path, bytes), value.array());
  }

  private static byte[] key(String path, byte[] bytes) {
    byte[] prefix = Canonical.utf8(path + "\n");
    byte[] key = Arrays.copyOf(prefix, prefix.length + bytes.length);
    System.arraycopy(bytes, 0, key, prefix.length, bytes.length);
    return key;
  }

  /** How many files this build took from the cache. */
  public int hits() {
    return hits.get();
  }

  /** How many files this build read anew. */
  public int misses() {
    return misses.get();
  }

  /**
   * Replaces the file with one holding exactly the files this build read or found. Call only after
   * the build succeeded.
   */
  public synchronized void save() throws IOException {
    if (store == null) {
      throw new IllegalStateException("no file was read through this cache");
    }
    store.save();
  }
}
