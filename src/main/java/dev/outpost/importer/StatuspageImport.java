package dev.outpost.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.outpost.config.SiteConfig;
import dev.outpost.importer.ImportPlan.FileChange;
import dev.outpost.importer.ImportPlan.Redirect;
import dev.outpost.importer.StatuspageSource.Document;
import dev.outpost.model.Component;
import dev.outpost.model.ComponentGroup;
import dev.outpost.model.Problem;
import dev.outpost.source.files.IncidentFileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Plans the import of a Statuspage page, read as {@link StatuspageSource} documents: its components
 * and groups, and its incidents and scheduled maintenances as incident files. Each file's first
 * line names the Statuspage incident it came from and a digest of what the import wrote, so a later
 * import finds it by that id: it stays unchanged, is updated when Statuspage's incident changed and
 * the file did not, and is never overwritten once edited.
 */
public final class StatuspageImport {
  private static final ImportMarks MARKS =
      new ImportMarks("# Imported from Statuspage: incident ", "[A-Za-z0-9]+");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{1,64}");

  private StatuspageImport() {}

  /**
   * Plans importing {@code documents} into the site {@code config}, whose incident files are in
   * {@code incidents}, as they stood at {@code now}: what began later is left out, and what was
   * resolved later is ongoing.
   */
  public static ImportPlan plan(
      List<Document> documents, SiteConfig config, Path incidents, Instant now) {
    List<Problem> notes = new ArrayList<>();
    Components components = Components.of(documents, config, notes);
    Map<String, Found> found = incidents(documents, notes);
    Map<String, Path> existing = MARKS.existing(incidents, notes);
    Set<String> taken = new HashSet<>();
    try (Stream<Path> files = Files.isDirectory(incidents) ? Files.list(incidents) : Stream.of()) {
      files.forEach(f -> taken.add(f.getFileName().toString().toLowerCase(Locale.ROOT)));
    } catch (IOException e) {
      notes.add(new Problem(incidents.toString(), 0, 0, "cannot list: " + e.getMessage()));
    }
    String pageUrl = pageUrl(documents);
    List<Mapped> mapped = new ArrayList<>();
    int skipped = 0;
    for (Found incident : found.values()) {
      Notes fileNotes = Notes.collecting(incident.document());
      Optional<StatuspageIncident.Mapped> file =
          StatuspageIncident.map(incident.node(), components::idOf, now, fileNotes);
      notes.addAll(fileNotes.list());
      if (file.isEmpty()) {
        skipped++;
      } else {
        mapped.add(new Mapped(incident, file.get()));
      }
    }
    mapped.sort(
        Comparator.comparing((Mapped m) -> m.file().start()).thenComparing(m -> m.incident().id()));
    List<FileChange> changes = new ArrayList<>();
    List<Redirect> redirects = new ArrayList<>();
    for (Mapped m : mapped) {
      String id = m.incident().id();
      String rest = m.file().body();
      String text = MARKS.text(id, rest);
      Path file = existing.get(id);
      if (file == null) {
        String base =
            m.file().start().atOffset(ZoneOffset.UTC).toLocalDate()
                + "-"
                + IncidentFileWriter.slug(StatuspageIncident.text(m.incident().node(), "name"));
        String name = base;
        for (int n = 2; taken.contains(name + ".md"); n++) {
          name = base + "-" + n;
        }
        taken.add(name + ".md");
        file = incidents.resolve(name + ".md");
      }
      changes.add(new FileChange(file, text, MARKS.change(file, text), m.file().maintenance()));
      String newName = file.getFileName().toString();
      newName = newName.substring(0, newName.length() - ".md".length());
      redirects.add(new Redirect(pageUrl + "/incidents/" + id, "incidents/" + newName + "/"));
    }
    return new ImportPlan(
        "Statuspage",
        "Statuspage incident",
        changes,
        components.newGroups(),
        components.newComponents(),
        redirects,
        notes,
        skipped,
        found.size());
  }

  private record Found(String id, JsonNode node, String document, Instant updated) {}

  private record Mapped(Found incident, StatuspageIncident.Mapped file) {}

  /** Every incident and maintenance by id; of two copies, the one updated last (else the later). */
  private static Map<String, Found> incidents(List<Document> documents, List<Problem> notes) {
    Map<String, Found> found = new LinkedHashMap<>();
    for (Document document : documents) {
      List<JsonNode> nodes = new ArrayList<>();
      JsonNode root = document.root();
      if (root.isArray()) {
        root.forEach(nodes::add);
      } else {
        root.path("incidents").forEach(nodes::add);
        root.path("scheduled_maintenances").forEach(nodes::add);
      }
      for (JsonNode node : nodes) {
        String id = StatuspageIncident.text(node, "id");
        if (!node.isObject() || !ID.matcher(id).matches()) {
          notes.add(
              new Problem(
                  document.name(),
                  0,
                  0,
                  "an incident without an id of letters and digits (`"
                      + StatuspageIncident.shown(id)
                      + "`); not imported"));
          continue;
        }
        Instant updated = updated(node);
        Found earlier = found.get(id);
        if (earlier == null || !updated.isBefore(earlier.updated())) {
          found.put(id, new Found(id, node, document.name(), updated));
        }
      }
    }
    return found;
  }

  private static Instant updated(JsonNode node) {
    try {
      return OffsetDateTime.parse(StatuspageIncident.text(node, "updated_at")).toInstant();
    } catch (DateTimeParseException e) {
      return Instant.MIN;
    }
  }

  /** The page's address from a document's {@code page.url}, without a trailing slash; else "". */
  private static String pageUrl(List<Document> documents) {
    for (Document document : documents) {
      String url = StatuspageIncident.text(document.root().path("page"), "url");
      if (url.matches("https?://[^\\s\"<>]+")) {
        return url.replaceAll("/+$", "");
      }
    }
    return "";
  }

