package dev.outpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --out DIR} replaces DIR whole, so it builds only into a new or empty folder or into
 * a site it built itself, and never into the repository or the folders of its sources. Refusals
 * exit with 5 and delete nothing; the site keeps the folder's permissions.
 */
class BuildOutFolderTest {
  private static final Path SCENARIO = Path.of("src/test/scenarios/subpath-site");
  private static final int REFUSED = 5;
  private static final String ADVICE =
      ", and a build replaces the whole folder. Build into a new or empty folder, such as _site";

  @TempDir Path dir;
  private Path repo;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** A checkout: {@code .git}, the config and the incident files, and a Pages folder of its own. */
  @BeforeEach
  void givenARepository() throws IOException {
    repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve(".git/refs"));
    Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    Files.copy(SCENARIO.resolve("outpost.yml"), repo.resolve("outpost.yml"));
    Files.createDirectories(repo.resolve("incidents"));
    try (Stream<Path> files = Files.list(SCENARIO.resolve("incidents"))) {
      for (Path file : files.toList()) {
        Files.copy(file, repo.resolve("incidents").resolve(file.getFileName()));
      }
    }
    Files.createDirectories(repo.resolve("docs/img"));
    Files.writeString(repo.resolve("docs/index.md"), "# Our documentation\n");
    Files.writeString(repo.resolve("docs/_config.yml"), "theme: minima\n");
    Files.writeString(repo.resolve("docs/img/logo.png"), "not really a PNG");
  }

  @Test
  void buildsIntoANewFolderWithTheModeAnyNewFolderGets() throws IOException {
    Path site = repo.resolve("_site");

    assertEquals(0, build(site.toString()), err.toString());

    assertTrue(Files.isRegularFile(site.resolve("index.html")));
    assertTrue(
        Files.isRegularFile(site.resolve(".outpost-site")), "the site is marked as Outpost's");
    Path probe = Files.createDirectory(dir.resolve("probe"));
    assertEquals(mode(probe), mode(site), "as mkdir makes it, honouring the umask");
  }

  @Test
  void rebuildsItsOwnSiteAndKeepsTheFoldersMode() throws IOException {
    Path site = repo.resolve("_site");
    assertEquals(0, build(site.toString()), err.toString());
    Files.setPosixFilePermissions(site, PosixFilePermissions.fromString("rwxr-x---"));
    Files.writeString(site.resolve("index.html"), "an edit the next build replaces");

    assertEquals(0, build(site.toString()), err.toString());

    assertEquals("rwxr-x---", mode(site));
    assertTrue(Files.readString(site.resolve("index.html")).startsWith("<!DOCTYPE html>"));
  }

  @Test
  void buildsIntoAnEmptyFolderAndKeepsItsMode() throws IOException {
    Path site = Files.createDirectories(repo.resolve("public"));
    Files.setPosixFilePermissions(site, PosixFilePermissions.fromString("rwxrwxr-x"));

    assertEquals(0, build(site.toString()), err.toString());

    assertTrue(Files.isRegularFile(site.resolve("index.html")));
    assertEquals("rwxrwxr-x", mode(site));
  }

  @Test
  void refusesAFolderOfOtherFilesAndDeletesNothing() throws IOException {
    Map<String, String> before = tree(dir);

    int code = build(repo.resolve("docs").toString());

    assertEquals(REFUSED, code, err.toString());
    assertEquals(
        "outpost: cannot build into "
            + repo.resolve("docs")
            + ": it holds files that are not part of a site Outpost built (_config.yml, img/,"
            + " index.md)"
            + ADVICE
            + ", or move those files elsewhere.\n",
        err.toString());
    assertEquals(before, tree(dir), "nothing is deleted, and no staging folder is left behind");
  }

  @Test
  void refusesItsOwnSiteOnceItHoldsAFileOfSomeoneElse() throws IOException {
    Path site = repo.resolve("_site");
    assertEquals(0, build(site.toString()), err.toString());
    Files.writeString(site.resolve("google1234.html"), "google-site-verification");
    Map<String, String> before = tree(dir);

    int code = build(site.toString());

    assertEquals(REFUSED, code, err.toString());
    assertTrue(
        err.toString()
            .startsWith(
                "outpost: cannot build into "
                    + site
                    + ": it holds files that are not part of a site Outpost built"
                    + " (google1234.html)"),
        err.toString());
    assertEquals(before, tree(dir));
  }

  @Test
  void refusesItsOwnSiteOnceItHoldsAFileOfSomeoneElseDeepInside() throws IOException {
    Path site = repo.resolve("_site");
    assertEquals(0, build(site.toString()), err.toString());
    Files.writeString(site.resolve("api/v2/notes.txt"), "mine");
    Map<String, String> before = tree(dir);

    int code = build(site.toString());

    assertEquals(REFUSED, code, err.toString());
    assertEquals(
        "outpost: cannot build into "
            + site
            + ": it holds files that are not part of a site Outpost built (api/v2/notes.txt)"
            + ADVICE
            + ", or move those files elsewhere.\n",
        err.toString());
    assertEquals(before, tree(dir), "nothing is deleted, and no staging folder is left behind");
  }

  @Test
  void refusesTheRepositoryRoot() throws IOException {
    Map<String, String> before = tree(dir);

    for (String out : List.of(repo.toString(), repo + "/.", repo.resolve("docs/..").toString())) {
      err.getBuffer().setLength(0);

      assertEquals(REFUSED, build(out), out + ": " + err);

      assertEquals(
          "outpost: cannot build into "
              + repo
              + ": it is the root of a Git repository (it holds .git)"
              + ADVICE
              + ".\n",
          err.toString());
      assertEquals(before, tree(dir), "nothing of the repository is deleted");
    }
  }

  @Test
  void refusesTheFoldersOfItsSourcesAndWhatHoldsThem() throws IOException {
    Path plain = Files.createDirectories(dir.resolve("plain"));
    Files.move(repo.resolve("outpost.yml"), plain.resolve("outpost.yml"));
    Files.move(repo.resolve("incidents"), plain.resolve("incidents"));
    Map<String, String> before = tree(dir);
    Map<Path, String> refusals = new TreeMap<>();
    refusals.put(plain, "it holds the config file " + plain.resolve("outpost.yml"));
    refusals.put(plain.resolve("incidents"), "it is the incident folder");
    refusals.put(dir, "it holds the config file " + plain.resolve("outpost.yml"));

    for (Map.Entry<Path, String> refusal : refusals.entrySet()) {
      err.getBuffer().setLength(0);

      int code =
          run(
              Map.of(),
              "build",
              "--config",
              plain.resolve("outpost.yml").toString(),
              "--incidents",
              plain.resolve("incidents").toString(),
              "--now",
              "2026-11-21T12:00:00Z",
              "--out",
              refusal.getKey().toString());

      assertEquals(REFUSED, code, err.toString());
      assertEquals(
          "outpost: cannot build into "
              + refusal.getKey()
              + ": "
              + refusal.getValue()
              + ", which the build reads"
              + ADVICE
              + ".\n",
          err.toString());
      assertEquals(before, tree(dir));
    }
  }

  @Test
  void refusesAFileInPlaceOfTheFolder() throws IOException {
    Path file = repo.resolve("site.txt");
    Files.writeString(file, "keep me");

    assertEquals(REFUSED, build(file.toString()), err.toString());

    assertEquals(
        "outpost: cannot build into " + file + ": it is a file, not a folder.\n", err.toString());
    assertEquals("keep me", Files.readString(file));
  }

  @Test
  void theActionsOutInputFollowsTheSameRules() throws IOException {
    Map<String, String> before = tree(dir);
    Map<String, String> env = new HashMap<>();
    env.put("GITHUB_ACTIONS", "true");
    env.put("GITHUB_OUTPUT", dir.resolve("output").toString());
    env.put("INPUT_CONFIG", repo.resolve("outpost.yml").toString());
    env.put("INPUT_INCIDENTS", repo.resolve("incidents").toString());
    env.put("INPUT_NOW", "2026-11-21T12:00:00Z");
    env.put("INPUT_OUT", repo.resolve("docs").toString());

    assertEquals(REFUSED, run(env, "build"), err.toString());

    assertTrue(err.toString().startsWith("outpost: cannot build into " + repo.resolve("docs")));
    assertEquals(before, tree(dir), "nothing deleted, and no step outputs written");
  }

  private int build(String out) {
    return run(
        Map.of(),
        "build",
        "--config",
        repo.resolve("outpost.yml").toString(),
        "--incidents",
        repo.resolve("incidents").toString(),
        "--now",
        "2026-11-21T12:00:00Z",
        "--out",
        out);
  }

  private int run(Map<String, String> env, String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
  }

  private static String mode(Path folder) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(folder));
  }

  /** Every entry below {@code root}: a file's text, a folder's mode, a link's target. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.forEach(paths::add);
    }
    for (Path path : paths) {
      String name = root.relativize(path).toString();
      if (Files.isSymbolicLink(path)) {
        entries.put(name, "-> " + Files.readSymbolicLink(path));
      } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        entries.put(name + "/", mode(path));
      } else {
        entries.put(name, Files.readString(path));
      }
    }
    return entries;
  }
}
