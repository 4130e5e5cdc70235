package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.config.GitHubSettings;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.importer.ImportPlan;
import dev.outpost.importer.UpptimeConfig;
import dev.outpost.importer.UpptimeImport;
import dev.outpost.source.github.GitHubAccess;
import dev.outpost.source.github.LabelledIssues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code outpost import upptime}: an Upptime repository's sites and its issues. */
@Command(
    name = "upptime",
    mixinStandardHelpOptions = true,
    description = {
      "Imports an Upptime repository: the sites of its .upptimerc.yml become components, its"
          + " downtime and maintenance issues become incident files, read from GitHub.",
      "Prints what it could not carry over, by issue, and the old pages' new addresses."
    })
final class ImportUpptimeCommand extends TerminalCommand {
  @Mixin SourceOptions sources;

  @Option(
      names = "--upptimerc",
      paramLabel = "FILE",
      defaultValue = ".upptimerc.yml",
      description = "Upptime's configuration (default: ${DEFAULT-VALUE}).")
  Path upptimerc;

  @Option(
      names = "--repository",
      paramLabel = "OWNER/NAME",
      description =
          "The Upptime repository whose issues to read (default: owner and repo in"
              + " .upptimerc.yml).")
  String repository;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "The token to read its issues with (default: the GITHUB_TOKEN variable).")
  String token;

  @Option(names = "--dry-run", description = "Print what would be written; write nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    sources.requireConfig(terminal.env());
    if (!Files.isRegularFile(upptimerc)) {
      throw new OutpostException(
          ExitCode.USAGE,
          upptimerc
              + ": no such file; run the import in the Upptime repository's folder, or name its"
              + " configuration with --upptimerc");
    }
    Problems notes = new Problems();
    Optional<UpptimeConfig> upptime = UpptimeConfig.read(upptimerc, notes);
    if (upptime.isEmpty()) {
      throw OutpostException.of(notes);
    }
    String repo = repository != null ? repository : upptime.get().repository();
    if (repo.isEmpty()) {
      throw new OutpostException(
          ExitCode.USAGE,
          upptimerc + " names no owner and repo; name the repository with --repository owner/name");
    }
    if (!GitHubSettings.isRepository(repo)) {
      throw new OutpostException(
          ExitCode.USAGE,
          "invalid repository `" + repo + "`: write it as owner/name, such as acme/upptime");
    }
    String key = token != null ? token : terminal.env().get("GITHUB_TOKEN");
    if (key == null || key.isBlank()) {
      throw new OutpostException(
          ExitCode.USAGE,
          "no token to read "
              + repo
              + "'s issues with: set GITHUB_TOKEN (gh auth token gives yours), or give --token");
    }
    SiteConfig config = sources.readConfig();
    GitHubAccess access = GitHubAccess.of(terminal.env(), key, false, repo);
    List<LabelledIssues.Issue> issues = LabelledIssues.read(access, repo, UpptimeImport.LABELS);
    ImportPlan plan =
        UpptimeImport.plan(upptime.get(), notes, repo, issues, config, sources.incidents);
    return new ImportOutput(terminal, sources, "import upptime").apply(plan, config, dryRun);
  }
}
