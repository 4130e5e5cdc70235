package dev.outpost.cache;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * Values kept from one build to the next in one file, each under a key of bytes compared in full.
 * The file belongs to a fingerprint (the code that wrote it and whatever else all its values depend
 * on): under another fingerprint it is ignored, and so is a damaged file, which its checksum gives
 * away. It is mapped into memory, not read; a value is copied out only when asked for.
 *
 * <p>{@link #save()} replaces the file with one holding exactly the values this build asked for or
 * put, so it never grows beyond one site's worth; it is written beside the old one and renamed into
 * place, so it is always whole. Thread-safe.
 *
 * <p>Layout: the magic line, the fingerprint, the number of entries, each entry as the key's hash
 * (its CRC-32), the key and the value (lengths before bytes, big-endian ints), then the CRC-32 of
 * everything before it.
 */
public final class Store {
  private static final byte[] MAGIC = "outpost kept 2\n".getBytes(StandardCharsets.US_ASCII);

  /** Where a kept value and its key are in the file. */
  private record Kept(int keyAt, int keyLength, int valueAt, int valueLength) {}

  /** A value this build used: kept in the old file, or put now. */
  private record Used(byte[] key, int hash, Kept kept, byte[] value) {}

  private final Path file;
  private final byte[] fingerprint;
  private final Map<Key, Used> used = new ConcurrentHashMap<>();
  private ByteBuffer stored;
  private Map<Integer, List<Kept>> index = Map.of();
  private int storedCount;
  private final AtomicInteger puts = new AtomicInteger();

  /** A key's bytes, compared by content. */
  private record Key(byte[] bytes, int hash) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && hash == key.hash && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private Store(Path file, byte[] fingerprint) {
    this.file = file;
    this.fingerprint = fingerprint.clone();
  }

  /**
   * The values kept in {@code file} for {@code fingerprint}; none if there is no such file. Says on
   * {@code notices} why a file that is there cannot be used, naming it as {@code what}.
   */
  public static Store open(Path file, byte[] fingerprint, String what, Consumer<String> notices) {
    Store store = new Store(file, fingerprint);
    store.map(what, notices);
    return store;
  }

  /** The file the values are kept in. */
  public Path file() {
    return file;
  }

  /** The value kept under exactly {@code key}, or {@code null}; either way kept for next time. */
  public byte[] get(byte[] key) {
    int hash = hash(key);
    for (Kept kept : index.getOrDefault(hash, List.of())) {
      if (kept.keyLength() == key.length
          && stored.slice(kept.keyAt(), kept.keyLength()).equals(ByteBuffer.wrap(key))) {
        byte[] value = new byte[kept.valueLength()];
        stored.get(kept.valueAt(), value);
        used.put(new Key(key, hash), new Used(key, hash, kept, null));
        return value;
      }
    }
    return null;
  }

  /** A key's hash: its CRC-32, which the JIT's first tier computes with the CPU's instructions. */
  private static int hash(byte[] key) {
    CRC32 crc = new CRC32();
    crc.update(key);
    return (int) crc.getValue();
  }

  /** Keeps {@code value} under {@code key} for the next build. */
  public void put(byte[] key, byte[] value) {
    int hash = hash(key);
    used.put(new Key(key, hash), new Used(key, hash, null, value));
    puts.incrementAndGet();
  }

  /**
   * Replaces the file with one holding exactly the values asked for or put since it was opened, in
   * the order of their keys. When that is every value it holds and nothing new, the file would be
   * the same bytes, and is left as it is.
   */
  public synchronized void save() throws IOException {
    if (stored != null && puts.get() == 0 && used.size() == storedCount) {
      return;
    }
    List<Used> entries = new ArrayList<>(used.values());
    entries.sort((a, b) -> Arrays.compare(a.key(), b.key()));
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path partial = Files.createTempFile(dir, file.getFileName().toString(), ".partial");
    try {
      CRC32 crc = new CRC32();
      try (OutputStream stream = Files.newOutputStream(partial);
          DataOutputStream out =
              new DataOutputStream(new BufferedOutputStream(new Checked(stream, crc), 1 << 16))) {
        out.write(MAGIC);
        bytes(out, fingerprint);
        out.writeInt(entries.size());
        for (Used entry : entries) {
          out.writeInt(entry.hash());
          bytes(out, entry.key());
          if (entry.kept() == null) {
            bytes(out, entry.value());
          } else {
            byte[] value = new byte[entry.kept().valueLength()];
            stored.get(entry.kept().valueAt(), value);
            bytes(out, value);
          }
        }
        out.flush();
        stream.write(ByteBuffer.allocate(Long.BYTES).putLong(crc.getValue()).array());
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

  /** Maps the file and indexes it if it is whole and has this fingerprint. */
  private void map(String what, Consumer<String> notices) {
    ByteBuffer in;
    try (FileChannel channel = FileChannel.open(file)) {
      if (channel.size() > Integer.MAX_VALUE) {
        notices.accept("warning: " + what + " " + file + " is too big to use; ignoring it");
        return;
      }
      in = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
    } catch (NoSuchFileException e) {
      return;
    } catch (IOException e) {
      notices.accept("warning: cannot read " + what + " " + file + " (" + e + "); ignoring it");
      return;
    }
    try {
      int end = in.limit() - Long.BYTES;
      if (end < MAGIC.length) {
        throw new IndexOutOfBoundsException(end);
      }
      CRC32 crc = new CRC32();
      crc.update(in.slice(0, end));
      if (crc.getValue() != in.getLong(end)) {
        throw new IllegalArgumentException("its checksum does not match");
      }
      in.limit(end);
      byte[] magic = new byte[MAGIC.length];
      in.get(magic);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new IllegalArgumentException("not written by this version of Outpost");
      }
      int length = length(in);
      if (!in.slice(in.position(), length).equals(ByteBuffer.wrap(fingerprint))) {
        notices.accept(
            what
                + " "
                + file
                + " was made by another build of Outpost or for other settings; not using it");
        return;
      }
      in.position(in.position() + length);
      int count = in.getInt();
      Map<Integer, List<Kept>> entries = new HashMap<>();
      for (int i = 0; i < count; i++) {
        int hash = in.getInt();
        int keyLength = length(in);
        int keyAt = in.position();
        in.position(keyAt + keyLength);
        int valueLength = length(in);
        Kept kept = new Kept(keyAt, keyLength, in.position(), valueLength);
        in.position(kept.valueAt() + valueLength);
        entries.computeIfAbsent(hash, h -> new ArrayList<>(1)).add(kept);
      }
      if (in.hasRemaining()) {
        throw new IllegalArgumentException("data after its end");
      }
      stored = in;
      index = entries;
      storedCount = count;
    } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
      notices.accept("warning: " + what + " " + file + " is cut short; not using it");
    } catch (IllegalArgumentException e) {
      notices.accept(
          "warning: " + what + " " + file + " is damaged (" + e.getMessage() + "); not using it");
    }
  }

  private static int length(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IndexOutOfBoundsException(length);
    }
    return length;
  }

  /** Passes bytes on, adding them to a checksum. */
  private static final class Checked extends OutputStream {
    private final OutputStream out;
    private final CRC32 crc;

    Checked(OutputStream out, CRC32 crc) {
      this.out = out;
      this.crc = crc;
    }

    @Override
    public void write(int b) throws IOException {
      crc.update(b);
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      crc.update(b, off, len);
      out.write(b, off, len);
    }
  }
}
