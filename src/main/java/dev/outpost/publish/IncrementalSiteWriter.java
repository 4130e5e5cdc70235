package dev.outpost.publish;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Keeps a preview's site folder up to date: of a new site it writes only the files whose bytes
 * changed since the last one, and deletes those it no longer has, so a rebuild after one edited
 * incident writes a handful of files instead of all of them. The folder then holds exactly the new
 * site, as a full write would.
 *
 * <p>Not atomic: while it writes, a reader may see some files old and some new. That suits a
 * preview; {@code outpost build} uses {@link AtomicSiteWriter}. The folder must be Outpost's to
 * replace at the first write ({@link SiteFolder}): whatever is in it then, or after a write that
 * failed, is deleted and the whole site written. Each write leaves the marker {@value
 * SiteFolder#MARKER} listing the site's files.
 */
public final class IncrementalSiteWriter {
  /** Receives the site's files, possibly from several threads at once. */
  @FunctionalInterface
  public interface Sink {
    void write(String path, byte[] data) throws IOException;
  }

  /** Writes a complete site into a sink. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Sink sink) throws IOException;
  }

  /** What one write did: files in the site, files written, files deleted. */
  public record Written(long files, long changed, long deleted) {}

  private final Path target;

  /** The files of the last site written completely; empty when the folder is not known. */
  private Map<String, byte[]> site = Map.of();

  private boolean known;

  /** Whether the folder was found to be Outpost's to replace. */
  private boolean checked;

  public IncrementalSiteWriter(Path target) {
    this.target = target.toAbsolutePath().normalize();
  }

  /**
   * Writes the site {@code content} produces into the folder; see the class comment.
   *
   * @throws RefusedFolderException at the first write, if the folder is not Outpost's to replace
   */
  public synchronized Written write(Content content) throws IOException {
    if (!checked) {
      SiteFolder.checkWhole(target);
      checked = true;
    }
    boolean wasKnown = known;
    if (!wasKnown) {
      deleteContents();
      site = Map.of();
    }
    known = false;
    Files.createDirectories(target);
    Map<String, byte[]> before = site;
    Map<String, byte[]> after = new ConcurrentHashMap<>();
    AtomicLong changed = new AtomicLong();
    content.writeTo(
        (path, data) -> {
          if (path.equals(SiteFolder.MARKER)) {
            throw new IllegalArgumentException(path + " is the marker, not a page");
          }
          after.put(path, data);
          if (!Arrays.equals(before.get(path), data)) {
            Path file = target.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, data);
            changed.incrementAndGet();
          }
        });
    long deleted = 0;
    for (String path : before.keySet()) {
      if (!after.containsKey(path)) {
        delete(target.resolve(path));
        deleted++;
      }
    }
    if (!wasKnown || !before.keySet().equals(after.keySet())) {
      Files.write(target.resolve(SiteFolder.MARKER), SiteFolder.marker(after.keySet()));
    }
    site = after;
    known = true;
    return new Written(after.size(), changed.get(), deleted);
  }

  /** Deletes everything in the folder, keeping the folder itself and its permissions. */
  private void deleteContents() throws IOException {
    if (!Files.isDirectory(target)) {
      return;
    }
    try (Stream<Path> entries = Files.list(target)) {
      for (Path entry : entries.toList()) {
        AtomicSiteWriter.deleteRecursively(entry);
      }
    }
  }

  /** Deletes a file and then each folder above it that it left empty, up to the target. */
  private void delete(Path file) throws IOException {
    Files.deleteIfExists(file);
    for (Path folder = file.getParent();
        folder != null && !folder.equals(target);
        folder = folder.getParent()) {
      try {
        Files.delete(folder);
      } catch (DirectoryNotEmptyException | NoSuchFileException e) {
        return;
      }
    }
  }
}
