package dev.outpost.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Replaces a site folder with a new one only once the new one is complete.
 *
 * <p>The new site is written into a fresh folder beside the target; only when writing succeeded is
 * it swapped in by renaming. If writing fails, the existing site stays exactly as it was.
 */
public final class AtomicSiteWriter {
  /** Writes a complete site into an empty folder. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Path folder) throws IOException;
  }

  private AtomicSiteWriter() {}

  /**
   * Writes {@code content} into a staging folder beside {@code target}, then swaps it in place of
   * {@code target}.
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    String name = absolute.getFileName().toString();
    Path staging = Files.createTempDirectory(parent, "." + name + ".new-");
    try {
      content.writeTo(staging);
      swap(staging, absolute, parent, name);
    } finally {
      deleteRecursively(staging);
    }
  }

  private static void swap(Path staging, Path target, Path parent, String name) throws IOException {
    if (!Files.exists(target)) {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new IOException(target + " exists and is not a folder");
    }
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

  /** Deletes a folder and everything in it; nothing happens if it does not exist. */
  public static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
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
