package dev.outpost.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code outpost} launcher ({@code bin/outpost}) and {@code install-launcher}: Outpost runs by
 * name, and says how it was run. The jar they run here is a small one that prints what it got.
 */
class LauncherTest {
  private static final Path LAUNCHER = Path.of("bin/outpost");

  @TempDir static Path jars;
  private static Path echo;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** A jar whose main class prints OUTPOST_PROGRAM and its arguments. */
  @BeforeAll
  static void compileEcho() throws IOException {
    Path source = jars.resolve("Echo.java");
    Files.writeString(
        source,
        """
        public class Echo {
          public static void main(String[] args) {
            System.out.println(System.getenv("OUTPOST_PROGRAM") + " " + String.join("|", args));
          }
        }
        """);
    int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, source.toString());
    assertEquals(0, compiled);
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Echo");
    echo = jars.resolve("echo.jar");
    try (OutputStream file = Files.newOutputStream(echo);
        JarOutputStream jar = new JarOutputStream(file, manifest)) {
      jar.putNextEntry(new JarEntry("Echo.class"));
      jar.write(Files.readAllBytes(jars.resolve("Echo.class")));
      jar.closeEntry();
    }
  }

  @Test
  void inACloneItRunsTheJarInTargetAndSaysItWasRunByItsPath() throws Exception {
    Files.createDirectories(dir.resolve("bin"));
    Files.createDirectories(dir.resolve("target"));
    Files.copy(LAUNCHER, dir.resolve("bin/outpost"));
    Files.copy(echo, dir.resolve("target/outpost.jar"));

    Result run = sh(dir, "/usr/bin:/bin", "bin/outpost build 'two words'");

    assertEquals(0, run.code(), run.output());
    assertEquals("bin/outpost build|two words\n", run.output());
  }

  @Test
  void withoutAJarItSaysHowToBuildOne() throws Exception {
    Files.copy(LAUNCHER, dir.resolve("outpost"));

    Result run = sh(dir, "/usr/bin:/bin", "./outpost build");

    assertEquals(3, run.code(), run.output());
    assertTrue(run.output().startsWith("outpost: no outpost.jar beside "), run.output());
    assertTrue(run.output().contains("mvn -B -q -DskipTests package"), run.output());
  }

  @Test
  void installedOnThePathItRunsByNameAndSaysSo() throws Exception {
    Path bin = dir.resolve("bin");
    String path = bin + ":/usr/bin:/bin";

    int code =
        Main.run(
            new String[] {"install-launcher", bin.toString(), "--jar", echo.toString()},
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of("PATH", path));

    assertEquals(0, code, err.toString());
    assertArrayEquals(Files.readAllBytes(LAUNCHER), Files.readAllBytes(bin.resolve("outpost")));
    assertArrayEquals(Files.readAllBytes(echo), Files.readAllBytes(bin.resolve("outpost.jar")));
    assertTrue(Files.isExecutable(bin.resolve("outpost")));
    assertEquals(
        "Installed "
            + bin.resolve("outpost")
            + ", which runs "
            + bin.resolve("outpost.jar")
            + ".\n"
            + "Run Outpost by name: outpost --help\n",
        out.toString());
    Result run = sh(dir, path, "outpost serve --port 4001");
    assertEquals(0, run.code(), run.output());
    assertEquals("outpost serve|--port|4001\n", run.output());
  }

  @Test
  void offThePathItSaysHowToAddTheFolder() {
    Path bin = dir.resolve("my bin");

    int code =
        Main.run(
            new String[] {"install-launcher", bin.toString(), "--jar", echo.toString()},
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of("PATH", "/usr/bin:/bin"));

    assertEquals(0, code, err.toString());
    assertTrue(
        out.toString()
            .contains(
                "is not on your PATH; add it (to your shell's profile, too) with: export PATH='"
                    + bin
                    + "':\"$PATH\"\n"),
        out.toString());
  }

  @Test
  void replacesItsOwnLauncherButNoOtherFileWithoutForce() throws IOException {
    Files.writeString(dir.resolve("outpost"), "#!/bin/sh\necho mine\n");

    assertEquals(2, install());
    assertEquals("#!/bin/sh\necho mine\n", Files.readString(dir.resolve("outpost")));
    assertTrue(err.toString().contains("is not Outpost's launcher; give --force"), err.toString());
    assertTrue(Files.notExists(dir.resolve("outpost.jar")), "nothing is installed");

    assertEquals(0, install("--force"));
    assertArrayEquals(Files.readAllBytes(LAUNCHER), Files.readAllBytes(dir.resolve("outpost")));
    assertEquals(0, install(), "an earlier launcher is replaced without --force");
  }

  @Test
  void theJbangCatalogEntryRunsTheReleasedJarAndNamesItsOwnCommand() throws IOException {
    var json = new ObjectMapper();
    var catalog = json.readTree(Files.readString(Path.of("jbang-catalog.json")));
    try (var in = LauncherTest.class.getResourceAsStream("/jbang/catalog.schema.json")) {
      var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      assertEquals(List.of(), new ArrayList<>(schema.validate(catalog)));
    }
    var alias = catalog.path("aliases").path("outpost");
    // The release workflow attaches target/outpost.jar to each release.
    assertTrue(
        Files.readString(Path.of(".github/workflows/release.yml")).contains("target/outpost.jar"));
    assertEquals(
        "https://github.com/outpost-status/outpost/releases/latest/download/outpost.jar",
        alias.path("script-ref").asText());
    String command = alias.path("properties").path(Program.PROPERTY).asText();
    assertEquals("jbang outpost@outpost-status/outpost", command);
    assertTrue(Files.readString(Path.of("README.md")).contains(command), "the README names it");
  }

  @Test
  void hintsNameTheCommandAsItWasRun() {
    Path cwd = Path.of("/work/status");
    Path jar = cwd.resolve("target/outpost.jar");
    assertEquals("java -jar target/outpost.jar", Program.name(null, null, Optional.of(jar), cwd));
    assertEquals(
        "java -jar '/opt/my tools/outpost.jar'",
        Program.name(null, "", Optional.of(Path.of("/opt/my tools/outpost.jar")), cwd));
    assertEquals("outpost", Program.name("outpost", "jbang x", Optional.of(jar), cwd));
    assertEquals("jbang x", Program.name(null, "jbang x", Optional.of(jar), cwd));
    assertEquals("outpost", Program.name(null, null, Optional.empty(), cwd));
  }

  @Test
  void theBuildsHintIsACommandToPasteAsTheUserRunsOutpost() throws IOException {
    Path site = dir.resolve("my site");
    Files.createDirectories(site.resolve("incidents"));
    Files.writeString(
        site.resolve("outpost.yml"),
        "site: { title: Acme, url: https://acme.github.io/status/ }\n"
            + "components: [{ id: api, name: API }]\n");

    int code =
        Main.run(
            new String[] {
              "build",
              "--config",
              site.resolve("outpost.yml").toString(),
              "--incidents",
              site.resolve("incidents").toString(),
              "--out",
              site.resolve("_site").toString(),
              "--now",
              "2026-11-21T12:00:00Z"
            },
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of(Program.VARIABLE, "outpost"));

    assertEquals(0, code, err.toString());
    assertTrue(
        out.toString()
            .endsWith(
                " in a browser, or preview it with: outpost serve --config '"
                    + site.resolve("outpost.yml")
                    + "' --incidents '"
                    + site.resolve("incidents")
                    + "' --now 2026-11-21T12:00:00Z\n"),
        out.toString());
  }

  private int install(String... more) {
    List<String> args =
        new ArrayList<>(List.of("install-launcher", dir.toString(), "--jar", echo.toString()));
    args.addAll(List.of(more));
    return Main.run(
        args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), Map.of());
  }

  private record Result(int code, String output) {}

  private static Result sh(Path cwd, String path, String command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", command).directory(cwd.toFile());
    builder.environment().put("PATH", path);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("OUTPOST_PROGRAM");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    return new Result(process.exitValue(), output);
  }
}
