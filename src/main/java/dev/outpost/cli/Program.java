package dev.outpost.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the person at the terminal runs Outpost, so that every hint names a command they can paste:
 * {@code outpost} through the launcher ({@code bin/outpost}, which sets {@value #VARIABLE}), {@code
 * jbang outpost@outpost-status/outpost} through the JBang catalog (which sets the system property
 * {@value #PROPERTY}), or {@code java -jar} on the jar that is running.
 */
final class Program {
  /** The variable the launcher sets to the command it was run as. */
  static final String VARIABLE = "OUTPOST_PROGRAM";

  /** The system property JBang's catalog entry sets to the command it is run as. */
  static final String PROPERTY = "outpost.program";

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

  private Program() {}

  /** The command that runs Outpost as this run was started, such as {@code outpost}. */
  static String name(Map<String, String> env) {
    return name(
        env.get(VARIABLE),
        System.getProperty(PROPERTY),
        runningJar(),
        Path.of("").toAbsolutePath());
  }

  /** That command followed by {@code args}, each quoted for a POSIX shell where it needs it. */
  static String command(Map<String, String> env, String... args) {
    List<String> words = new ArrayList<>(List.of(name(env)));
    for (String arg : args) {
      words.add(quote(arg));
    }
    return String.join(" ", words);
  }

  /**
   * The name from the launcher's variable, else from the property, else {@code java -jar} on {@code
   * jar} (relative to {@code cwd} when it is inside it), else {@code outpost}.
   */
  static String name(String variable, String property, Optional<Path> jar, Path cwd) {
    if (variable != null && !variable.isBlank()) {
      return variable.strip();
    }
    if (property != null && !property.isBlank()) {
      return property.strip();
    }
    return jar.map(path -> "java -jar " + quote(shown(path, cwd).toString())).orElse("outpost");
  }

  /** The jar this code runs from; empty when it runs from a folder of classes. */
  static Optional<Path> runningJar() {
    try {
      var source = Program.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path path = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** {@code text} as one word for a POSIX shell: as it is when it is plain, else in quotes. */
  static String quote(String text) {
    if (PLAIN.matcher(text).matches()) {
      return text;
    }
    return "'" + text.replace("'", "'\\''") + "'";
  }

  private static Path shown(Path path, Path cwd) {
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
  }
}
