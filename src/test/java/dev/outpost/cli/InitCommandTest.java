package dev.outpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
    String today = LocalDate.now(ZoneOffset.UTC).toString();
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
        # The status page's configuration. Every key, with its default, is described in
        # https://github.com/outpost-status/outpost/blob/main/docs/configuration.md
        site:
          title: "Acme Status"
          url: "https://acme.github.io/status/"
          timezone: "UTC"
        github:
          repository: Acme/status
        components:
          - id: api
            name: "API"
            since: TODAY
          - id: web
            name: "Web app: \\"beta\\""
            since: TODAY
        """
            .replace("TODAY", today),
        Files.readString(dir.resolve("outpost.yml")));
    assertTrue(Files.isRegularFile(dir.resolve("incidents/.gitkeep")));
    assertEquals("_site/\n", Files.readString(dir.resolve(".gitignore")));
    String status = Files.readString(dir.resolve(".github/workflows/status.yml"));
    assertTrue(status.contains("uses: outpost-status/outpost@v1"), status);
    assertTrue(
        status.contains(
            "uses: actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e # v4.0.5\n"),
        status);
    String dependabot = Files.readString(dir.resolve(".github/dependabot.yml"));
    assertTrue(dependabot.contains("- package-ecosystem: github-actions\n"), dependabot);
    String checks = Files.readString(dir.resolve(".github/workflows/checks.yml"));
    assertTrue(checks.contains("- cron: \"*/5 * * * *\""), checks);
    assertTrue(checks.contains("permissions: {}"), checks);
    assertTrue(checks.contains("issues: write"), checks);
    assertTrue(checks.contains("command: check"), checks);
    assertTrue(checks.contains("if: steps.outpost.outputs.changed == 'true'"), checks);
    assertTrue(checks.contains("gh workflow run status.yml"), checks);
    String alerts = Files.readString(dir.resolve(".github/workflows/alerts.yml"));
    assertTrue(alerts.contains("  repository_dispatch:\n    types: [outpost-alert]\n"), alerts);
    assertTrue(alerts.contains("permissions: {}"), alerts);
    assertTrue(alerts.contains("issues: write"), alerts);
    assertTrue(alerts.contains("command: alert"), alerts);
    assertFalse(alerts.contains("schedule"), alerts);
    assertTrue(alerts.contains("if: steps.outpost.outputs.changed == 'true'"), alerts);
    assertTrue(alerts.contains("gh workflow run status.yml"), alerts);
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
    // A new page has measured nothing before today: no day before it is drawn as up.
    String index = Files.readString(dir.resolve("_site/index.html"));
    assertEquals(2, count(index, "<li class=\"op\""), "only today is drawn as data: " + index);
    assertEquals(2 * 89, count(index, "<li class=\"nd\""), index);
  }

  @Test
  void unpinnedNamesTheActionsByTheirTags() throws IOException {
    int code =
        run("", "init", dir.toString(), "--yes", "--repository", "acme/status", "--unpinned");

    assertEquals(0, code, err.toString());
    String status = Files.readString(dir.resolve(".github/workflows/status.yml"));
    assertTrue(status.contains("      - uses: actions/checkout@v4\n"), status);
    assertTrue(status.contains("        uses: actions/deploy-pages@v4\n"), status);
    assertTrue(status.contains("        uses: outpost-status/outpost@v1\n"), status);
    assertTrue(Files.isRegularFile(dir.resolve(".github/dependabot.yml")));
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
    assertEquals(
        "outpost: "
            + dir.resolve("outpost.yml")
            + " is kept as it is, so --repository goes unused; --force replaces it\n",
        err.toString());
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
  void updateFormsWritesAFormPerTemplateAndRemovesOnlyTheFormsItWrote() throws IOException {
    run("", "init", dir.toString(), "--yes", "--repository", "acme/status", "-c", "api=API");
    Path config = dir.resolve("outpost.yml");
    String base = Files.readString(config);
    Files.writeString(
        config,
        base
            + "templates:\n"
            + "  - { id: api-down, title: API down, components: { api: major_outage } }\n"
            + "  - { id: api-slow, title: Slow API, components: { api: degraded_performance } }\n");
    Path forms = dir.resolve(".github/ISSUE_TEMPLATE");
    Files.writeString(forms.resolve("template-mine.yml"), "name: Mine\n");

    assertEquals(0, run("", "init", dir.toString(), "--update-forms"), err.toString());
    assertTrue(
        Files.readString(forms.resolve("template-api-down.yml")).contains("api=major_outage"));
    assertTrue(Files.exists(forms.resolve("template-api-slow.yml")));

    Files.writeString(
        config,
        base
            + "templates:\n"
            + "  - { id: api-down, title: API down, components: { api: major_outage } }\n");
    out.getBuffer().setLength(0);
    assertEquals(0, run("", "init", dir.toString(), "--update-forms"), err.toString());

    assertTrue(Files.exists(forms.resolve("template-api-down.yml")));
    assertFalse(Files.exists(forms.resolve("template-api-slow.yml")));
    assertEquals("name: Mine\n", Files.readString(forms.resolve("template-mine.yml")));
    assertTrue(
        out.toString().contains("Removed " + forms.resolve("template-api-slow.yml")),
        out.toString());
  }

  @Test
  void aTemplateFormNeverReplacesAFileOutpostDidNotWrite() throws IOException {
    run("", "init", dir.toString(), "--yes", "--repository", "acme/status", "-c", "api=API");
    Path config = dir.resolve("outpost.yml");
    Files.writeString(
        config,
        Files.readString(config)
            + "templates:\n"
            + "  - { id: mine, title: API down, components: { api: major_outage } }\n");
    Path mine = dir.resolve(".github/ISSUE_TEMPLATE/template-mine.yml");
    Files.writeString(mine, "name: Mine\n");

    assertEquals(3, run("", "init", dir.toString(), "--update-forms"));

    assertEquals("name: Mine\n", Files.readString(mine));
    assertTrue(
        err.toString().contains(mine + ": is not a form Outpost wrote, so it stays"),
        err.toString());
  }

  @Test
  void writesAGitignoreForTheBuiltSiteOrAddsToTheOneThere() throws IOException {
    run("", "init", dir.toString(), "--yes", "--repository", "acme/status");
    assertEquals("_site/\n", Files.readString(dir.resolve(".gitignore")));

    Path other = dir.resolve("other");
    Files.createDirectories(other);
    Files.writeString(other.resolve(".gitignore"), "target/");
    run("", "init", other.toString(), "--yes", "--repository", "acme/status");
    assertEquals("target/\n_site/\n", Files.readString(other.resolve(".gitignore")));
    assertTrue(
        out.toString().contains("Added _site/ to " + other.resolve(".gitignore")), out.toString());

    run("", "init", other.toString(), "--yes", "--repository", "acme/status", "--force");
    assertEquals("target/\n_site/\n", Files.readString(other.resolve(".gitignore")));
  }

  @Test
  void keepsEditedIssueFormsUnlessForcedOrUpdated() throws IOException {
    run("", "init", dir.toString(), "--yes", "--repository", "acme/status");
    Path form = dir.resolve(".github/ISSUE_TEMPLATE/outage.yml");
    Files.writeString(form, Files.readString(form) + "# edited\n");
    String edited = Files.readString(form);

    assertEquals(0, run("", "init", dir.toString(), "--yes", "--repository", "acme/status"));
    assertEquals(edited, Files.readString(form));
    assertTrue(out.toString().contains("Kept    " + form), out.toString());

    assertEquals(0, run("", "init", dir.toString(), "--update-forms"));
    assertFalse(Files.readString(form).contains("# edited"));
    Files.writeString(form, edited);
    assertEquals(0, run("", "init", dir.toString(), "--yes", "--force", "--repository", "a/b"));
    assertFalse(Files.readString(form).contains("# edited"));
  }

  @Test
  void writesNothingWhenAFileStandsWhereAFolderMustGo() throws IOException {
    Files.writeString(dir.resolve(".github"), "not a folder");

    assertEquals(3, run("", "init", dir.toString(), "--yes", "--repository", "acme/status"));

    assertEquals(
        dir.resolve(".github")
            + ": is a file, where a folder must go\n"
            + "outpost: cannot write the scaffold into "
            + dir
            + "; nothing was written\n",
        err.toString());
    try (var left = Files.list(dir)) {
      assertEquals(List.of(dir.resolve(".github")), left.toList());
    }
  }

  @Test
  void aKeptConfigWithProblemsStopsInitBeforeItWritesAnything() throws IOException {
    Files.writeString(dir.resolve("outpost.yml"), "site: { title: Mine }\ncomponents: []\n");

    assertEquals(1, run("", "init", dir.toString(), "--yes"));

    try (var left = Files.list(dir)) {
      assertEquals(List.of(dir.resolve("outpost.yml")), left.toList());
    }
  }

  @Test
  void updatingFormsWithoutAConfigIsAFileThatCannotBeRead() {
    assertEquals(3, run("", "init", dir.toString(), "--update-forms"));
    assertTrue(err.toString().contains("outpost.yml: file not found"), err.toString());
  }

  @Test
  void withSeveralRepositoriesTheStatusWorkflowGivesTheActionTheApp() throws IOException {
    Files.writeString(
        dir.resolve("outpost.yml"),
        """
        site: { title: Acme Status, url: "https://acme.github.io/status/" }
        components: [{ id: api, name: API }]
        github:
          repositories: [acme/api, acme/web]
        """);

    assertEquals(0, run("", "init", dir.toString(), "--yes"), err.toString());

    String status = Files.readString(dir.resolve(".github/workflows/status.yml"));
    String app =
        "          app-id: ${{ vars.OUTPOST_APP_ID }}\n"
            + "          app-private-key: ${{ secrets.OUTPOST_APP_PRIVATE_KEY }}\n";
    assertEquals(2, count(status, app), status);
    assertTrue(status.contains("          pin: true\n          # A GitHub App's tokens"), status);
    assertTrue(
        status.contains("          command: notify\n          # A GitHub App's tokens"), status);
  }

  @Test
  void withOneRepositoryTheAppIsGivenWhenAskedFor() throws IOException {
    assertEquals(
        0, run("", "init", dir.toString(), "--yes", "--repository", "acme/status"), err.toString());
    String status = Files.readString(dir.resolve(".github/workflows/status.yml"));
    assertFalse(status.contains("OUTPOST_APP"), status);

    assertEquals(
        0,
        run("", "init", dir.toString(), "--app", "--force", "--yes", "--repository", "acme/status"),
        err.toString());
    status = Files.readString(dir.resolve(".github/workflows/status.yml"));
    assertEquals(2, count(status, "          app-id: ${{ vars.OUTPOST_APP_ID }}\n"), status);
    assertEquals(
        1, count(status, "          pin: true\n          # A GitHub App's tokens"), status);
  }

  @Test
  void aRelayIsAllThatInitWritesIntoAServiceRepository() throws IOException {
    int code = run("", "init", dir.toString(), "--relay", "acme/status");

    assertEquals(0, code, err.toString());
    String relay = Files.readString(dir.resolve(".github/workflows/outpost-relay.yml"));
    assertTrue(relay.contains("gh workflow run status.yml --repo \"$STATUS_REPOSITORY\"\n"), relay);
    assertTrue(relay.contains("          STATUS_REPOSITORY: acme/status\n"), relay);
    assertTrue(
        relay.contains(
            "uses: actions/create-github-app-token@1b10c78c7865c340bc4f6099eb2f838309f1e8c3"
                + " # v3.1.1\n"),
        relay);
    assertTrue(relay.contains("contains(github.event.issue.labels.*.name, 'outage')"), relay);
    assertTrue(Files.isRegularFile(dir.resolve(".github/dependabot.yml")));
    try (var files = Files.walk(dir)) {
      assertEquals(
          List.of(".github/dependabot.yml", ".github/workflows/outpost-relay.yml"),
          files
              .filter(Files::isRegularFile)
              .map(f -> dir.relativize(f).toString())
              .sorted()
              .toList());
    }
    assertTrue(out.toString().contains("OUTPOST_RELAY_TOKEN"), out.toString());

    // Kept unless --force, as every file init writes.
    Files.writeString(dir.resolve(".github/workflows/outpost-relay.yml"), "mine\n");
    assertEquals(0, run("", "init", dir.toString(), "--relay", "acme/other"), err.toString());
    assertEquals("mine\n", Files.readString(dir.resolve(".github/workflows/outpost-relay.yml")));
    assertEquals(
        0,
        run("", "init", dir.toString(), "--relay", "acme/other", "--unpinned", "--force"),
        err.toString());
    relay = Files.readString(dir.resolve(".github/workflows/outpost-relay.yml"));
    assertTrue(relay.contains("          STATUS_REPOSITORY: acme/other\n"), relay);
    assertTrue(relay.contains("uses: actions/create-github-app-token@v3\n"), relay);
  }

  @Test
  void theRelayWatchesTheLabelsOfTheStatusPagesConfig() throws IOException {
    Path config = dir.resolve("status-outpost.yml");
    Files.writeString(
        config,
        """
        site: { title: Acme Status, url: "https://acme.github.io/status/" }
        components: [{ id: api, name: API }]
        labels: { outage: incident, maintenance: planned, notice: heads-up }
        """);
    Path service = dir.resolve("api");
    int code =
        run(
            "",
            "init",
            service.toString(),
            "--relay",
            "acme/status",
            "--config",
            config.toString());

    assertEquals(0, code, err.toString());
    String relay = Files.readString(service.resolve(".github/workflows/outpost-relay.yml"));
    assertTrue(relay.contains("contains(github.event.issue.labels.*.name, 'incident')"), relay);
    assertTrue(relay.contains("github.event.label.name == 'heads-up'"), relay);
    assertFalse(relay.contains("'outage'"), relay);
  }

  @Test
  void aRelayWithWhatDoesNotGoWithItWritesNothing() throws IOException {
    assertEquals(2, run("", "init", dir.toString(), "--relay", "acme"));
    assertTrue(err.toString().contains("--relay: "), err.toString());
    assertEquals(
        2, run("", "init", dir.toString(), "--relay", "acme/status", "--title", "T", "-c", "a=A"));
    assertTrue(
        err.toString()
            .contains("--relay writes the relay alone, so --title, --component do not go with it"),
        err.toString());
    assertEquals(2, run("", "init", dir.toString(), "--relay", "acme/status", "--labels"));
    assertTrue(
        err.toString().contains("--labels with --relay creates the labels of the status page's"),
        err.toString());
    assertEquals(2, run("", "init", dir.toString(), "--config", "x.yml", "--yes"));
    assertTrue(err.toString().contains("--config goes only with --relay"), err.toString());
    assertEquals(
        3,
        run(
            "",
            "init",
            dir.toString(),
            "--relay",
            "acme/status",
            "--config",
            dir.resolve("missing.yml").toString()));
    assertTrue(err.toString().contains("missing.yml"), err.toString());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(), files.toList());
    }
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

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
