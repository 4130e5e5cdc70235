package dev.outpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.outpost.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Each exit code docs/cli.md documents, produced by the cause it documents. */
class ExitCodesTest {
  private static final String CONFIG =
      """
      site: { title: Acme Status, url: https://acme.github.io/status/ }
      github: { repository: acme/status }
      components: [{ id: api, name: API }]
      """;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void sources() throws IOException {
    Files.writeString(dir.resolve("outpost.yml"), CONFIG);
    Files.createDirectories(dir.resolve("incidents"));
  }

  @Test
  void theCommandLinePageListsTheseCodes() throws IOException {
    String page = Files.readString(Path.of("docs/cli.md"));
    Matcher table =
        Pattern.compile("## Exit codes\\n(.*?)(\\n## |\\z)", Pattern.DOTALL).matcher(page);
    assertTrue(table.find(), "docs/cli.md lists the exit codes");
    for (ExitCode code : ExitCode.values()) {
      assertTrue(table.group(1).contains("| `" + code.code() + "` |"), code + " is documented");
    }
  }

  @Test
  void zeroIsSuccess() {
    assertEquals(ExitCode.OK.code(), outpost("validate", "--now", "2026-11-21T12:00:00Z"));
  }

  @Test
  void oneIsInvalidInputWithEveryProblemPrinted() throws IOException {
    Files.writeString(dir.resolve("outpost.yml"), CONFIG + "colour: blue\n");
    Files.writeString(dir.resolve("incidents/bad.md"), "---\ntitle: Bad\n---\n");

    assertEquals(ExitCode.INVALID_INPUT.code(), outpost("validate"));
    assertTrue(err.toString().contains("outpost.yml:4:1: unknown key `colour`"), err.toString());
    assertTrue(err.toString().contains("incidents/bad.md:"), err.toString());
  }

  @Test
  void twoIsAWrongCommandLine() {
    assertEquals(ExitCode.USAGE.code(), outpost("build", "--colour", "blue"));
    assertEquals(ExitCode.USAGE.code(), outpost("frobnicate"));
    assertEquals(ExitCode.USAGE.code(), outpost());
    assertEquals(ExitCode.USAGE.code(), outpost("build", "--now", "yesterday"));
    assertEquals(ExitCode.USAGE.code(), outpost("build", "--repository", "acme"));
    assertEquals(ExitCode.USAGE.code(), outpost("new", "incident", "Down", "-c", "nope"));
  }

  @Test
  void threeIsAMissingConfigWithTheWayToMakeOne() {
    int code =
        Main.run(
            new String[] {"build", "--config", dir.resolve("missing.yml").toString()},
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of(Program.VARIABLE, "outpost"));

    assertEquals(ExitCode.IO_ERROR.code(), code);
    assertEquals(
        "outpost: "
            + dir.resolve("missing.yml")
            + ": no such file; run outpost in the folder that holds outpost.yml, name it with"
            + " --config, or create a status page here with: outpost init\n",
        err.toString());
  }

  @Test
  void threeIsAConfigThatCannotBeReadOrAFileThatCannotBeWritten() throws IOException {
    String[] folderAsConfig = {"validate", "--config", dir.resolve("incidents").toString()};
    assertEquals(
        ExitCode.IO_ERROR.code(),
        Main.run(folderAsConfig, new PrintWriter(out), new PrintWriter(err), Map.of()));
    assertTrue(err.toString().contains("incidents: not a file;"), err.toString());

    Files.writeString(dir.resolve("not-a-folder"), "");
    int code =
        outpost(
            "new",
            "incident",
            "Down",
            "-c",
            "api",
            "--incidents",
            dir.resolve("not-a-folder").toString());
    assertEquals(ExitCode.IO_ERROR.code(), code, err.toString());
  }

  @Test
  void fourIsGitHubThatCannotBeRead() throws IOException {
    HttpServer github =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    github.createContext(
        "/graphql",
        exchange -> {
          byte[] body = "<html>not JSON</html>".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    github.start();
    try {
      String url = "http://127.0.0.1:" + github.getAddress().getPort();
      int code =
          Main.run(
              args("build", "--out", dir.resolve("_site").toString()),
              new PrintWriter(out),
              new PrintWriter(err),
              Map.of(
                  "GITHUB_TOKEN",
                  "ghs_test",
                  "GITHUB_API_URL",
                  url,
                  "GITHUB_GRAPHQL_URL",
                  url + "/graphql"));
      assertEquals(ExitCode.REMOTE_ERROR.code(), code, err.toString());
      assertTrue(Files.notExists(dir.resolve("_site")), "nothing was built");
    } finally {
      github.stop(0);
    }
  }

  @Test
  void fiveIsAnOutputFolderThatIsNotOutpostsToReplace() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "mine");

    assertEquals(ExitCode.OUTPUT_REFUSED.code(), outpost("build", "--out", dir.toString()));
    assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
  }

  @Test
  void seventyIsAnInternalError() {
    CommandLine command = Main.commandLine(new PrintWriter(out), new PrintWriter(err), Map.of());
    int code =
        new ErrorHandler(new Terminal(null, new PrintWriter(out), new PrintWriter(err), Map.of()))
            .handleExecutionException(new IllegalStateException("a bug"), command, null);

    assertEquals(ExitCode.INTERNAL_ERROR.code(), code);
    assertTrue(err.toString().startsWith("outpost: internal error: "), err.toString());
  }

  private int outpost(String... args) {
    return Main.run(args(args), new PrintWriter(out), new PrintWriter(err), Map.of());
  }

  /** {@code args} with the sources in the test's folder, after the verb. */
  private String[] args(String... args) {
    if (args.length == 0 || !(args[0].equals("build") || args[0].equals("validate"))) {
      return args;
    }
    String[] all = new String[args.length + 4];
    all[0] = args[0];
    all[1] = "--config";
    all[2] = dir.resolve("outpost.yml").toString();
    all[3] = "--incidents";
    all[4] = dir.resolve("incidents").toString();
    System.arraycopy(args, 1, all, 5, args.length - 1);
    return all;
  }
}
