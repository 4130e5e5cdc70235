package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.config.ConfigReader;
import dev.outpost.config.GitHubSettings;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.config.Values;
import dev.outpost.init.ComponentList;
import dev.outpost.init.GitRemote;
import dev.outpost.init.Labels;
import dev.outpost.init.Scaffold;
import dev.outpost.source.github.GitHubAccess;
import dev.outpost.source.github.GitHubGraphQl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code outpost init}: a new status repository, ready to push. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Scaffolds a status repository in DIR: outpost.yml, incidents/, workflows (each action"
          + " pinned to a commit), Dependabot's configuration and issue forms.",
      "It asks for what no option gives (--yes takes the defaults), checks every answer and writes"
          + " nothing until all of them are right. Existing files are kept unless --force;"
          + " .gitignore only gets _site/ added. --update-forms only regenerates the issue forms"
          + " from outpost.yml, one more per entry of templates:, and removes the forms it wrote"
          + " for templates that are gone.",
      "--relay OWNER/NAME, run in a service repository, only writes the workflow that starts the"
          + " status page's build in OWNER/NAME when an issue there concerns an outage,"
          + " maintenance or notice."
    })
final class InitCommand extends TerminalCommand {
  static final String DEFAULT_ACTION = "outpost-status/outpost@v1";

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "The repository's folder (default: the current one).")
  Path dir;

  @Option(
      names = "--repository",
      paramLabel = "OWNER/NAME",
      description =
          "The status page's repository on GitHub (default: the one the git remote origin of DIR"
              + " points to, else the GITHUB_REPOSITORY variable).")
  String repository;

  @Option(names = "--title", paramLabel = "TITLE", description = "The page's title.")
  String title;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "The page's public address (default: the repository's GitHub Pages address).")
  String url;

  @Option(
      names = "--timezone",
      paramLabel = "ZONE",
      description = "The zone times are read and shown in, such as Europe/Berlin (default: UTC).")
  String timezone;

  @Option(
      names = {"-c", "--component"},
      paramLabel = "ID=NAME",
      description = "A component; repeat for more (default: website=Website, api=API).")
  List<String> components;

  @Option(
      names = "--action",
      paramLabel = "ACTION",
      defaultValue = DEFAULT_ACTION,
      description = "The action the workflows use (default: ${DEFAULT-VALUE}).")
  String action;

  @Option(
      names = "--unpinned",
      description =
          "Name each action in the workflows by its tag (actions/checkout@v4) instead of pinning it"
              + " to the commit of its release.")
  boolean unpinned;

  @Option(
      names = "--app",
      description =
          "Give the Action in the status workflow a GitHub App's id and key (the variable"
              + " OUTPOST_APP_ID and the secret OUTPOST_APP_PRIVATE_KEY); always so when outpost.yml"
              + " has github.repositories.")
  boolean app;

  @Option(names = "--yes", description = "Take the defaults instead of asking.")
  boolean yes;

  @Option(names = "--force", description = "Overwrite existing files.")
  boolean force;

  @Option(
      names = "--update-forms",
      description =
          "Only regenerate the issue forms from outpost.yml, with one per incident template.")
  boolean updateFormsOnly;

  @Option(
      names = "--relay",
      paramLabel = "OWNER/NAME",
      description =
          "Only write, in DIR, a service repository, the workflow that starts the status page's"
              + " build in the repository OWNER/NAME when an issue or comment in DIR's repository"
              + " concerns an outage, maintenance or notice (and Dependabot's configuration).")
  String relay;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "With --relay, the status page's outpost.yml, whose label names the relay watches"
              + " (default: DIR/outpost.yml when there, else the default labels).")
  Path relayConfig;

  @Option(
      names = "--labels",
      description = "Also create the labels Outpost reads, through GitHub's API.")
  boolean labels;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "The token --labels creates the labels with, which needs issues: write (default: the"
              + " GITHUB_TOKEN variable).")
  String token;

  @Override
  public Integer call() {
    if (relay != null) {
      return relay();
    }
    if (relayConfig != null) {
      throw new OutpostException(ExitCode.USAGE, "--config goes only with --relay");
    }
    Path configFile = dir.resolve("outpost.yml");
    String configText = null;
    SiteConfig config;
    if (updateFormsOnly || (Files.exists(configFile) && !force)) {
      config = readConfig(configFile);
      if (!updateFormsOnly) {
        mentionUnused();
      }
    } else {
      configText = Scaffold.config(settings());
      config = parse(configText, configFile);
    }
    List<Scaffold.File> files;
    try {
      files =
          updateFormsOnly
              ? Scaffold.forms(dir, config, true)
              : Scaffold.plan(dir, configText, config, action, !unpinned, force, app);
    } catch (IOException e) {
      throw new OutpostException(ExitCode.IO_ERROR, "cannot read " + dir + ": " + e, e);
    }
    write(files);
    if (labels) {
      createLabels(config);
    }
    if (!updateFormsOnly) {
      List<String> serve = new ArrayList<>(List.of("serve"));
      if (!dir.normalize().toString().isEmpty()) {
        serve.addAll(List.of("--config", configFile.toString()));
        serve.addAll(List.of("--incidents", dir.resolve("incidents").toString()));
      }
      terminal
          .out()
          .println(
              "Preview it with: " + Program.command(terminal.env(), serve.toArray(String[]::new)));
      terminal
          .out()
          .println("Then commit and push, and set Settings > Pages > Source to GitHub Actions.");
    }
    return 0;
  }

  /** {@code --relay}: the relay workflow in a service repository, and nothing else. */
  private int relay() {
    Optional<String> problem = Values.repository(relay);
    if (problem.isPresent()) {
      throw new OutpostException(ExitCode.USAGE, "--relay: " + problem.get());
    }
    if (updateFormsOnly) {
      throw new OutpostException(
          ExitCode.USAGE, "--relay writes the relay alone, so --update-forms does not go with it");
    }
    List<String> unused = new ArrayList<>();
    if (repository != null && !labels) unused.add("--repository");
    if (title != null) unused.add("--title");
    if (url != null) unused.add("--url");
    if (timezone != null) unused.add("--timezone");
    if (components != null) unused.add("--component");
    if (!unused.isEmpty()) {
      throw new OutpostException(
          ExitCode.USAGE,
          "--relay writes the relay alone, so "
              + String.join(", ", unused)
              + (unused.size() == 1 ? " does" : " do")
              + " not go with it");
    }
    Path configFile = relayConfig != null ? relayConfig : dir.resolve("outpost.yml");
    SiteConfig config = null;
    if (relayConfig != null || Files.isRegularFile(configFile)) {
      config = readConfig(configFile);
    }
    if (labels && config == null) {
      throw new OutpostException(
          ExitCode.USAGE,
          "--labels with --relay creates the labels of the status page's outpost.yml: give it"
              + " with --config");
    }
    GitHubSettings.Labels names =
        config == null ? GitHubSettings.Labels.DEFAULT : config.github().labels();
    write(Scaffold.relay(dir, names, relay.strip(), !unpinned, force));
    if (labels) {
      createLabels(config);
    }
    terminal
        .out()
        .println(
            "Then commit and push, and give this repository a token that reaches "
                + relay.strip()
                + ": the variable OUTPOST_APP_ID and the secret OUTPOST_APP_PRIVATE_KEY of a GitHub"
                + " App installed there with Actions: Read and write, or the secret"
                + " OUTPOST_RELAY_TOKEN.");
    return 0;
  }

  /** Checks, writes and lists {@code files}; nothing is written if any cannot be. */
  private void write(List<Scaffold.File> files) {
    List<String> obstacles;
    try {
      obstacles = Scaffold.obstacles(files);
    } catch (IOException e) {
      throw new OutpostException(ExitCode.IO_ERROR, "cannot read " + dir + ": " + e, e);
    }
    if (!obstacles.isEmpty()) {
      obstacles.forEach(obstacle -> terminal.err().println(obstacle));
      throw new OutpostException(
          ExitCode.IO_ERROR, "cannot write the scaffold into " + dir + "; nothing was written");
    }
    try {
      Scaffold.write(files);
    } catch (IOException e) {
      throw new OutpostException(ExitCode.IO_ERROR, "cannot write into " + dir + ": " + e, e);
    }
    for (Scaffold.File file : files) {
      String change =
          switch (file.change()) {
            case WRITE -> "Wrote   ";
            case KEEP -> "Kept    ";
            case APPEND -> "Added " + file.text().strip() + " to ";
            case DELETE -> "Removed ";
          };
      terminal.out().println(change + file.path());
    }
  }

  private Scaffold.Settings settings() {
    Questions questions = new Questions(terminal, yes);
    String detected =
        GitRemote.origin(dir).orElse(terminal.env().getOrDefault("GITHUB_REPOSITORY", ""));
    String repo =
        questions.answer(
            "--repository",
            repository,
            "Repository (owner/name)",
            detected,
            text -> text.isEmpty() ? Optional.empty() : Values.repository(text));
    String known = Values.repository(repo).isEmpty() ? repo : "";
    String pageTitle =
        questions.answer(
            "--title",
            title,
            "Title",
            defaultTitle(known),
            text -> text.isBlank() ? Optional.of("the title is empty") : Optional.empty());
    String pageUrl =
        questions.answer(
            "--url",
            url,
            "Public address",
            defaultUrl(known),
            text ->
                text.isEmpty() && known.equals(repo)
                    ? Optional.of(
                        "the page's address is needed, such as https://acme.github.io/status/"
                            + " (or name the repository, to take its GitHub Pages address)")
                    : text.isEmpty() ? Optional.empty() : Values.url(text));
    String zone = questions.answer("--timezone", timezone, "Time zone", "UTC", Values::timezone);
    String list =
        questions.answer(
            "--component",
            components == null ? null : String.join(",", components),
            "Components (id=Name, comma-separated)",
            "website=Website,api=API",
            ComponentList::problem);
    questions.finish();
    return new Scaffold.Settings(
        pageTitle.strip(),
        pageUrl.endsWith("/") ? pageUrl : pageUrl + "/",
        zone.strip(),
        repo.strip(),
        ComponentList.parse(list),
        LocalDate.now(ZoneId.of(zone.strip())),
        action);
  }

  /** Says which options go unused because {@code outpost.yml} is kept. */
  private void mentionUnused() {
    List<String> unused = new ArrayList<>();
    if (repository != null) unused.add("--repository");
    if (title != null) unused.add("--title");
    if (url != null) unused.add("--url");
    if (timezone != null) unused.add("--timezone");
    if (components != null) unused.add("--component");
    if (!unused.isEmpty()) {
      terminal
          .err()
          .println(
              "outpost: "
                  + dir.resolve("outpost.yml")
                  + " is kept as it is, so "
                  + String.join(", ", unused)
                  + (unused.size() == 1 ? " goes" : " go")
                  + " unused; --force replaces it");
    }
  }

  private void createLabels(SiteConfig config) {
    if (repository != null && Values.repository(repository).isPresent()) {
      throw new OutpostException(
          ExitCode.USAGE, "--repository: " + Values.repository(repository).get());
    }
    String key = token != null ? token : terminal.env().get("GITHUB_TOKEN");
    GitHubAccess access = GitHubAccess.of(terminal.env(), key, false, repository);
    String repo =
        access
            .repositoryFor(config.github().repositoryName())
            .orElseThrow(
                () ->
                    new OutpostException(
                        ExitCode.USAGE, "--labels needs the repository: give --repository"));
    if (access.token() == null) {
      throw new OutpostException(
          ExitCode.USAGE, "--labels needs a token with issues: write (GITHUB_TOKEN or --token)");
    }
    List<String> created = Labels.create(new GitHubGraphQl(access), repo, Labels.wanted(config));
    terminal
        .out()
        .println(
            created.isEmpty()
                ? "Labels: all there already."
                : "Created labels: " + String.join(", ", created) + ".");
  }

  private static SiteConfig readConfig(Path file) {
    Problems problems = new Problems();
    Optional<SiteConfig> config = ConfigReader.read(file, problems);
    if (config.isEmpty() || !problems.isEmpty()) {
      throw OutpostException.of(problems);
    }
    return config.get();
  }

  /** The config about to be written, which the answers were checked to make valid. */
  private static SiteConfig parse(String text, Path file) {
    Problems problems = new Problems();
    Optional<SiteConfig> config = ConfigReader.parse(text, file, problems);
    if (config.isEmpty() || !problems.isEmpty()) {
      throw new OutpostException(
          ExitCode.INTERNAL_ERROR,
          "the config made from the answers is not valid; nothing was written",
          problems.sorted(),
          null);
    }
    return config.get();
  }

  private static String defaultTitle(String repo) {
    if (repo.isEmpty()) {
      return "Status";
    }
    String owner = repo.substring(0, repo.indexOf('/'));
    return Character.toUpperCase(owner.charAt(0)) + owner.substring(1) + " Status";
  }

  private static String defaultUrl(String repo) {
    if (repo.isEmpty()) {
      return "";
    }
    int slash = repo.indexOf('/');
    return "https://"
        + repo.substring(0, slash).toLowerCase(Locale.ROOT)
        + ".github.io/"
        + repo.substring(slash + 1)
        + "/";
  }
}
