package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.config.SiteConfig;
import dev.outpost.importer.ConfigEdit;
import dev.outpost.importer.CstateImport;
import dev.outpost.importer.CstateImport.Change;
import dev.outpost.importer.CstateImport.FileChange;
import dev.outpost.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  @Override
  public Integer call() {
    sources.requireConfig(terminal.env());
    if (!Files.isDirectory(source)) {
      throw new OutpostException(ExitCode.USAGE, source + ": not a folder (a cState site's root)");
    }
    SiteConfig config = sources.readConfig();
    CstateImport.Plan plan =
        CstateImport.plan(source, config, sources.incidents, sources.now(config));
    LineWriter out = terminal.out();
    for (Problem note : plan.notes()) {
      out.println(note.format());
    }
    Optional<String> editedConfig = editConfig(plan);
    List<FileChange> conflicts =
        plan.files().stream().filter(f -> f.change() == Change.CONFLICT).toList();
    if (!conflicts.isEmpty()) {
      for (FileChange conflict : conflicts) {
        terminal
            .err()
            .println(conflict.file() + ": exists with different content; not overwritten");
      }
      throw new OutpostException(
          ExitCode.IO_ERROR,
          conflicts.size()
              + (conflicts.size() == 1 ? " file exists" : " files exist")
              + " with different content; nothing was written. Move or delete "
              + (conflicts.size() == 1 ? "it" : "them")
              + " and run again");
    }
    List<FileChange> fresh = plan.files().stream().filter(f -> f.change() == Change.NEW).toList();
    String verb = dryRun ? "Would write " : "Wrote ";
    if (dryRun) {
      for (FileChange file : fresh) {
        out.println("Would write " + file.file() + ":");
        file.text().lines().forEach(out::println);
      }
    } else {
      write(fresh, editedConfig);
      fresh.forEach(file -> out.println("Wrote " + file.file()));
    }
    if (editedConfig.isPresent()) {
      out.println(
          verb
              + sources.config
              + ": "
              + count(plan.groups().size(), "group")
              + " and "
              + count(plan.components().size(), "component")
              + " added");
      if (dryRun) {
        ConfigEdit.groupLines(plan.groups()).forEach(line -> out.println("  groups:" + line));
        ConfigEdit.componentLines(plan.components())
            .forEach(line -> out.println("  components:" + line));
      }
    }
    printRedirects(plan, config, out);
    long maintenance = plan.files().stream().filter(FileChange::maintenance).count();
    out.printf(
        "%s: %s and %s, %d new, %d unchanged; %d not imported.%n",
        count(plan.posts(), "cState post"),
        count(plan.files().size() - maintenance, "incident"),
        count(maintenance, "maintenance window"),
        fresh.size(),
        plan.files().size() - fresh.size(),
        plan.skipped());
    if (plan.skipped() > 0) {
      terminal
          .err()
          .println(
              "outpost: "
                  + plan.skipped()
                  + " of the posts could not be imported; the lines above say why. Fix them and"
                  + " run again: what is imported already stays as it is");
      return ExitCode.INVALID_INPUT.code();
    }
    return 0;
  }

  /** The config with the new components, or empty when there are none; refuses when unsafe. */
  private Optional<String> editConfig(CstateImport.Plan plan) {
    if (plan.groups().isEmpty() && plan.components().isEmpty()) {
      return Optional.empty();
    }
    String text;
    try {
      text = Files.readString(sources.config, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new OutpostException(ExitCode.IO_ERROR, "cannot read " + sources.config + ": " + e, e);
    }
    Optional<String> edited =
        ConfigEdit.add(text, sources.config, plan.groups(), plan.components());
    if (edited.isEmpty()) {
      List<String> lines = new ArrayList<>();
      if (!plan.groups().isEmpty()) {
        lines.add("groups:");
        lines.addAll(ConfigEdit.groupLines(plan.groups()));
      }
      lines.add("components:");
      lines.addAll(ConfigEdit.componentLines(plan.components()));
      lines.forEach(terminal.err()::println);
      throw new OutpostException(
          ExitCode.IO_ERROR,
          sources.config
              + " cannot be extended safely (its components: or groups: list is not a block list"
              + " at the top level); add the entries above to it by hand and run again. Nothing"
              + " was written");
    }
    return edited;
  }

  private void write(List<FileChange> files, Optional<String> editedConfig) {
    try {
      Files.createDirectories(sources.incidents);
      for (FileChange file : files) {
        Files.writeString(
            file.file(), file.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      }
      if (editedConfig.isPresent()) {
        Files.writeString(sources.config, editedConfig.get(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new OutpostException(ExitCode.IO_ERROR, "cannot write: " + e, e);
    }
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static void printRedirects(CstateImport.Plan plan, SiteConfig config, LineWriter out) {
    if (plan.redirects().isEmpty()) {
      return;
    }
    String base = config.site().url().getPath();
    if (base == null || base.isEmpty()) {
      base = "/";
    } else if (!base.endsWith("/")) {
      base += "/";
    }
    out.println("Redirects from cState's pages to Outpost's:");
    for (CstateImport.Redirect redirect : plan.redirects()) {
      out.println("  " + redirect.from() + " -> " + base + redirect.to());
    }
  }
}
