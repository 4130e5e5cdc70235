package dev.outpost.publish;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a site folder with a new one only once the new one is complete, and only a folder that
 * is Outpost's to replace ({@link SiteFolder}).
 *
 * <p>The new site is written into a fresh folder beside the target, with the marker {@value
 * SiteFolder#MARKER} listing its files; only when writing succeeded is it swapped in by renaming.
 * If writing fails, or the target is not Outpost's, the existing folder stays exactly as it was.
 * The new site gets the old folder's permissions, or those of any new folder (the umask's) when
 * there was none.
 */
public final class AtomicSiteWriter {
  /** Receives the site's files, possibly from several threads at once. */
  @FunctionalInterface
  public interface Sink {
    /**
     * Writes {@code data} to {@code path}, relative to the site's root, such as {@code a/b.html}.
     */
    void write(String path, byte[] data) throws IOException;
  }

  /** Writes a complete site into a sink. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Sink sink) throws IOException;
  }

  private AtomicSiteWriter() {}

  /**
   * Writes {@code content} into a staging folder beside {@code target}, then swaps it in place of
   * {@code target}.
   *
   * @throws RefusedFolderException if {@code target} is not Outpost's to replace, checked right
   *     before the swap; it is left as it was, and the new site deleted
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null) {
      throw new RefusedFolderException("cannot build into /: it is the root of the file system.");
    }
    Files.createDirectories(parent);
    String name = absolute.getFileName().toString();
    Path staging = createFolder(parent, "." + name + ".new-");
    try {
      Set<String> paths = ConcurrentHashMap.newKeySet();
      content.writeTo(
          (path, data) -> {
            if (path.equals(SiteFolder.MARKER)) {
              throw new IllegalArgumentException(path + " is the marker, not a page");
            }
            paths.add(path);
            Path file = staging.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, data);
          });
      Files.write(staging.resolve(SiteFolder.MARKER), SiteFolder.marker(paths));
      swap(staging, absolute, parent, name);
    } finally {
      deleteRecursively(staging);
    }
  }

  /**
   * A new folder in {@code parent} whose name starts with {@code prefix}, made as any new folder is
   * (its permissions from the umask).
   */
  private static Path createFolder(Path parent, String prefix) throws IOException {
    for (int attempt = 0; ; attempt++) {
      String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
      try {
        return Files.createDirectory(parent.resolve(prefix + suffix));
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  private static void swap(Path staging, Path target, Path parent, String name) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    SiteFolder.checkWhole(target);
    SiteFolder.copyMode(target, staging);
    Path old = Files.createTempDirectory(parent, "." + name + ".old-");
    Files.delete(old);
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    deleteRecursively(old);
  }

  /**
   * Deletes a folder and everything in it, following no link (a link is deleted, not what it points
   * to); nothing happens if it does not exist.
   */
  public static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            deleteIfPresent(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            deleteIfPresent(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void deleteIfPresent(Path path) throws IOException {
    try {
      Files.delete(path);
    } catch (NoSuchFileException e) {
      // already gone
    }
  }
}
