package dev.outpost.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.OutpostException;
import dev.outpost.check.AlertPayloads;
import dev.outpost.config.ConfigReader;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The commands in the docs that are not Outpost's, each checked against what it names: a line that
 * {@code .ci/run} runs as it is; a {@code bench/} script with options it takes; Maven with phases,
 * plugins, profiles, properties and tests the build has; {@code git diff} of paths that exist.
 */
final class OtherCommands {
  private static final Set<String> PHASES =
      Set.of(
          "clean", "validate", "compile", "test-compile", "test", "package", "verify", "install");
  private static final Set<String> MAVEN_FLAGS = Set.of("-B", "-q", "-o", "-ntp", "-e");
  private static final Set<String> MAVEN_PROPERTIES = Set.of("skipTests");

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path root;

  OtherCommands(Path root) {
    this.root = root;
  }

  /** Whether {@code .ci/run} has {@code text} as a line of its own. */
  boolean runByCi(String text) {
    return read(".ci/run").lines().map(String::strip).anyMatch(text::equals);
  }

  /** What is wrong with {@code command}, or {@code null} when it names only what exists. */
  String problem(ShellWords.Command command) {
    List<String> words = command.words();
    String first = command.first();
    if (first.startsWith("bench/")) {
      return bench(first, words.subList(1, words.size()));
    }
    return switch (first) {
      case "mvn" -> maven(words.subList(1, words.size()));
      case "git" -> git(words.subList(1, words.size()));
      case "gh" -> gh(words.subList(1, words.size()));
      default -> "neither Outpost, nor run by .ci/run, nor a command this test knows to check";
    };
  }

  private String bench(String script, List<String> args) {
    Path file = root.resolve(script);
    if (!Files.isExecutable(file)) {
      return script + " is not an executable script";
    }
    String text = read(script);
    for (String arg : args) {
      if (arg.startsWith("--")
          && !Pattern.compile("(^|[\\s|(])" + Pattern.quote(arg) + "\\s*[)|]", Pattern.MULTILINE)
              .matcher(text)
              .find()) {
        return script + " takes no option " + arg;
      }
    }
    return null;
  }

  private String maven(List<String> args) {
    String pom = read("pom.xml");
    for (String arg : args) {
      if (MAVEN_FLAGS.contains(arg)) {
        continue;
      }
      if (arg.startsWith("-D")) {
        String[] property = arg.substring(2).split("=", 2);
        if (property[0].equals("test")) {
          for (String pattern : property[1].split(",")) {
            if (!testClassMatches(pattern)) {
              return "no test class matches -Dtest=" + pattern;
            }
          }
        } else if (!MAVEN_PROPERTIES.contains(property[0])
            && !pom.contains(property[0])
            && !testSourcesMention(property[0])) {
          return "nothing reads the property " + property[0];
        }
      } else if (arg.startsWith("-P")) {
        if (!pom.contains("<id>" + arg.substring(2) + "</id>")) {
          return "pom.xml has no profile " + arg.substring(2);
        }
      } else if (arg.contains(":")) {
        String prefix = arg.substring(0, arg.indexOf(':'));
        // Goal prefixes by Maven's naming rules, and pitest-maven's own (pitest).
        if (!pom.contains("<artifactId>" + prefix + "-maven-plugin</artifactId>")
            && !pom.contains("<artifactId>maven-" + prefix + "-plugin</artifactId>")
            && !pom.contains("<artifactId>" + prefix + "-maven</artifactId>")) {
          return "pom.xml has no plugin for " + arg;
        }
      } else if (!PHASES.contains(arg)) {
        return "unknown Maven argument " + arg;
      }
    }
    return null;
  }

  private String git(List<String> args) {
    if (args.isEmpty() || !args.get(0).equals("diff")) {
      return "only git diff is checked";
    }
    for (String path : args.subList(1, args.size())) {
      if (!Files.exists(root.resolve(path))) {
        return "git diff names " + path + ", which does not exist";
      }
    }
    return null;
  }

  /**
   * {@code gh api repos/OWNER/REPO/dispatches -f event_type=… -f 'client_payload[key]=value'}: the
   * event it makes must be one {@code outpost alert} reads with the demo's config.
   */
  private String gh(List<String> args) {
    if (args.size() < 2
        || !args.get(0).equals("api")
        || !args.get(1).matches("repos/[^/]+/[^/]+/dispatches")) {
      return "only gh api repos/OWNER/REPO/dispatches is checked";
    }
    ObjectNode event = JSON.createObjectNode();
    ObjectNode payload = event.putObject("client_payload");
    for (int i = 2; i < args.size(); i++) {
      if (!args.get(i).equals("-f") || i + 1 == args.size() || !args.get(i + 1).contains("=")) {
        return "gh api takes -f key=value here, not " + args.get(i);
      }
      String[] field = args.get(++i).split("=", 2);
      Matcher key = Pattern.compile("client_payload\\[([a-z_]+)]").matcher(field[0]);
      if (field[0].equals("event_type")) {
        event.put("action", field[1]);
      } else if (key.matches()) {
        payload.put(key.group(1), field[1]);
      } else {
        return "the dispatch has no field " + field[0];
      }
    }
    Problems problems = new Problems();
    SiteConfig demo = ConfigReader.read(root.resolve("outpost.yml"), problems).orElseThrow();
    try {
      AlertPayloads.read(event.toString(), "gh api", demo);
      return null;
    } catch (OutpostException e) {
      return "outpost alert refuses the dispatch: " + e.problems();
    }
  }

  private boolean testClassMatches(String pattern) {
    Pattern regex = Pattern.compile(pattern.replace(".", "\\.").replace("*", ".*"));
    return testSources().anyMatch(f -> regex.matcher(name(f)).matches());
  }

  private boolean testSourcesMention(String text) {
    return testSources().anyMatch(f -> read(root.relativize(f).toString()).contains(text));
  }

  private Stream<Path> testSources() {
    try (Stream<Path> files = Files.walk(root.resolve("src/test/java"))) {
      return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".java".length());
  }

  private String read(String path) {
    try {
      return Files.readString(root.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
