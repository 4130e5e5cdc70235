package dev.outpost.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rules for the folder a site goes into. A build replaces that folder whole, so it replaces
 * only a folder that is missing, empty, or a site Outpost wrote: one holding the marker file
 * {@value #MARKER}, which lists the site's files, and no file it does not list. It never replaces a
 * file, a symbolic link, the root of a Git repository (a folder holding {@code .git}), or a folder
 * that is or holds one of the build's sources.
 */
public final class SiteFolder {
  /** The file Outpost writes into every site it builds, listing the site's files. */
  public static final String MARKER = ".outpost-site";

  private static final String HEADER =
      "# Outpost site: outpost build wrote this folder and replaces it whole on every build.\n"
          + "# It refuses to while the folder holds a file not listed here: keep yours elsewhere.\n";

  /** A marker larger than this is not one Outpost wrote: it is not read. */
  private static final long MAX_MARKER = 256L << 20;

  private static final int NAMED = 3;

  private static final String REPLACES =
      ", and a build replaces the whole folder. Build into a new or empty folder, such as _site";

  private SiteFolder() {}

  /**
   * Fails with a {@link RefusedFolderException} unless a new site may replace {@code folder}; see
   * the class comment. Of a site Outpost wrote it looks only at the top: cheap enough to ask before
   * a build, which then asks {@link #checkWhole} right before it replaces the folder.
   *
   * @param sources what the build reads, such as {@code "the config file"} → its path
   */
  public static void check(Path folder, Map<String, Path> sources) throws IOException {
    check(folder, sources, false);
  }

  /** As {@link #check}, looking at every file below a site Outpost wrote. */
  static void checkWhole(Path folder) throws IOException {
    check(folder, Map.of(), true);
  }

  private static void check(Path folder, Map<String, Path> sources, boolean whole)
      throws IOException {
    Path named = folder.toAbsolutePath().normalize();
    if (!Files.exists(named, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isSymbolicLink(named)) {
      throw refused(
          named,
          "it is a symbolic link. Name the folder it points to instead, or build into a new or"
              + " empty folder, such as _site.");
    }
    if (!Files.isDirectory(named, LinkOption.NOFOLLOW_LINKS)) {
      throw refused(named, "it is a file, not a folder.");
    }
    if (Files.exists(named.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
      throw refused(named, "it is the root of a Git repository (it holds .git)" + REPLACES + ".");
    }
    Path real = named.toRealPath();
    for (Map.Entry<String, Path> source : sources.entrySet()) {
      Path path = source.getValue().toAbsolutePath().normalize();
      Path location = location(path);
      if (location.startsWith(real)) {
        String what =
            location.equals(real)
                ? "it is " + source.getKey()
                : "it holds " + source.getKey() + " " + escape(path.toString());
        throw refused(named, what + ", which the build reads" + REPLACES + ".");
      }
    }
    List<String> foreign = foreign(named, whole);
    if (!foreign.isEmpty()) {
      throw refused(
          named,
          "it holds files that are not part of a site Outpost built ("
              + names(foreign)
              + ")"
              + REPLACES
              + ", or move those files elsewhere.");
    }
  }

  /** The marker of a site of {@code paths}, relative paths with {@code /}. */
  static byte[] marker(Collection<String> paths) {
    List<String> sorted = new ArrayList<>(paths);
    sorted.sort(null);
    StringBuilder text = new StringBuilder(HEADER);
    for (String path : sorted) {
      text.append(path).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Gives {@code to} the permissions of {@code from}, where the file system has them. */
  static void copyMode(Path from, Path to) throws IOException {
    if (Files.getFileAttributeView(from, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
        != null) {
      Files.setPosixFilePermissions(
          to, Files.getPosixFilePermissions(from, LinkOption.NOFOLLOW_LINKS));
    }
  }

  /** Where {@code path} is, its folder's links resolved but not its own. */
  private static Path location(Path path) throws IOException {
    Path parent = path.getParent();
    if (parent == null || !Files.exists(parent)) {
      return path;
    }
    return parent.toRealPath().resolve(path.getFileName());
  }

  /**
   * What in {@code folder} is not part of the site its marker lists, sorted: with no marker, every
   * entry at its top; with one, every entry at its top that the marker has no path in and, if
   * {@code whole}, every file below that it does not list.
   */
  private static List<String> foreign(Path folder, boolean whole) throws IOException {
    Set<String> listed = listed(folder.resolve(MARKER));
    List<String> foreign = new ArrayList<>();
    Set<String> tops = new HashSet<>();
    if (listed != null) {
      for (String path : listed) {
        int slash = path.indexOf('/');
        tops.add(slash < 0 ? path : path.substring(0, slash + 1));
      }
    }
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        boolean isFolder = Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
        String name = entry.getFileName() + (isFolder ? "/" : "");
        if (listed == null || !(name.equals(MARKER) || tops.contains(name))) {
          foreign.add(name);
        }
      }
    }
    if (listed != null && whole && foreign.isEmpty()) {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              String path = folder.relativize(file).toString().replace('\\', '/');
              if (!path.equals(MARKER) && !listed.contains(path)) {
                foreign.add(path);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    }
    foreign.sort(null);
    return foreign;
  }

  /** The paths a marker lists; {@code null} when there is no marker Outpost wrote. */
  private static Set<String> listed(Path marker) throws IOException {
    if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)
        || Files.size(marker) > MAX_MARKER) {
      return null;
    }
    String text;
    try (InputStream in = Files.newInputStream(marker, LinkOption.NOFOLLOW_LINKS)) {
      text = new String(in.readNBytes((int) MAX_MARKER), StandardCharsets.UTF_8);
    }
    if (!text.startsWith(HEADER)) {
      return null;
    }
    Set<String> paths = new HashSet<>();
    for (String line : text.substring(HEADER.length()).split("\n")) {
      if (!line.isEmpty() && !line.startsWith("#")) {
        paths.add(line);
      }
    }
    return paths;
  }

  /** The first few names, escaped to one line, and how many more there are. */
  private static String names(List<String> names) {
    StringBuilder text = new StringBuilder();
    int shown = Math.min(NAMED, names.size());
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(escape(names.get(i)));
    }
    if (names.size() > shown) {
      text.append(" and ").append(names.size() - shown).append(" more");
    }
    return text.toString();
  }

  /** A file name on one line: control characters and backslashes written as escapes. */
  private static String escape(String name) {
    StringBuilder text = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        case '\t' -> text.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            text.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            text.append(c);
          }
        }
      }
    }
    return text.toString();
  }

  private static RefusedFolderException refused(Path folder, String why) {
    return new RefusedFolderException(
        "cannot build into " + escape(folder.toString()) + ": " + why);
  }
}
