package dev.outpost.config;

import dev.outpost.config.yaml.Report;
import dev.outpost.config.yaml.YamlNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the files {@code outpost.yml} names, such as {@code site.logo}, from the config's folder
 * (the repository). A path is relative to that folder and stays inside it: no absolute path, no
 * {@code ..}, and no symbolic link that leads out of it, at any step. Every refusal is a problem at
 * the path's line and column, and nothing outside the folder is opened or named.
 */
final class RepositoryFiles {
  /** The largest file read: a logo or a style sheet is far smaller. */
  static final int MAX_BYTES = 1 << 20;

  private final Path folder;
  private final Report report;

  /** Files of {@code folder}, the config's folder, with problems going to {@code report}. */
  RepositoryFiles(Path folder, Report report) {
    this.folder = folder.toAbsolutePath().normalize();
    this.report = report;
  }

  /**
   * The content of the file {@code text} names, whose extension must be one of {@code extensions}
   * (lower case, such as {@code svg}); empty after reporting a problem at {@code node}.
   *
   * @param what how messages name the file, such as {@code the logo}
   */
  Optional<Read> read(String text, YamlNode node, String what, Set<String> extensions) {
    String path = text.strip();
    Optional<String> refusal = refusal(path);
    if (refusal.isPresent()) {
      report.at(node.location(), what + " `" + path + "` " + refusal.get());
      return Optional.empty();
    }
    String extension = extension(path);
    if (!extensions.contains(extension)) {
      report.at(
          node.location(),
          what
              + " `"
              + path
              + "` must be a file ending in "
              + String.join(", ", extensions.stream().sorted().map(e -> "." + e).toList()));
      return Optional.empty();
    }
    Path file = folder.resolve(path);
    Path real;
    try {
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(file)) {
        report.at(
            node.location(), what + " `" + path + "`: no such file in " + ConfigReader.FOLDER);
        return Optional.empty();
      }
      real = file.toRealPath();
    } catch (IOException e) {
      report.at(
          node.location(), what + " `" + path + "` is a symbolic link to a missing file; not read");
      return Optional.empty();
    }
    Path realFolder;
    try {
      realFolder = folder.toRealPath();
    } catch (IOException e) {
      report.at(node.location(), "cannot read " + ConfigReader.FOLDER + ": " + e.getMessage());
      return Optional.empty();
    }
    if (!real.startsWith(realFolder)) {
      report.at(
          node.location(),
          what
              + " `"
              + path
              + "` leads through a symbolic link outside "
              + ConfigReader.FOLDER
              + "; it is not read");
      return Optional.empty();
    }
    if (!Files.isRegularFile(real)) {
      report.at(node.location(), what + " `" + path + "` is not a file");
      return Optional.empty();
    }
    try {
      long size = Files.size(real);
      if (size > MAX_BYTES) {
        report.at(
            node.location(),
            what + " `" + path + "` is " + (size >> 10) + " KB; at most 1024 KB is read");
        return Optional.empty();
      }
      return Optional.of(new Read(path, extension, Files.readAllBytes(real)));
    } catch (IOException e) {
      report.at(node.location(), what + " `" + path + "` cannot be read: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * A file read.
   *
   * @param path as the config names it
   * @param extension its extension, in lower case
   */
  record Read(String path, String extension, byte[] bytes) {}

  /** Why {@code path} is refused before it is looked at, if it is. */
  static Optional<String> refusal(String path) {
    if (path.indexOf('\\') >= 0) {
      return Optional.of("holds `\\`; separate folders with `/`, such as assets/logo.svg");
    }
    if (path.startsWith("/") || path.matches("[A-Za-z]:.*") || path.startsWith("~")) {
      return Optional.of(
          "is not relative; name a file of the repository from the config's folder, such as"
              + " assets/logo.svg");
    }
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..")) {
        return Optional.of("leads out of " + ConfigReader.FOLDER + " through `..`; not read");
      }
      if (segment.isEmpty() || segment.equals(".")) {
        return Optional.of("is not a plain path; write it as folder/file, such as assets/logo.svg");
      }
    }
    return Optional.empty();
  }

  private static String extension(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
