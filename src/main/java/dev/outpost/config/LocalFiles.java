package dev.outpost.config;

import dev.outpost.config.yaml.Location;
import dev.outpost.config.yaml.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path in a folder is, without following a symbolic link out of the folder. Incident files
 * and the config arrive through pull requests, which can add a link to any file on the machine: a
 * link is followed only while it stays inside its folder, and what it points to outside is never
 * opened, nor named in a problem. Pipes, devices and sockets are never opened either.
 */
public final class LocalFiles {
  /** What a path turned out to be. */
  public enum Kind {
    /** A regular file, or a link to one inside the folder: read it. */
    FILE,
    /** A folder, or a link to one inside the folder. */
    FOLDER,
    /** Nothing (any more). */
    MISSING,
    /** A link to a file, device or pipe outside the folder. */
    LINK_OUT_TO_FILE,
    /** A link to a folder outside the folder. */
    LINK_OUT_TO_FOLDER,
    /** A link to nothing, or one that cannot be followed. */
    LINK_TO_NOTHING,
    /** A pipe, device or socket, or a link to one inside the folder. */
    OTHER;

    /** Why a file of this kind is not read, naming {@code folder}; {@code null} if it is read. */
    public String problem(String folder) {
      return switch (this) {
        case FILE, FOLDER, MISSING -> null;
        case LINK_OUT_TO_FILE ->
            "is a symbolic link to a file outside " + folder + "; it is not read";
        case LINK_OUT_TO_FOLDER ->
            "is a symbolic link to a folder outside " + folder + "; it is not read";
        case LINK_TO_NOTHING -> "is a symbolic link to a missing file; it is not read";
        case OTHER -> "is not a regular file (a pipe, device or socket); it is not read";
      };
    }
  }

  private LocalFiles() {}

  /**
   * What {@code path} is, following a symbolic link only if it leads to somewhere inside {@code
   * realFolder}, a folder's real path ({@link Path#toRealPath}).
   */
  public static Kind of(Path path, Path realFolder) {
    BasicFileAttributes own;
    try {
      own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return Kind.MISSING;
    }
    if (!own.isSymbolicLink()) {
      return kind(own);
    }
    Path real;
    BasicFileAttributes target;
    try {
      real = path.toRealPath();
      target = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return Kind.LINK_TO_NOTHING;
    }
    if (!real.startsWith(realFolder)) {
      return target.isDirectory() ? Kind.LINK_OUT_TO_FOLDER : Kind.LINK_OUT_TO_FILE;
    }
    return kind(target);
  }

  /**
   * Whether the file at {@code file} may be read: a file or a link that stays in its own folder.
   * Otherwise reports why not at its first line, and the file must not be opened.
   *
   * @param folder how the problem names the file's folder, such as {@code "the config's folder"}
   */
  public static boolean readable(Path file, String folder, Report report) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    Kind kind;
    try {
      kind = of(file, parent.toRealPath());
    } catch (NoSuchFileException e) {
      return true; // the reader reports the missing file
    } catch (IOException e) {
      report.at(Location.FILE, "cannot read its folder: " + e.getMessage());
      return false;
    }
    String problem = kind.problem(folder);
    if (problem != null) {
      report.at(new Location(1, 1), problem);
      return false;
    }
    return true;
  }

  /**
   * Whether the folder {@code folder} may be read, as far as {@code root} goes: when it is named
   * inside {@code root}, it must really be there, not reached through a link out of {@code root}.
   * Otherwise reports why not against {@code folder}.
   *
   * @param rootName how the problem names {@code root}
   */
  public static boolean folderWithin(Path folder, Path root, String rootName, Problems problems) {
    Path named = folder.toAbsolutePath().normalize();
    Path rootNamed = root.toAbsolutePath().normalize();
    if (!named.startsWith(rootNamed) || !Files.exists(named)) {
      return true;
    }
    try {
      if (named.toRealPath().startsWith(rootNamed.toRealPath())) {
        return true;
      }
    } catch (IOException e) {
      problems.add(folder.toString(), 0, 0, "cannot read the folder: " + e.getMessage());
      return false;
    }
    problems.add(
        folder.toString(),
        0,
        0,
        "leads through a symbolic link to a folder outside " + rootName + "; it is not read");
    return false;
  }

  private static Kind kind(BasicFileAttributes attributes) {
    if (attributes.isRegularFile()) {
      return Kind.FILE;
    }
    return attributes.isDirectory() ? Kind.FOLDER : Kind.OTHER;
  }
}
