package dev.outpost.source.files;

import dev.outpost.config.LocalFiles;
import dev.outpost.config.Problems;
import dev.outpost.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The folder {@value #NAME} beside {@code outpost.yml}: files kept in the repository that the build
 * publishes as they are, at the same paths under the site (such as the redirect pages {@code
 * outpost import cstate --redirects} writes). A file never replaces a page Outpost writes: that
 * clash is a problem naming both. Names starting with a dot are left out; a symbolic link is
 * followed only while it stays in the folder, as for incident files.
 */
public final class StaticFolder {
  /** The folder's name, beside {@code outpost.yml}. */
  public static final String NAME = "static";

  private StaticFolder() {}

  /**
   * Every file to publish from {@code folder} (which need not exist), by its path under the site
   * ({@code issues/x/index.html}); what cannot be read goes to {@code problems}.
   */
  public static Map<String, Path> read(Path folder, Problems problems) {
    Map<String, Path> files = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return files;
    }
    Path real;
    try {
      real = folder.toRealPath();
    } catch (IOException e) {
      problems.add(folder.toString(), 0, 0, "cannot read the folder: " + e.getMessage());
      return files;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path path : all.sorted().toList()) {
        Path relative = folder.relativize(path);
        if (path.equals(folder) || hidden(relative)) {
          continue;
        }
        LocalFiles.Kind kind = LocalFiles.of(path, real);
        if (kind == LocalFiles.Kind.FILE) {
          files.put(relative.toString().replace('\\', '/'), path);
        } else if (kind == LocalFiles.Kind.FOLDER && Files.isSymbolicLink(path)) {
          problems.add(
              path.toString(), 0, 0, "is a symbolic link to a folder; it is not published");
        } else if (kind.problem(NAME + "/") != null) {
          problems.add(path.toString(), 0, 0, kind.problem(NAME + "/"));
        }
      }
    } catch (IOException e) {
      problems.add(folder.toString(), 0, 0, "cannot read the folder: " + e.getMessage());
    }
    return files;
  }

  /** A problem for each of {@code files} at a path among {@code written}, Outpost's own pages. */
  public static List<Problem> clashes(Map<String, Path> files, Collection<String> written) {
    List<Problem> problems = new ArrayList<>();
    files.forEach(
        (path, file) -> {
          if (written.contains(path)) {
            problems.add(
                new Problem(
                    file.toString(),
                    0,
                    0,
                    "would replace "
                        + path
                        + ", which Outpost writes itself; rename or remove the file"));
          }
        });
    return problems;
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
