package dev.outpost.importer;

import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.importer.ImportPlan.Change;
import dev.outpost.importer.ImportPlan.FileChange;
import dev.outpost.importer.ImportPlan.Redirect;
import dev.outpost.model.Component;
import dev.outpost.model.ComponentGroup;
import dev.outpost.model.Problem;
import dev.outpost.source.files.IncidentFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Plans the import of a cState site into an Outpost one: the incident files to write, the
 * components and groups to add, the redirects from old pages to new ones, and a note for everything
 * that could not be carried over as it was. Nothing is written here.
 */
public final class CstateImport {
  private CstateImport() {}

  /**
   * Plans importing the cState site in {@code source} into the site {@code config}, whose incident
   * files are in {@code incidents}, as of {@code now}.
   */
  public static ImportPlan plan(Path source, SiteConfig config, Path incidents, Instant now) {
    Problems configNotes = new Problems();
    CstateConfig cstate = CstateConfig.read(source, configNotes);
    List<Problem> notes = new ArrayList<>(configNotes.sorted());
    Components components = Components.of(cstate, config, notes);
    Path issues = source.resolve("content").resolve("issues");
    List<Path> posts = posts(issues, notes);
    CstateIssue.Context context = new CstateIssue.Context(cstate.zone(), now, components::idOf);
    List<FileChange> files = new ArrayList<>();
    List<Redirect> redirects = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    int skipped = 0;
    for (Path post : posts) {
      String name = post.getFileName().toString();
      name = name.substring(0, name.length() - ".md".length());
      Notes fileNotes = Notes.collecting(post.toString());
      String slugName = name;
      Optional<CstateIssue.Mapped> mapped =
          read(post, fileNotes)
              .flatMap(text -> CstateIssue.map(slugName, text, context, fileNotes));
      if (mapped.isEmpty()) {
        notes.addAll(fileNotes.list());
        skipped++;
        continue;
      }
      String id = id(name, taken, fileNotes);
      notes.addAll(fileNotes.list());
      Path file = incidents.resolve(id + ".md");
      String text = mapped.get().text();
      files.add(new FileChange(file, text, change(file, text), mapped.get().maintenance()));
      redirects.add(
          new Redirect(cstate.basePath() + mapped.get().oldPath(), "incidents/" + id + "/"));
    }
    return new ImportPlan(
        "cState",
        "cState post",
        files,
        components.newGroups(),
        components.newComponents(),
        redirects,
        notes,
        skipped,
        posts.size());
  }

  /** The id of a post's file: its name as Outpost writes names, unique, never {@code gh-<n>}. */
  private static String id(String name, Set<String> taken, Notes notes) {
    String base = IncidentFileWriter.slug(name);
    if (base.matches("gh-[0-9]+")) {
      base = "cstate-" + base;
    }
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    if (!id.equals(name)) {
      notes.file("written as " + id + ".md");
    }
    return id;
  }

  private static Change change(Path file, String text) {
    if (!Files.exists(file)) {
      return Change.NEW;
    }
    try {
      String existing = Files.readString(file, StandardCharsets.UTF_8);
      return existing.equals(text) ? Change.UNCHANGED : Change.CONFLICT;
    } catch (IOException e) {
      return Change.CONFLICT;
    }
  }

  private static Optional<String> read(Path post, Notes notes) {
    try {
      return Optional.of(Files.readString(post, StandardCharsets.UTF_8));
    } catch (IOException e) {
      notes.file("cannot read: " + e.getMessage() + "; not imported");
      return Optional.empty();
    }
  }

  private static List<Path> posts(Path issues, List<Problem> notes) {
    if (!Files.isDirectory(issues)) {
      notes.add(new Problem(issues.toString(), 0, 0, "no such folder: no issues to import"));
      return List.of();
    }
    try (Stream<Path> files = Files.list(issues)) {
      return files
          .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
          .filter(f -> !f.getFileName().toString().startsWith("_index"))
          .filter(f -> readable(f, notes))
          .sorted()
          .toList();
    } catch (IOException e) {
      notes.add(new Problem(issues.toString(), 0, 0, "cannot list: " + e.getMessage()));
      return List.of();
    }
  }

