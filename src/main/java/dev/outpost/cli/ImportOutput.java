package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.config.SiteConfig;
import dev.outpost.importer.ConfigEdit;
import dev.outpost.importer.ImportPlan;
import dev.outpost.importer.ImportPlan.Change;
import dev.outpost.importer.ImportPlan.FileChange;
import dev.outpost.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Carries out an {@link ImportPlan} for every {@code outpost import} command: prints the notes,
 * refuses when a file would be overwritten, writes the new and updated files and the config (or,
 * with {@code --dry-run}, prints them), the redirect map and a count.
 */
final class ImportOutput {
  private final Terminal terminal;
  private final SourceOptions sources;
  private final String command;

  /** {@code command} is how the comment in {@code outpost.yml} names it: {@code import cstate}. */
  ImportOutput(Terminal terminal, SourceOptions sources, String command) {
    this.terminal = terminal;
    this.sources = sources;
    this.command = command;
  }

  /** Applies {@code plan}; the exit code, or an exception when nothing could be written. */
  int apply(ImportPlan plan, SiteConfig config, boolean dryRun) {
    return apply(plan, config, dryRun, List.of(), List.of());
  }

  /**
   * Applies {@code plan} and writes {@code pages} (redirect pages for the static folder) with it,
   * all or nothing; {@code notes} are the pages' own.
   */
  int apply(
      ImportPlan plan,
      SiteConfig config,
      boolean dryRun,
      List<FileChange> pages,
      List<Problem> pageNotes) {
    LineWriter out = terminal.out();
    for (Problem note : plan.notes()) {
      out.println(note.format());
    }
    for (Problem note : pageNotes) {
      out.println(note.format());
    }
    Optional<String> editedConfig = editConfig(plan);
    List<FileChange> conflicts =
        java.util.stream.Stream.concat(plan.files().stream(), pages.stream())
            .filter(f -> f.change() == Change.CONFLICT)
            .toList();
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
    List<FileChange> updated =
        plan.files().stream().filter(f -> f.change() == Change.UPDATED).toList();
    String verb = dryRun ? "Would write " : "Wrote ";
    if (dryRun) {
      for (FileChange file : fresh) {
        out.println("Would write " + file.file() + ":");
        file.text().lines().forEach(out::println);
      }
      for (FileChange file : updated) {
        out.println("Would update " + file.file() + ":");
        file.text().lines().forEach(out::println);
      }
    } else {
      write(fresh, updated, editedConfig);
      fresh.forEach(file -> out.println("Wrote " + file.file()));
      updated.forEach(file -> out.println("Updated " + file.file()));
    }
    List<FileChange> newPages = pages.stream().filter(f -> f.change() == Change.NEW).toList();
    if (!dryRun) {
      writePages(newPages);
    }
    if (!pages.isEmpty()) {
      out.printf(
          "%s%s: %d new, %d unchanged.%n",
          verb,
          count(pages.size(), "redirect page"),
          newPages.size(),
          pages.size() - newPages.size());
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
        "%s: %s and %s, %d new, %s%d unchanged; %d not imported.%n",
        count(plan.read(), plan.item()),
        count(plan.files().size() - maintenance, "incident"),
        count(maintenance, "maintenance window"),
        fresh.size(),
        updated.isEmpty() ? "" : updated.size() + " updated, ",
        plan.files().size() - fresh.size() - updated.size(),
        plan.skipped());
    if (plan.skipped() > 0) {
      terminal
          .err()
          .println(
              "outpost: "
                  + plan.skipped()
                  + " of the "
                  + plan.item().substring(plan.item().lastIndexOf(' ') + 1)
                  + "s could not be imported; the lines above say why. Fix them and run again:"
                  + " what is imported already stays as it is");
      return ExitCode.INVALID_INPUT.code();
    }
    return 0;
  }

  /** The config with the new components, or empty when there are none; refuses when unsafe. */
  private Optional<String> editConfig(ImportPlan plan) {
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
        ConfigEdit.add(
            text, sources.config, plan.groups(), plan.components(), "outpost " + command);
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

  private void write(
      List<FileChange> fresh, List<FileChange> updated, Optional<String> editedConfig) {
    try {
      Files.createDirectories(sources.incidents);
      for (FileChange file : fresh) {
        Files.writeString(
            file.file(), file.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      }
      for (FileChange file : updated) {
        Files.writeString(
            file.file(),
            file.text(),
            StandardCharsets.UTF_8,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
      }
      if (editedConfig.isPresent()) {
        Files.writeString(sources.config, editedConfig.get(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new OutpostException(ExitCode.IO_ERROR, "cannot write: " + e, e);
    }
  }

  private void writePages(List<FileChange> pages) {
    try {
      for (FileChange page : pages) {
        Files.createDirectories(page.file().getParent());
        Files.writeString(
            page.file(), page.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      }
    } catch (IOException e) {
      throw new OutpostException(ExitCode.IO_ERROR, "cannot write: " + e, e);
    }
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static void printRedirects(ImportPlan plan, SiteConfig config, LineWriter out) {
    if (plan.redirects().isEmpty()) {
      return;
    }
    String base = config.site().url().getPath();
    if (base == null || base.isEmpty()) {
      base = "/";
    } else if (!base.endsWith("/")) {
      base += "/";
    }
    out.println("Redirects from " + plan.source() + "'s pages to Outpost's:");
    for (ImportPlan.Redirect redirect : plan.redirects()) {
      out.println("  " + redirect.from() + " -> " + base + redirect.to());
    }
  }
}
