package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.config.SiteConfig;
import dev.outpost.importer.CstateImport;
import dev.outpost.importer.ImportPlan;
import dev.outpost.importer.RedirectPages;
import dev.outpost.model.Problem;
import dev.outpost.source.files.StaticFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code outpost import cstate DIR}: a cState site's issues, systems and categories. */
@Command(
    name = "cstate",
    mixinStandardHelpOptions = true,
    description = {
      "Imports a cState site: content/issues/*.md become incident files, config.yml's systems and"
          + " categories become components and groups.",
      "Prints what it could not carry over, by file and line, and the old pages' new addresses."
    })
final class ImportCstateCommand extends TerminalCommand {
  @Mixin SourceOptions sources;

  @Parameters(index = "0", paramLabel = "DIR", description = "The cState site's folder.")
  Path source;

  @Option(names = "--dry-run", description = "Print what would be written; write nothing.")
  boolean dryRun;

  @Option(
      names = "--redirects",
      description =
          "Also write a redirect page at each old page's path in static/, which the build"
              + " publishes.")
  boolean redirects;

  @Override
  public Integer call() {
    sources.requireConfig(terminal.env());
    if (!Files.isDirectory(source)) {
      throw new OutpostException(ExitCode.USAGE, source + ": not a folder (a cState site's root)");
    }
    SiteConfig config = sources.readConfig();
    ImportPlan plan = CstateImport.plan(source, config, sources.incidents, sources.now(config));
    List<Problem> pageNotes = new ArrayList<>();
    List<ImportPlan.FileChange> pages =
        redirects
            ? RedirectPages.plan(
                plan.redirects(),
                config.site().url(),
                configFolder().resolve(StaticFolder.NAME),
                pageNotes)
            : List.of();
    return new ImportOutput(terminal, sources, "import cstate")
        .apply(plan, config, dryRun, pages, pageNotes);
  }

  private Path configFolder() {
    return sources.config.getParent() == null ? Path.of("") : sources.config.getParent();
  }
}
