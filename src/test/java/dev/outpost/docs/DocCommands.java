package dev.outpost.docs;

import dev.outpost.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The {@code outpost} commands the docs show: which words run Outpost, how a command line parses,
 * which commands can run here (offline, ending by themselves, asking nothing), and running them as
 * a process of their own in a folder, as a reader would at a shell.
 */
final class DocCommands {
  /** The ways the docs run Outpost, each followed by Outpost's arguments. */
  private static final List<List<String>> PROGRAMS =
      List.of(
          List.of("outpost"),
          List.of("bin/outpost"),
          List.of("java", "-jar", "target/outpost.jar"),
          List.of("java", "-jar", "outpost.jar"));

  /** Options that need GitHub. */
  private static final Set<String> ONLINE = Set.of("--token", "--pin", "--comment", "--lock");

  /** A finished process: its exit code and what it printed. */
  record Result(int code, String out, String err) {}

  private DocCommands() {}

  /** Outpost's arguments when {@code words} run Outpost, else {@code null}. */
  static List<String> outpostArguments(List<String> words) {
    for (List<String> program : PROGRAMS) {
      if (words.size() >= program.size() && words.subList(0, program.size()).equals(program)) {
        return words.subList(program.size(), words.size());
      }
    }
    return null;
  }

  /** A fresh command line with every verb, as {@code outpost} parses it. */
  static CommandLine commandLine() {
    return Main.commandLine(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of());
  }

  static ParseResult parse(List<String> args) {
    return commandLine().parseArgs(args.toArray(String[]::new));
  }

  /** The names of the commands {@code result} selects, such as {@code [new, incident]}. */
  static List<String> verbs(ParseResult result) {
    List<String> verbs = new ArrayList<>();
    for (ParseResult sub = result.subcommand(); sub != null; sub = sub.subcommand()) {
      verbs.add(sub.commandSpec().name());
    }
    return verbs;
  }

  /** The innermost command {@code result} selects. */
  static ParseResult leaf(ParseResult result) {
    ParseResult leaf = result;
    while (leaf.subcommand() != null) {
      leaf = leaf.subcommand();
    }
    return leaf;
  }

  /**
   * Whether the command can run here: it reads nothing from GitHub, ends by itself and asks
   * nothing. {@code serve} serves until stopped, {@code pin} and {@code init --labels} need GitHub,
   * {@code init} without {@code --yes} asks, and {@code install-launcher} needs the packaged jar.
   */
  static boolean runnable(ParseResult result) {
    ParseResult leaf = leaf(result);
    if (leaf.isUsageHelpRequested() || leaf.isVersionHelpRequested()) {
      return true;
    }
    if (ONLINE.stream().anyMatch(leaf::hasMatchedOption)) {
      return false;
    }
    return switch (String.join(" ", verbs(result))) {
      case "build", "validate", "new incident", "new maintenance" -> true;
      case "init" ->
          !leaf.hasMatchedOption("--labels")
              && (leaf.hasMatchedOption("--yes") || leaf.hasMatchedOption("--update-forms"));
      default -> false;
    };
  }

  /** Whether the command runs in a new, empty folder rather than in a copy of the demo. */
  static boolean startsEmpty(ParseResult result) {
    return verbs(result).equals(List.of("init"))
        && !leaf(result).hasMatchedOption("--update-forms");
  }

  /** A copy of the demo's sources (outpost.yml, incidents/ and brand/) in {@code dir}. */
  static Path demoCopy(Path root, Path dir) {
    try {
      Files.createDirectories(dir);
      Files.copy(root.resolve("outpost.yml"), dir.resolve("outpost.yml"));
      for (String folder : List.of("incidents", "brand")) {
        Files.createDirectories(dir.resolve(folder));
        try (Stream<Path> files = Files.list(root.resolve(folder))) {
          for (Path file : files.toList()) {
            Files.copy(file, dir.resolve(folder).resolve(file.getFileName()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /**
   * Runs {@code outpost args} as a process of its own in {@code dir}, with nothing on standard
   * input, no GitHub variable and {@code home} as the home folder.
   */
  static Result run(Path dir, List<String> args, Path home) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(args);
    ProcessBuilder process = new ProcessBuilder(command).directory(dir.toFile());
    process.environment().clear();
    process.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    process.environment().put("HOME", home.toString());
    try {
      Path out = Files.createTempFile(home, "out", ".txt");
      Path err = Files.createTempFile(home, "err", ".txt");
      Process running =
          process
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!running.waitFor(180, TimeUnit.SECONDS)) {
        running.destroyForcibly();
        throw new AssertionError("outpost " + String.join(" ", args) + " did not end in 180 s");
      }
      return new Result(running.exitValue(), Files.readString(out), Files.readString(err));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
