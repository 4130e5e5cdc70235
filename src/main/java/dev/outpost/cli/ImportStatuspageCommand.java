package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.config.SiteConfig;
import dev.outpost.importer.ImportPlan;
import dev.outpost.importer.StatuspageImport;
import dev.outpost.importer.StatuspageSource;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code outpost import statuspage URL|FILE...}: a Statuspage page's components and history. */
@Command(
    name = "statuspage",
    mixinStandardHelpOptions = true,
    description = {
      "Imports a Statuspage page: its components and groups, and its incidents and scheduled"
          + " maintenances as incident files, from its public API (its address, or saved copies)"
          + " and, with --page-id, from the manage API's whole history.",
      "Prints what it could not carry over and the old pages' new addresses."
    })
final class ImportStatuspageCommand extends TerminalCommand {
  @Mixin SourceOptions sources;

  @Parameters(
      arity = "0..*",
      paramLabel = "URL|FILE",
      description =
          "The page's address (https://status.example.com), or saved documents of its api/v2/,"
              + " or folders of them.")
  List<String> from = new ArrayList<>();

  @Option(names = "--dry-run", description = "Print what would be written; write nothing.")
  boolean dryRun;

  @Option(
      names = "--page-id",
      paramLabel = "ID",
      description = "The page's id, to read every incident through the manage API.")
  String pageId;

  @Option(
      names = "--api-key-env",
      paramLabel = "NAME",
      description = "The environment variable holding a manage API key (needed with --page-id).")
  String apiKeyEnv;

  @Option(
      names = "--api-url",
      paramLabel = "URL",
      defaultValue = "https://api.statuspage.io/v1/",
      description = "The manage API's address, for a proxy (default: Statuspage's own).")
  URI apiUrl;

  @Override
  public Integer call() {
    sources.requireConfig(terminal.env());
    if (from.isEmpty() && pageId == null) {
      throw new OutpostException(
          ExitCode.USAGE,
          "name the page: its address, saved api/v2/ documents, or --page-id with --api-key-env");
    }
    String key = null;
    if (pageId != null || apiKeyEnv != null) {
      if (pageId == null || apiKeyEnv == null) {
        throw new OutpostException(
            ExitCode.USAGE, "--page-id and --api-key-env go together: the manage API needs both");
      }
      key = terminal.env().get(apiKeyEnv);
      if (key == null || key.isBlank()) {
        throw new OutpostException(
            ExitCode.USAGE, "--api-key-env: the environment variable " + apiKeyEnv + " is empty");
      }
    }
    SiteConfig config = sources.readConfig();
    StatuspageSource source = StatuspageSource.create();
    List<StatuspageSource.Document> documents = new ArrayList<>();
    for (String argument : from) {
      documents.addAll(source.read(argument));
    }
    if (pageId != null) {
      documents.addAll(source.manage(apiUrl, pageId, key, apiKeyEnv));
    }
    ImportPlan plan =
        StatuspageImport.plan(documents, config, sources.incidents, sources.now(config));
    return new ImportOutput(terminal, sources, "import statuspage").apply(plan, config, dryRun);
  }
}
