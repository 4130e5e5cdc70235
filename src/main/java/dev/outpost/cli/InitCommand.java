package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.config.ConfigReader;
import dev.outpost.config.GitHubSettings;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.init.Labels;
import dev.outpost.init.Scaffold;
import dev.outpost.source.github.GitHubAccess;
import dev.outpost.source.github.GitHubGraphQl;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code outpost init}: a new status repository, ready to push. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Writes outpost.yml, incidents/, the status and validation workflows and the issue forms",
      "into DIR, asking for what is not given (--yes takes the defaults). Existing files are",
      "kept unless --force. --update-forms only regenerates the issue forms from outpost.yml."
    })
final class InitCommand extends TerminalCommand {
  static final String DEFAULT_ACTION = "outpost-status/outpost@v1";

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".")
  Path dir;

  @Option(names = "--title", description = "The page's title.")
  String title;

  @Option(names = "--url", description = "The page's public address.")
  String url;

  @Option(names = "--timezone", description = "The zone times are read and shown in.")
  String timezone;

  @Option(
      names = {"-c", "--component"},
      paramLabel = "ID=NAME",
      description = "A component; repeat for more (default: website=Website, api=API).")
  List<String> components;

  @Option(
      names = "--action",
      defaultValue = DEFAULT_ACTION,
      description = "The action the workflows use (default: ${DEFAULT-VALUE}).")
  String action;

  @Option(names = "--yes", description = "Take the defaults instead of asking.")
  boolean yes;

  @Option(names = "--force", description = "Overwrite existing files.")
  boolean force;

  @Option(names = "--update-forms", description = "Only regenerate the issue forms.")
  boolean updateFormsOnly;

  @Option(
      names = "--labels",
      description = "Also create the labels Outpost reads, through the API (needs a token).")
  boolean labels;

  @Mixin GitHubOptions github;

  @Override
  public Integer call() {
    try {
      List<Scaffold.Written> written = new ArrayList<>();
      if (!updateFormsOnly) {
        written.addAll(Scaffold.write(dir, settings(), force));
      }
      SiteConfig config = readConfig();
      GitHubSettings.Labels names = config.github().labels();
      written.addAll(Scaffold.writeForms(dir, config, names.outage(), names.maintenance()));
      for (Scaffold.Written file : written) {
        terminal.out().println((file.kept() ? "Kept    " : "Wrote   ") + file.file());
      }
      if (labels) {
        createLabels(config);
      }
    } catch (IOException e) {
      throw new OutpostException(ExitCode.IO_ERROR, "cannot write into " + dir + ": " + e, e);
    }
    if (!updateFormsOnly) {
      terminal
          .out()
          .println("Next: commit and push, then set Settings > Pages > Source to GitHub Actions.");
    }
    return 0;
  }

  private void createLabels(SiteConfig config) {
    GitHubAccess access = github.access(terminal.env());
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

  private Scaffold.Settings settings() {
    String repo =
        github.repository != null
            ? github.repository
            : terminal.env().getOrDefault("GITHUB_REPOSITORY", "");
    if (!yes) {
      repo = terminal.ask("Repository (owner/name)", repo);
    }
    if (!repo.isEmpty() && !repo.matches("[A-Za-z0-9-]+/[A-Za-z0-9._-]+")) {
      throw new OutpostException(ExitCode.USAGE, "the repository `" + repo + "` is not owner/name");
    }
    String pageTitle = answer(title, "Title", defaultTitle(repo));
    String pageUrl = answer(url, "Public address", defaultUrl(repo));
    if (pageUrl.isEmpty()) {
      throw new OutpostException(
          ExitCode.USAGE,
          "name the page's address with --url, or the repository with --repository");
    }
    String zone = answer(timezone, "Time zone", "UTC");
    try {
      ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new OutpostException(ExitCode.USAGE, "unknown time zone `" + zone + "`");
    }
    String list =
        components != null
            ? String.join(",", components)
            : answer(null, "Components (id=Name, comma-separated)", "website=Website,api=API");
    return new Scaffold.Settings(
        pageTitle,
        pageUrl.endsWith("/") ? pageUrl : pageUrl + "/",
        zone,
        repo,
        parse(list),
        action);
  }

  private String answer(String given, String question, String fallback) {
    if (given != null) {
      return given;
    }
    return yes ? fallback : terminal.ask(question, fallback);
  }

  private SiteConfig readConfig() {
    Path file = dir.resolve("outpost.yml");
    Problems problems = new Problems();
    Optional<SiteConfig> config = ConfigReader.read(file, problems);
    if (config.isEmpty() || !problems.isEmpty()) {
      throw OutpostException.invalid(problems.sorted());
    }
    return config.get();
  }

  private static Map<String, String> parse(String list) {
    Map<String, String> parsed = new LinkedHashMap<>();
    for (String entry : list.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      int equals = entry.indexOf('=');
      String id = (equals < 0 ? entry : entry.substring(0, equals)).strip();
      String name = equals < 0 ? id : entry.substring(equals + 1).strip();
      parsed.put(id, name);
    }
    return parsed;
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
