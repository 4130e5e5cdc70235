package dev.outpost.importer;

import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.importer.ImportPlan.FileChange;
import dev.outpost.importer.ImportPlan.Redirect;
import dev.outpost.model.Component;
import dev.outpost.model.Problem;
import dev.outpost.source.files.IncidentFileWriter;
import dev.outpost.source.github.LabelledIssues.Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Plans the import of an Upptime repository: the sites of its {@code .upptimerc.yml} as components,
 * its downtime issues as incidents and its maintenance issues as maintenance windows. Each file's
 * first line names the issue it came from, so a later import finds it (see {@link ImportMarks}).
 * Nothing is written here.
 */
public final class UpptimeImport {
  /** The labels of the issues an import reads: Upptime's downtime and maintenance issues. */
  public static final List<String> LABELS = List.of("status", "maintenance");

  private UpptimeImport() {}

  /**
   * Plans importing {@code issues} of {@code repository} ({@code owner/name}), with the sites of
   * {@code upptime}, into the site {@code config}, whose incident files are in {@code incidents}.
   *
   * @param configNotes what reading {@code .upptimerc.yml} noted
   */
  public static ImportPlan plan(
      UpptimeConfig upptime,
      Problems configNotes,
      String repository,
      List<Issue> issues,
      SiteConfig config,
      Path incidents) {
    List<Problem> notes = new ArrayList<>(configNotes.sorted());
    Sites sites = Sites.of(upptime, config);
    ImportMarks marks = new ImportMarks("# Imported from Upptime: ", "[A-Za-z0-9._/-]+#[0-9]+");
    Map<String, Path> existing = marks.existing(incidents, notes);
    Set<String> taken = new HashSet<>();
    try (Stream<Path> files = Files.isDirectory(incidents) ? Files.list(incidents) : Stream.of()) {
      files.forEach(f -> taken.add(f.getFileName().toString().toLowerCase(Locale.ROOT)));
    } catch (IOException e) {
      notes.add(new Problem(incidents.toString(), 0, 0, "cannot list: " + e.getMessage()));
    }
    UpptimeIssue.Context context =
        new UpptimeIssue.Context(sites::of, sites::id, sites::bySlug, config.github());
    record Found(Issue issue, UpptimeIssue.Mapped mapped) {}
    List<Found> found = new ArrayList<>();
    int skipped = 0;
    for (Issue issue : issues) {
      Notes issueNotes = Notes.collecting(issue.url());
      Optional<UpptimeIssue.Mapped> mapped = UpptimeIssue.map(issue, context, issueNotes);
      notes.addAll(issueNotes.list());
      if (mapped.isPresent()) {
        found.add(new Found(issue, mapped.get()));
      } else if (!"NOT_PLANNED".equals(issue.stateReason())) {
        skipped++;
      }
    }
    found.sort(
        Comparator.comparing((Found f) -> f.mapped().start())
            .thenComparingInt(f -> f.issue().number()));
    List<FileChange> files = new ArrayList<>();
    List<Redirect> redirects = new ArrayList<>();
    for (Found f : found) {
      String id = repository + "#" + f.issue().number();
      String text = marks.text(id, f.mapped().text());
      Path file = existing.get(id);
      if (file == null) {
        String base =
            f.mapped().start().atOffset(ZoneOffset.UTC).toLocalDate()
                + "-"
                + IncidentFileWriter.slug(f.mapped().title());
        String name = base;
        for (int n = 2; taken.contains(name + ".md"); n++) {
          name = base + "-" + n;
        }
        taken.add(name + ".md");
        file = incidents.resolve(name + ".md");
      }
      files.add(new FileChange(file, text, marks.change(file, text), f.mapped().maintenance()));
      String newName = file.getFileName().toString();
      newName = newName.substring(0, newName.length() - ".md".length());
      if (!f.mapped().maintenance()) {
        redirects.add(
            new Redirect(
                upptime.website() + "incident/" + f.issue().number(),
                "incidents/" + newName + "/"));
      }
    }
    for (UpptimeConfig.Site site : upptime.sites()) {
      redirects.add(
          new Redirect(
              upptime.website() + "history/" + site.slug(), "components/" + sites.id(site) + "/"));
    }
    return new ImportPlan(
        "Upptime",
        "Upptime issue",
        files,
        List.of(),
        sites.newComponents(),
        redirects,
        notes,
        skipped,
        issues.size());
  }

  /** Upptime's sites as Outpost's components, and how an issue names its site. */
  private record Sites(
      List<UpptimeConfig.Site> all,
      Map<UpptimeConfig.Site, String> ids,
      List<Component> newComponents) {

    static Sites of(UpptimeConfig upptime, SiteConfig config) {
      Map<String, String> byName = new HashMap<>();
      config.components().forEach(c -> byName.putIfAbsent(lower(c.name()), c.id()));
      Set<String> taken = new HashSet<>();
      config.components().forEach(c -> taken.add(c.id()));
      config.groups().forEach(g -> taken.add(g.id()));
      Map<UpptimeConfig.Site, String> ids = new HashMap<>();
      List<Component> added = new ArrayList<>();
      for (UpptimeConfig.Site site : upptime.sites()) {
        String id = byName.get(lower(site.name()));
        if (id == null) {
          String base =
              site.explicitSlug()
                  ? IncidentFileWriter.slug(site.slug())
                  : IncidentFileWriter.slug(site.name());
          id = base;
          for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
          }
          taken.add(id);
          byName.put(lower(site.name()), id);
          added.add(new Component(id, site.name(), "", null, null));
        }
        ids.put(site, id);
      }
      return new Sites(upptime.sites(), ids, added);
    }

    String id(UpptimeConfig.Site site) {
      return ids.get(site);
    }

    /** The site an issue is about: by the name in its title, else by a label that is its slug. */
    Optional<UpptimeConfig.Site> of(Issue issue) {
      Optional<String> name = UpptimeIssue.siteName(issue.title());
      if (name.isPresent()) {
        for (UpptimeConfig.Site site : all) {
          if (site.name().strip().equals(name.get())) {
            return Optional.of(site);
          }
        }
        for (UpptimeConfig.Site site : all) {
          if (lower(site.name()).equals(lower(name.get()))) {
            return Optional.of(site);
          }
        }
      }
      for (String label : issue.labels()) {
        Optional<UpptimeConfig.Site> site = bySlug(label);
        if (site.isPresent()) {
          return site;
        }
      }
      return Optional.empty();
    }

    Optional<UpptimeConfig.Site> bySlug(String slug) {
      return all.stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    private static String lower(String name) {
      return name.strip().toLowerCase(Locale.ROOT);
    }
  }
}
