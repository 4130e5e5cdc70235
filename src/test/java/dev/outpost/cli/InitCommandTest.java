package dev.outpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code outpost init} scaffolds a status repository that builds. */
class InitCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void scaffoldsARepositoryThatValidatesAndBuilds() throws IOException {
    int code =
        run(
            "",
            "init",
            dir.toString(),
            "--yes",
            "--repository",
            "Acme/status",
            "-c",
            "api=API",
            "-c",
            "web=Web app: \"beta\"");

    assertEquals(0, code, err.toString());
    assertEquals(
        """
        # The status page's configuration: every key is described in Outpost's README.
        site:
          title: "Acme Status"
          url: "https://acme.github.io/status/"
          timezone: "UTC"
        github:
          repository: Acme/status
        components:
          - id: api
            name: "API"
          - id: web
            name: "Web app: \\"beta\\""
        """,
        Files.readString(dir.resolve("outpost.yml")));
    assertTrue(Files.isRegularFile(dir.resolve("incidents/.gitkeep")));
    String status = Files.readString(dir.resolve(".github/workflows/status.yml"));
    assertTrue(status.contains("uses: outpost-status/outpost@v1"), status);
    assertTrue(status.contains("actions/deploy-pages@v4"), status);
    String outage = Files.readString(dir.resolve(".github/ISSUE_TEMPLATE/outage.yml"));
    assertTrue(outage.contains("- \"Web app: \\\"beta\\\"\""), outage);
    assertEquals(
        0,
        outpost(
            "validate",
            "--config",
            dir.resolve("outpost.yml").toString(),
            "--incidents",
            dir.resolve("incidents").toString()),
        err.toString());
    assertEquals(
        0,
        outpost(
            "build",
            "--config",
            dir.resolve("outpost.yml").toString(),
            "--incidents",
            dir.resolve("incidents").toString(),
            "--out",
            dir.resolve("_site").toString()),
        err.toString());
  }

  @Test
  void asksForWhatIsNotGiven() throws IOException {
    int code =
        run(
            "acme/status\nAcme Cloud Status\n\nEurope/Berlin\napi=API, db = Database\n",
            "init",
            dir.toString());

    assertEquals(0, code, err.toString());
    String config = Files.readString(dir.resolve("outpost.yml"));
    assertTrue(config.contains("title: \"Acme Cloud Status\""), config);
    assertTrue(config.contains("url: \"https://acme.github.io/status/\""), config);
    assertTrue(config.contains("timezone: \"Europe/Berlin\""), config);
    assertTrue(config.contains("- id: db\n    name: \"Database\""), config);
    assertTrue(
        out.toString().startsWith("Repository (owner/name): Title [Acme Status]: "),
        out.toString());
  }

  @Test
  void keepsExistingFilesUnlessForced() throws IOException {
    Files.writeString(
        dir.resolve("outpost.yml"),
        "site: { title: Mine, url: https://x.example/ }\n"
            + "components: [{ id: app, name: App }]\n");

    run("", "init", dir.toString(), "--yes", "--repository", "acme/status");

    assertTrue(out.toString().contains("Kept    " + dir.resolve("outpost.yml")), out.toString());
    assertTrue(Files.readString(dir.resolve("outpost.yml")).contains("Mine"));
    assertTrue(
        Files.readString(dir.resolve(".github/ISSUE_TEMPLATE/outage.yml")).contains("- App\n"),
        "the forms follow the config that is there");
  }

  @Test
  void updateFormsFollowsTheComponents() throws IOException {
    run("", "init", dir.toString(), "--yes", "--repository", "acme/status", "-c", "api=API");
    Files.writeString(
        dir.resolve("outpost.yml"),
        Files.readString(dir.resolve("outpost.yml")) + "  - id: cdn\n    name: \"CDN\"\n");

    int code = run("", "init", dir.toString(), "--update-forms");

    assertEquals(0, code, err.toString());
    String outage = Files.readString(dir.resolve(".github/ISSUE_TEMPLATE/outage.yml"));
    assertTrue(outage.contains("- API\n") && outage.contains("- CDN\n"), outage);
  }

  @Test
  void aRepositoryMustBeOwnerSlashName() {
    assertEquals(2, run("", "init", dir.toString(), "--yes", "--repository", "acme"));
    assertEquals("outpost: the repository `acme` is not owner/name\n", err.toString());
  }

  @Test
  void withoutARepositoryTheAddressIsNeeded() {
    assertEquals(2, run("", "init", dir.toString(), "--yes"));
    assertEquals(
        "outpost: name the page's address with --url, or the repository with --repository\n",
        err.toString());
  }

  private int run(String input, String... args) {
    return Main.run(
        args,
        new BufferedReader(new StringReader(input)),
        new PrintWriter(out),
        new PrintWriter(err),
        Map.of());
  }

  private int outpost(String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err), Map.of());
  }
}
