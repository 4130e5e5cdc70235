package dev.outpost.render;

import dev.outpost.model.StatusPage;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The pages of settled incidents, kept from one build to the next in one file, {@code pages.bin} in
 * the cache folder: a scheduled build of a long history renders only what changed since the last
 * one.
 *
 * <p>A page is found by the canonical text of everything it was rendered from ({@link Canonical}):
 * the whole incident, compared in full, not only by a hash. The file is mapped into memory, not
 * read: a page is copied out of it only when it is used. The file as a whole belongs to the code
 * that wrote it (the jar's SHA-256) and to the site's settings; any other code or settings ignore
 * it and render every page. So does a damaged file. After a successful build, the file is replaced
 * by one holding exactly the pages that build used, so it never grows beyond one site's worth.
 *
 * <p>The file holds rendered HTML that is published as it is, so only builds of trusted content may
 * write it: the Action keeps it only from builds of the default branch, never from pull requests.
 */
public final class PageCache {
  /** The file's name in the cache folder. */
  public static final String FILE = "pages.bin";

  private static final byte[] MAGIC = "outpost pages 1\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "end\n".getBytes(StandardCharsets.US_ASCII);
  private static final Supplier<String> CODE = Lazy.once(PageCache::codeIdentity);

  /** Where a kept page and the key it was kept under are in the file. */
  private record Kept(int keyAt, int keyLength, int pageAt, int pageLength) {}

  /** A page this build used, for the next one: a kept one, or one rendered now. */
  private record Used(byte[] key, int hash, Kept kept, byte[] page) {}

  private final Path file;
  private final String code;
  private final Consumer<String> notices;
  private final Map<String, Used> used = new ConcurrentHashMap<>();
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();
  private ByteBuffer stored;
  private Map<Integer, List<Kept>> index = Map.of();
  private byte[] fingerprint;

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
    return new PageCache(dir.resolve(FILE), CODE.get(), notices);
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
    fingerprint = (code + "\n" + settings).getBytes(StandardCharsets.UTF_8);
    open();
  }

  /**
   * The page {@code render} makes of {@code value}, a {@code kind} of page: the kept one if there
   * is one, else rendered now. Either way it is kept for the next build. Thread-safe.
   */
  byte[] get(String kind, Object value, Supplier<byte[]> render) {
    String text = kind + "\n" + Canonical.of(value);
    byte[] key = text.getBytes(StandardCharsets.UTF_8);
    int hash = Arrays.hashCode(key);
    Kept kept = find(key, hash);
    byte[] page;
    if (kept == null) {
      page = render.get();
      misses.incrementAndGet();
      used.put(text, new Used(key, hash, null, page));
    } else {
      page = new byte[kept.pageLength()];
      stored.get(kept.pageAt(), page);
      hits.incrementAndGet();
      used.put(text, new Used(key, hash, kept, null));
    }
    return page;
  }

  private Kept find(byte[] key, int hash) {
    for (Kept kept : index.getOrDefault(hash, List.of())) {
      if (kept.keyLength() == key.length
          && stored.slice(kept.keyAt(), kept.keyLength()).equals(ByteBuffer.wrap(key))) {
        return kept;
      }
    }
    return null;
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
   * Replaces the file with one holding exactly the pages this build used; written beside it first,
   * so the file is always whole. Call only after the build succeeded.
   */
  public synchronized void save() throws IOException {
    if (fingerprint == null) {
      throw new IllegalStateException("nothing was rendered through this cache");
    }
    List<String> keys = new ArrayList<>(used.keySet());
    keys.sort(null);
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path partial = Files.createTempFile(dir, FILE, ".partial");
    try {
      try (OutputStream stream = Files.newOutputStream(partial);
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16))) {
        out.write(MAGIC);
        bytes(out, fingerprint);
        out.writeInt(keys.size());
        for (String text : keys) {
          Used page = used.get(text);
          out.writeInt(page.hash());
          bytes(out, page.key());
          if (page.kept() == null) {
            bytes(out, page.page());
          } else {
            byte[] kept = new byte[page.kept().pageLength()];
            stored.get(page.kept().pageAt(), kept);
            bytes(out, kept);
          }
        }
        out.write(END);
      }
      Files.move(
          partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private static void bytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** Maps the file and indexes its pages if it is whole and has this fingerprint; else none. */
  private void open() {
    ByteBuffer in;
    try (FileChannel channel = FileChannel.open(file)) {
      if (channel.size() > Integer.MAX_VALUE) {
        notices.accept(
            "warning: the page cache " + file + " is too big to use; rendering every page");
        return;
      }
      in = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
    } catch (NoSuchFileException e) {
      return;
    } catch (IOException e) {
      notices.accept(
          "warning: cannot read the page cache " + file + " (" + e + "); rendering every page");
      return;
    }
    try {
      expect(in, MAGIC, "not a page cache of this version of Outpost");
      int length = length(in);
      if (!in.slice(in.position(), length).equals(ByteBuffer.wrap(fingerprint))) {
        notices.accept(
            "the page cache "
                + file
                + " was made by another build of Outpost or for other settings; rendering every"
                + " page");
        return;
      }
      in.position(in.position() + length);
      int count = in.getInt();
      Map<Integer, List<Kept>> pages = new HashMap<>();
      for (int i = 0; i < count; i++) {
        int hash = in.getInt();
        int keyLength = length(in);
        int keyAt = in.position();
        in.position(keyAt + keyLength);
        int pageLength = length(in);
        Kept kept = new Kept(keyAt, keyLength, in.position(), pageLength);
        in.position(kept.pageAt() + pageLength);
        pages.computeIfAbsent(hash, h -> new ArrayList<>(1)).add(kept);
      }
      expect(in, END, "cut short");
      if (in.hasRemaining()) {
        throw new IllegalArgumentException("data after its end");
      }
      stored = in;
      index = pages;
    } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
      notices.accept("warning: the page cache " + file + " is cut short; rendering every page");
    } catch (IllegalArgumentException e) {
      notices.accept(
          "warning: the page cache "
              + file
              + " is damaged ("
              + e.getMessage()
              + "); rendering every page");
    }
  }

  private static void expect(ByteBuffer in, byte[] expected, String otherwise) {
    byte[] found = new byte[expected.length];
    in.get(found);
    if (!Arrays.equals(found, expected)) {
      throw new IllegalArgumentException(otherwise);
    }
  }

  private static int length(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IndexOutOfBoundsException(length);
    }
    return length;
  }

  /**
   * The SHA-256 of the jar this class was loaded from, or of every file of its classes folder when
   * run from one: pages rendered by other code are never reused.
   */
  private static String codeIdentity() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      CodeSource source = PageCache.class.getProtectionDomain().getCodeSource();
      Path location = Path.of(source.getLocation().toURI());
      if (Files.isDirectory(location)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(location)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path each : files) {
          sha.update(location.relativize(each).toString().getBytes(StandardCharsets.UTF_8));
          sha.update((byte) 0);
          digest(sha, each);
        }
      } else {
        digest(sha, location);
      }
      return "sha256:" + HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Outpost's own code to identify it", e);
    } catch (NoSuchAlgorithmException | URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("cannot identify Outpost's own code", e);
    }
  }

  private static void digest(MessageDigest sha, Path file) throws IOException {
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
      }
    }
  }
}