  /** Whether {@code post} is a plain file; a symbolic link is not followed, and noted. */
  private static boolean readable(Path post, List<Problem> notes) {
    if (Files.isSymbolicLink(post)) {
      notes.add(new Problem(post.toString(), 0, 0, "a symbolic link; not followed, not imported"));
      return false;
    }
    return Files.isRegularFile(post, LinkOption.NOFOLLOW_LINKS);
  }

  /** cState's systems and categories as Outpost components and groups. */
  private record Components(
      Map<String, String> byName,
      Map<String, String> byLowerName,
      Set<String> existing,
      List<ComponentGroup> newGroups,
      List<Component> newComponents) {
    static Components of(CstateConfig cstate, SiteConfig config, List<Problem> notes) {
      Set<String> componentIds = new HashSet<>();
      config.components().forEach(c -> componentIds.add(c.id()));
      Set<String> groupIds = new HashSet<>();
      config.groups().forEach(g -> groupIds.add(g.id()));
      Map<String, String> groupOf = new HashMap<>();
      List<ComponentGroup> newGroups = new ArrayList<>();
      Map<String, CstateConfig.Category> categories = new HashMap<>();
      cstate.categories().forEach(c -> categories.putIfAbsent(c.name(), c));
      Set<String> systemIds = new HashSet<>();
      cstate.systems().forEach(s -> systemIds.add(IncidentFileWriter.slug(s.name())));
      Map<String, String> byName = new HashMap<>();
      Map<String, String> byLower = new HashMap<>();
      List<Component> newComponents = new ArrayList<>();
      Map<String, String> componentByName = new HashMap<>();
      config.components().forEach(c -> componentByName.putIfAbsent(lower(c.name()), c.id()));
      config.groups().forEach(g -> groupOf.putIfAbsent(g.name(), g.id()));
      config.groups().forEach(g -> groupOf.putIfAbsent(lower(g.name()), g.id()));
      Set<String> newIds = new HashSet<>();
      for (CstateConfig.System system : cstate.systems()) {
        String id = componentByName.get(lower(system.name()));
        if (id == null) {
          String slug = IncidentFileWriter.slug(system.name());
          id = slug;
          // Another new system, or a group, may already have this id: never merge them.
          for (int n = 2; newIds.contains(id) || groupIds.contains(id); n++) {
            id = slug + "-" + n;
          }
          if (!id.equals(slug)) {
            notes.add(
                new Problem(
                    "config.yml",
                    0,
                    0,
                    "system `"
                        + system.name()
                        + "` would have the id `"
                        + slug
                        + "` of another system or a group; imported as `"
                        + id
                        + "`"));
          }
        }
        newIds.add(id);
        byName.put(system.name(), id);
        byLower.putIfAbsent(system.name().toLowerCase(Locale.ROOT), id);
        if (componentIds.contains(id)) {
          continue;
        }
        String group = null;
        CstateConfig.Category category = categories.get(system.category());
        if (category != null && !category.untitled()) {
          group = groupOf.getOrDefault(category.name(), groupOf.get(lower(category.name())));
          if (group == null) {
            group = IncidentFileWriter.slug(category.name());
            if (componentIds.contains(group) || systemIds.contains(group)) {
              group = group + "-group";
            }
            groupOf.put(category.name(), group);
            if (!groupIds.contains(group)) {
              groupIds.add(group);
              newGroups.add(new ComponentGroup(group, category.name(), category.description()));
            }
          }
        }
        componentIds.add(id);
        newComponents.add(new Component(id, system.name(), system.description(), group, null));
      }
      return new Components(byName, byLower, componentIds, newGroups, newComponents);
    }

    private static String lower(String name) {
      return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The id of an affected system's name: a system's, else an Outpost component's. */
    Optional<String> idOf(String name) {
      String id = byName.get(name);
      if (id == null) {
        id = byLowerName.get(name.toLowerCase(Locale.ROOT));
      }
      if (id == null && existing.contains(IncidentFileWriter.slug(name))) {
        id = IncidentFileWriter.slug(name);
      }
      return Optional.ofNullable(id);
    }
  }
}
