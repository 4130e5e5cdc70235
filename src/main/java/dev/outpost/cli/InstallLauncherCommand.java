package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code outpost install-launcher}: the {@code outpost} command, so that Outpost runs by name. */
@Command(
    name = "install-launcher",
    mixinStandardHelpOptions = true,
    description = {
      "Installs the outpost command: a launcher script and a copy of this jar, in DIR.",
      "With DIR on the PATH, outpost runs Outpost by name, as in: outpost serve. It replaces"
          + " an earlier Outpost launcher in DIR, and any other file named outpost only with"
          + " --force."
    })
final class InstallLauncherCommand extends TerminalCommand {
  static final String MARKER = "# outpost-launcher";

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      defaultValue = "${sys:user.home}/.local/bin",
      description = "The folder to install into (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Option(
      names = "--jar",
      paramLabel = "FILE",
      description = "The jar to install (default: the jar this command runs from).")
  Path jar;

  @Option(names = "--force", description = "Replace a file named outpost that is not Outpost's.")
  boolean force;

  @Override
  public Integer call() {
    Path source =
        jar != null
            ? jar
            : Program.runningJar()
                .orElseThrow(
                    () ->
                        new OutpostException(
                            ExitCode.USAGE,
                            "this Outpost runs from a folder of classes, not a jar: build the jar"
                                + " (mvn -B -q -DskipTests package) and run java -jar"
                                + " target/outpost.jar install-launcher, or name a jar with"
                                + " --jar"));
    if (!Files.isRegularFile(source)) {
      throw new OutpostException(ExitCode.IO_ERROR, source + ": no such jar");
    }
    Path launcher = dir.resolve("outpost");
    Path copy = dir.resolve("outpost.jar");
    try {
      if (Files.exists(launcher) && !force && !isLauncher(launcher)) {
        throw new OutpostException(
            ExitCode.USAGE,
            launcher + " exists and is not Outpost's launcher; give --force to replace it");
      }
      Files.createDirectories(dir);
      if (!(Files.exists(copy) && Files.isSameFile(source, copy))) {
        replace(copy, Files.readAllBytes(source), false);
      }
      replace(launcher, launcherText(), true);
    } catch (IOException e) {
      throw new OutpostException(ExitCode.IO_ERROR, "cannot install into " + dir + ": " + e, e);
    }
    terminal.out().println("Installed " + launcher + ", which runs " + copy + ".");
    Map<String, String> env = terminal.env();
    if (onPath(env.getOrDefault("PATH", ""), dir)) {
      terminal.out().println("Run Outpost by name: outpost --help");
    } else {
      terminal
          .out()
          .println(
              dir
                  + " is not on your PATH; add it (to your shell's profile, too) with: export PATH="
                  + Program.quote(dir.toAbsolutePath().normalize().toString())
                  + ":\"$PATH\"");
      terminal.out().println("Until then, run Outpost as: " + Program.quote(launcher.toString()));
    }
    return 0;
  }

  /** The launcher script, as the jar carries it. */
  static byte[] launcherText() throws IOException {
    try (InputStream in = InstallLauncherCommand.class.getResourceAsStream("launcher/outpost")) {
      if (in == null) {
        throw new IOException("the launcher is missing from this jar");
      }
      return in.readAllBytes();
    }
  }

  private static boolean isLauncher(Path file) throws IOException {
    if (!Files.isRegularFile(file) || Files.size(file) > 64 * 1024) {
      return false;
    }
    return Files.readString(file, StandardCharsets.ISO_8859_1).lines().anyMatch(MARKER::equals);
  }

  /** Writes {@code bytes} beside {@code file}, then moves them over it in one step. */
  private static void replace(Path file, byte[] bytes, boolean executable) throws IOException {
    Path temporary = Files.createTempFile(file.getParent(), ".outpost-", ".tmp");
    try {
      Files.write(temporary, bytes);
      if (executable) {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static boolean onPath(String path, Path dir) {
    Path wanted = dir.toAbsolutePath().normalize();
    return Arrays.stream(path.split(":"))
        .filter(entry -> !entry.isEmpty())
        .anyMatch(entry -> Path.of(entry).toAbsolutePath().normalize().equals(wanted));
  }
}
