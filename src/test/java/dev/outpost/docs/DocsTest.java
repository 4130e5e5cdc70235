package dev.outpost.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.outpost.docs.DocPages.Block;
import dev.outpost.docs.DocPages.Page;
import dev.outpost.docs.DocPages.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The README and the pages under {@code docs/} say what the code does: every command shown parses,
 * and runs when it can; every example is read by Outpost's own readers; every table of keys and
 * options lists exactly what the code has; every link leads somewhere. Each check also counts what
 * it found, so that a page whose blocks stop being recognised fails rather than passes empty.
 */
class DocsTest {
  static final Path ROOT = Path.of("").toAbsolutePath();
  static final List<Page> PAGES = DocPages.all(ROOT);

  @TempDir Path tmp;

  @Test
  void theReadmeIsShortAndShowsTheDemo() throws IOException {
    long size = Files.size(ROOT.resolve("README.md"));
    assertTrue(size < 25_600, "README.md is " + size + " bytes; move reference into docs/");
    Path screenshot = ROOT.resolve("docs/images/demo.png");
    assertTrue(PAGES.get(0).links().contains("docs/images/demo.png"), "the README shows the demo");
    byte[] png = Files.readAllBytes(screenshot);
    assertEquals("\u0089PNG", new String(png, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
    assertTrue(png.length < 150_000, "docs/images/demo.png is " + png.length + " bytes");
  }

  @Test
  void everyShellCommandRunsOrNamesOnlyWhatExists() {
    OtherCommands others = new OtherCommands(ROOT);
    List<String> problems = new ArrayList<>();
    int parsed = 0;
    int ran = 0;
    int checked = 0;
    int block = 0;
    for (Page page : PAGES) {
      Path last = null;
      for (Block code : page.blocks()) {
        if (code.info().equals("sh")) {
          for (ShellWords.Command command : ShellWords.commands(code.text())) {
            String where = page.name() + ": `" + command.text() + "`: ";
            List<String> args = DocCommands.outpostArguments(command.words());
            if (args == null) {
              String problem = others.runByCi(command.line()) ? null : others.problem(command);
              if (problem != null) {
                problems.add(where + problem);
              }
              checked++;
              continue;
            }
            ParseResult result;
            try {
              result = DocCommands.parse(args);
            } catch (CommandLine.ParameterException e) {
              problems.add(where + "does not parse: " + e.getMessage());
              continue;
            }
            parsed++;
            if (DocCommands.runnable(result)) {
              last = run(command, args, result, tmp.resolve("run-" + ++block), problems);
              ran++;
            }
          }
        } else if (code.marker() != null && code.marker().startsWith("file: ")) {
          String path = code.marker().substring("file: ".length());
          try {
            if (last == null || !Files.exists(last.resolve(path))) {
              problems.add(code.where() + ": the command above wrote no " + path);
            } else if (!Files.readString(last.resolve(path)).equals(code.text())) {
              problems.add(
                  code.where()
                      + ": the command above wrote another "
                      + path
                      + ":\n"
                      + Files.readString(last.resolve(path)));
            }
          } catch (IOException e) {
            problems.add(code.where() + ": " + e);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(parsed >= 15, "parsed " + parsed + " outpost commands");
    assertTrue(ran >= 10, "ran " + ran + " outpost commands");
    assertTrue(checked >= 8, "checked " + checked + " other commands");
  }

  private Path run(
      ShellWords.Command command,
      List<String> args,
      ParseResult result,
      Path dir,
      List<String> problems) {
    String where = "`" + command.text() + "`: ";
    if (args.stream().anyMatch(a -> a.startsWith("/") || a.startsWith("~"))) {
      problems.add(where + "writes outside its folder");
      return null;
    }
    try {
      Path home = Files.createDirectories(dir.resolve("home"));
      Path work = Files.createDirectories(dir.resolve("work"));
      if (!DocCommands.startsEmpty(result)) {
        DocCommands.demoCopy(ROOT, work);
      }
      DocCommands.Result done = DocCommands.run(work, args, home);
      if (done.code() != 0) {
        problems.add(where + "exits " + done.code() + ":\n" + done.out() + done.err());
      } else if (DocCommands.verbs(result).contains("new")) {
        DocCommands.Result check = DocCommands.run(work, List.of("validate"), home);
        if (check.code() != 0) {
          problems.add(where + "wrote a file that does not validate:\n" + check.err());
        }
      }
      return work;
    } catch (IOException e) {
      problems.add(where + e);
      return null;
    }
  }

  @Test
  void everyCommandShownInProseParses() {
    List<String> problems = new ArrayList<>();
    int parsed = 0;
    for (Page page : PAGES) {
      for (String span : page.code()) {
        List<String> words;
        try {
          words = ShellWords.commands(span).stream().findFirst().map(c -> c.words()).orElse(null);
        } catch (IllegalArgumentException e) {
          continue;
        }
        if (words == null || placeholder(span)) {
          continue;
        }
        List<String> args = DocCommands.outpostArguments(words);
        if (args == null && VERBS.contains(words.get(0)) && words.size() > 1) {
          args = words;
        }
        if (args == null || args.isEmpty()) {
          continue;
        }
        try {
          DocCommands.parse(args);
        } catch (CommandLine.MissingParameterException e) {
          // a command named without its required arguments, such as `outpost new incident`
        } catch (CommandLine.ParameterException e) {
          problems.add(page.name() + ": `" + span + "` does not parse: " + e.getMessage());
          continue;
        }
        parsed++;
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(parsed >= 30, "parsed " + parsed + " commands in prose");
  }

  private static final Set<String> VERBS =
      Set.of("build", "validate", "serve", "new", "init", "pin", "install-launcher");

  /** Whether {@code span} holds a placeholder (`DIR`, `TITLE`, `…`) rather than a real value. */
  private static boolean placeholder(String span) {
    return span.contains("…")
        || span.contains("[")
        || span.contains("<")
        || span.matches(".*(^|[\\s=])[A-Z][A-Z0-9_/-]{2,}.*");
  }

  @Test
  void everyRelativeLinkLeadsToAFileAndHeadingThatExist() {
    List<String> problems = new ArrayList<>();
    int links = 0;
    for (Page page : PAGES) {
      for (String link : page.links()) {
        if (link.matches("^[a-z]+:.*")) {
          continue;
        }
        links++;
        String path = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
        String anchor = link.contains("#") ? link.substring(link.indexOf('#') + 1) : null;
        Path target = path.isEmpty() ? page.file() : page.file().resolveSibling(path).normalize();
        if (!target.startsWith(ROOT) || !Files.exists(target)) {
          problems.add(page.name() + ": " + link + " leads to no file");
        } else if (anchor != null) {
          Page linked =
              PAGES.stream().filter(p -> p.file().equals(target)).findFirst().orElse(null);
          if (linked == null || !linked.anchors().contains(anchor)) {
            problems.add(page.name() + ": " + link + " leads to no heading");
          }
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(links >= 40, "checked " + links + " links");
  }

  @Test
  void everyBlockIsOfAKindThatIsChecked() {
    Set<String> unknown = new TreeSet<>();
    int blocks = 0;
    for (Page page : PAGES) {
      for (Block block : page.blocks()) {
        blocks++;
        if (!Examples.kind(block).isPresent()) {
          unknown.add(block.where());
        }
      }
    }
    assertEquals(Set.of(), unknown, "blocks no test checks; mark them or check them");
    assertTrue(blocks >= 30, "found " + blocks + " blocks");
  }

  /** The tables with {@code marker} across the pages. */
  static List<Table> tables(String marker) {
    return PAGES.stream()
        .flatMap(p -> p.tables().stream())
        .filter(t -> t.marker() != null && t.marker().startsWith(marker))
        .toList();
  }

  static void noProblems(List<String> problems, int found, int atLeast, String what) {
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
    assertTrue(found >= atLeast, "found " + found + " " + what);
  }
}