  /** Statuspage's components and groups as Outpost's. */
  private record Components(
      Map<String, String> ids, List<ComponentGroup> newGroups, List<Component> newComponents) {

    static Components of(List<Document> documents, SiteConfig config, List<Problem> notes) {
      Map<String, JsonNode> components = new LinkedHashMap<>();
      Map<String, JsonNode> groups = new LinkedHashMap<>();
      Map<String, String> source = new HashMap<>();
      for (Document document : documents) {
        JsonNode root = document.root();
        List<JsonNode> listed = new ArrayList<>();
        root.path("components").forEach(listed::add);
        List<JsonNode> incidents = new ArrayList<>();
        if (root.isArray()) {
          root.forEach(incidents::add);
        }
        root.path("incidents").forEach(incidents::add);
        root.path("scheduled_maintenances").forEach(incidents::add);
        for (JsonNode incident : incidents) {
          incident.path("components").forEach(listed::add);
        }
        for (JsonNode c : listed) {
          String id = StatuspageIncident.text(c, "id");
          if (!ID.matcher(id).matches() || StatuspageIncident.text(c, "name").isBlank()) {
            continue;
          }
          source.putIfAbsent(id, document.name());
          if (c.path("group").asBoolean(false)) {
            groups.putIfAbsent(id, c);
          } else {
            components.putIfAbsent(id, c);
          }
        }
        // Components an update names that no list holds (deleted since): by their name.
        for (JsonNode incident : incidents) {
          for (JsonNode update : incident.path("incident_updates")) {
            for (JsonNode affected : update.path("affected_components")) {
              String code = StatuspageIncident.text(affected, "code");
              if (ID.matcher(code).matches()
                  && !StatuspageIncident.text(affected, "name").isBlank()
                  && !groups.containsKey(code)) {
                source.putIfAbsent(code, document.name());
                components.putIfAbsent(
                    code,
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                        .objectNode()
                        .put("id", code)
                        .put("name", StatuspageIncident.text(affected, "name")));
              }
            }
          }
        }
      }
      Set<String> takenComponents = new HashSet<>();
      config.components().forEach(c -> takenComponents.add(c.id()));
      Set<String> takenGroups = new HashSet<>();
      config.groups().forEach(g -> takenGroups.add(g.id()));
      Map<String, List<Component>> componentsByName = new HashMap<>();
      config
          .components()
          .forEach(
              c ->
                  componentsByName.computeIfAbsent(lower(c.name()), k -> new ArrayList<>()).add(c));
      Map<String, String> groupByName = new HashMap<>();
      config.groups().forEach(g -> groupByName.putIfAbsent(lower(g.name()), g.id()));

      Map<String, String> groupIds = new HashMap<>();
      List<ComponentGroup> newGroups = new ArrayList<>();
      Set<String> componentSlugs = new HashSet<>();
      components
          .values()
          .forEach(
              c -> componentSlugs.add(IncidentFileWriter.slug(StatuspageIncident.text(c, "name"))));
      for (JsonNode g : groups.values()) {
        String name = StatuspageIncident.text(g, "name").strip();
        String id = groupByName.get(lower(name));
        if (id == null) {
          String slug = IncidentFileWriter.slug(name);
          if (takenComponents.contains(slug) || componentSlugs.contains(slug)) {
            slug = slug + "-group";
          }
          id = slug;
          for (int n = 2; takenGroups.contains(id); n++) {
            id = slug + "-" + n;
          }
          takenGroups.add(id);
          newGroups.add(
              new ComponentGroup(id, name, StatuspageIncident.text(g, "description").strip()));
        }
        groupIds.put(StatuspageIncident.text(g, "id"), id);
      }
      Map<String, String> ids = new HashMap<>();
      List<Component> newComponents = new ArrayList<>();
      for (JsonNode c : components.values()) {
        String code = StatuspageIncident.text(c, "id");
        String name = StatuspageIncident.text(c, "name").strip();
        String groupId = StatuspageIncident.text(c, "group_id");
        String group = groupId.isEmpty() ? null : groupIds.get(groupId);
        String id = existing(componentsByName.getOrDefault(lower(name), List.of()), group);
        if (id == null) {
          String slug = IncidentFileWriter.slug(name);
          id = slug;
          for (int n = 2; takenComponents.contains(id) || takenGroups.contains(id); n++) {
            id = slug + "-" + n;
          }
          if (!id.equals(slug)) {
            notes.add(
                new Problem(
                    source.get(code),
                    0,
                    0,
                    "component "
                        + code
                        + " would have the id `"
                        + slug
                        + "` of another component or a group; imported as `"
                        + id
                        + "`"));
          }
          takenComponents.add(id);
          if (!groupId.isEmpty() && group == null) {
            notes.add(
                new Problem(
                    source.get(code),
                    0,
                    0,
                    "component "
                        + code
                        + "'s group "
                        + StatuspageIncident.shown(groupId)
                        + " is in no document read; added without a group"));
          }
          newComponents.add(
              new Component(
                  id, name, StatuspageIncident.text(c, "description").strip(), group, null));
        }
        ids.put(code, id);
      }
      return new Components(ids, newGroups, newComponents);
    }

    /** The id of the config's component of a name: the one in {@code group}, else the only one. */
    private static String existing(List<Component> named, String group) {
      for (Component c : named) {
        if (java.util.Objects.equals(c.group(), group)) {
          return c.id();
        }
      }
      return named.size() == 1 ? named.get(0).id() : null;
    }

    Optional<String> idOf(String code) {
      return Optional.ofNullable(ids.get(code));
    }

    private static String lower(String name) {
      return name.strip().toLowerCase(Locale.ROOT);
    }
  }
}
