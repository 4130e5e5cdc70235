package dev.outpost.importer;

import dev.outpost.config.Problems;
import dev.outpost.config.yaml.Location;
import dev.outpost.config.yaml.Yaml;
import dev.outpost.config.yaml.YamlList;
import dev.outpost.config.yaml.YamlMap;
import dev.outpost.config.yaml.YamlNode;
import dev.outpost.config.yaml.YamlQuote;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** One {@code content/issues/*.md} of cState as the text of an Outpost incident file. */
final class CstateIssue {
  /** The keys read; any other is noted as not carried over. */
  private static final Set<String> READ =
      Set.of(
          "title",
          "date",
          "resolved",
          "resolvedWhen",
          "severity",
          "affected",
          "section",
          "informational",
          "slug",
          "url",
          "draft");

  /**
   * What the import needs to know beyond the file.
   *
   * @param zone the zone of times without an offset
   * @param now after this only a maintenance window may lie
   * @param component the Outpost component id of an affected system's name, if any
   */
  record Context(ZoneId zone, Instant now, Function<String, Optional<String>> component) {}

  /**
   * The file to write for a post.
   *
   * @param text the whole incident file
   * @param maintenance whether it is a maintenance window
   * @param oldPath the post's path on the cState site, relative to its base, such as {@code
   *     issues/2018-06-25-x/}
   */
  record Mapped(String text, boolean maintenance, String oldPath) {}

  private final String slugName;
  private final String fileName;
  private final Context context;
  private final Notes notes;
  private YamlMap front;

  private CstateIssue(String slugName, Context context, Notes notes) {
    this.slugName = slugName;
    this.fileName = slugName + ".md";
    this.context = context;
    this.notes = notes;
  }

  /**
   * Maps the post {@code text}, from the file {@code name} (without {@code .md}); empty, with the
   * reason noted, when it cannot be imported.
   */
  static Optional<Mapped> map(String name, String text, Context context, Notes notes) {
    return new CstateIssue(name, context, notes).map(text);
  }

  private Optional<Mapped> map(String text) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    content = content.replace("\r\n", "\n");
    String[] lines = content.split("\n", -1);
    if (lines[0].strip().equals("+++")) {
      notes.at(1, 1, "TOML front matter is not read; convert it to YAML between `---` lines");
      return Optional.empty();
    }
    if (!lines[0].strip().equals("---")) {
      notes.at(1, 1, "no front matter: the file does not start with a `---` line");
      return Optional.empty();
    }
    int close = 1;
    while (close < lines.length && !lines[close].strip().equals("---")) {
      close++;
    }
    if (close == lines.length) {
      notes.at(1, 1, "the front matter is not closed by a `---` line");
      return Optional.empty();
    }
    String yaml = String.join("\n", List.of(lines).subList(1, close));
    Problems problems = new Problems();
    Optional<YamlNode> root = Yaml.parse(yaml, 1, notes.path(), problems);
    problems.sorted().forEach(p -> notes.at(p.line(), p.column(), p.message()));
    if (root.isEmpty()) {
      return Optional.empty();
    }
    if (!(root.get() instanceof YamlMap map)) {
      notes.at(2, 1, "the front matter is not a map of keys");
      return Optional.empty();
    }
    front = map;
    String body = String.join("\n", List.of(lines).subList(close + 1, lines.length));
    return mapFront(body, close + 2);
  }

  private Optional<Mapped> mapFront(String body, int bodyLine) {
    for (YamlMap.Entry entry : front.entries()) {
      if (!READ.contains(entry.key())) {
        note(
            entry.keyLocation(), "`" + entry.key() + "` has no place in Outpost; not carried over");
      }
    }
    if ("true".equals(text("draft"))) {
      notes.at(line("draft"), 1, "a draft, which Hugo does not publish; not imported");
      return Optional.empty();
    }
    String section = text("section");
    if (!section.isEmpty() && !section.equals("issue")) {
      note(location("section"), "section `" + section + "` read as an issue");
    }
    String title = text("title");
    if (title.isEmpty()) {
      notes.at(0, 0, "no title; not imported");
      return Optional.empty();
    }
    Optional<Instant> date = time("date");
    if (date.isEmpty()) {
      notes.at(
          line("date"),
          1,
          "no date we can read; not imported (add `date:` with the time it began)");
      return Optional.empty();
    }
    boolean informational = "true".equals(text("informational"));
    String severity = text("severity").toLowerCase(Locale.ROOT);
    Optional<Instant> resolvedWhen = time("resolvedWhen");
    boolean resolvedFlag = "true".equals(text("resolved"));
    Instant started = date.get();
    List<String> components = components();

    boolean ends = resolvedWhen.isPresent() && resolvedWhen.get().isAfter(started);
    boolean future = started.isAfter(context.now());
    if (!informational && ends && (severity.equals("notice") || future)) {
      return Optional.of(
          maintenance(title, components, started, resolvedWhen.get(), body, bodyLine));
    }
    if (future) {
      notes.at(
          line("date"),
          1,
          "dated after now and without a later resolvedWhen to end a maintenance window; not"
              + " imported");
      return Optional.empty();
    }
    Instant resolved = null;
    if (informational) {
      resolved = started;
    } else if (resolvedWhen.isPresent()) {
      resolved = resolvedWhen.get();
      if (resolved.isBefore(started)) {
        note(location("resolvedWhen"), "resolvedWhen is before date; resolved at date instead");
        resolved = started;
      } else if (resolved.isAfter(context.now())) {
        note(location("resolvedWhen"), "resolvedWhen is after now; read as still ongoing");
        resolved = null;
      }
      if (!resolvedFlag && resolved != null) {
        note(location("resolvedWhen"), "resolvedWhen without `resolved: true`; read as resolved");
      }
    } else if (resolvedFlag) {
      notes.at(line("resolved"), 1, "resolved without resolvedWhen; resolved at its last update");
    } else {
      notes.at(line("date"), 1, "not resolved: imported as an ongoing incident");
    }
    Instant to = resolved != null ? resolved : context.now();
    Body.Split split = Body.split(body, bodyLine, context.zone(), started, to, notes);
    if (resolved == null && resolvedFlag && !informational) {
      resolved =
          split.updates().stream().map(Body.Update::at).max(Instant::compareTo).orElse(started);
    }
    String status = informational ? "operational" : status(severity);
    StringBuilder out = header(title);
    if (components.isEmpty()) {
      out.append("components: {}\n");
    } else {
      out.append("components:\n");
      components.forEach(
          id -> out.append("  ").append(id).append(": ").append(status).append('\n'));
    }
    if (informational) {
      out.append("impact: none\n");
    }
    out.append("started: ").append(started).append('\n');
    if (resolved != null) {
      out.append("resolved: ").append(resolved).append('\n');
    }
    List<Updates.Stated> updates = Updates.stated(split.updates(), resolved);
    if (!updates.isEmpty()) {
      out.append("updates:\n");
      for (Updates.Stated update : updates) {
        out.append("  - at: ").append(update.at()).append('\n');
        out.append("    state: ").append(update.state()).append('\n');
        if (!update.body().isBlank()) {
          out.append("    body: ").append(YamlQuote.of(update.body())).append('\n');
        }
      }
    }
    return Optional.of(new Mapped(finish(out, split.rest()), false, oldPath()));
  }

  private Mapped maintenance(
      String title, List<String> components, Instant start, Instant end, String body, int line) {
    String rest = Body.rest(body, line, context.zone(), notes);
    StringBuilder out = header(title);
    out.append("components: [").append(String.join(", ", components)).append("]\n");
    out.append("maintenance:\n");
    out.append("  start: ").append(start).append('\n');
    out.append("  end: ").append(end).append('\n');
    return new Mapped(finish(out, rest), true, oldPath());
  }

  private StringBuilder header(String title) {
    StringBuilder out = new StringBuilder("---\n");
    out.append("# Imported from cState: content/issues/").append(fileName).append('\n');
    out.append("title: ").append(YamlQuote.of(title)).append('\n');
    return out;
  }

  private static String finish(StringBuilder out, String rest) {
    out.append("---\n");
    if (!rest.isBlank()) {
      out.append(rest).append('\n');
    }
    return out.toString();
  }

  private String status(String severity) {
    return switch (severity) {
      case "down" -> "major_outage";
      case "disrupted" -> "partial_outage";
      case "notice" -> "degraded_performance";
      default -> {
        note(
            location("severity"),
            severity.isEmpty()
                ? "no severity; read as disrupted (partial_outage)"
                : "unknown severity `" + severity + "`; read as disrupted (partial_outage)");
        yield "partial_outage";
      }
    };
  }

  /** The Outpost ids of the affected systems, in the order written; unknown ones noted. */
  private List<String> components() {
    Optional<YamlMap.Entry> entry = front.entry("affected");
    List<YamlNode> items = new ArrayList<>();
    if (entry.isPresent()) {
      if (entry.get().value() instanceof YamlList list) {
        items.addAll(list.items());
      } else if (!CstateConfig.text(entry.get().value()).isEmpty()) {
        items.add(entry.get().value());
      }
    }
    Map<String, Boolean> ids = new LinkedHashMap<>();
    for (YamlNode item : items) {
      String name = CstateConfig.text(item);
      Optional<String> id = context.component().apply(name);
      if (id.isPresent()) {
        ids.put(id.get(), true);
      } else {
        note(
            item.location(),
            "affected system `" + name + "` is not one of config.yml's systems; left out");
      }
    }
    return List.copyOf(ids.keySet());
  }

  private String oldPath() {
    String url = text("url");
    if (!url.isEmpty()) {
      String path = url.startsWith("/") ? url.substring(1) : url;
      return path.isEmpty() || path.endsWith("/") ? path : path + "/";
    }
    String slug = text("slug");
    return "issues/" + (slug.isEmpty() ? slugName : slug).toLowerCase(Locale.ROOT) + "/";
  }

  private Optional<Instant> time(String key) {
    String written = text(key);
    if (written.isEmpty()) {
      return Optional.empty();
    }
    Optional<Instant> time = CstateTimes.parse(written, context.zone());
    if (time.isEmpty()) {
      note(location(key), "`" + key + "` `" + written + "` is not a time we can read");
    }
    return time;
  }

  private String text(String key) {
    return front.entry(key).map(e -> CstateConfig.text(e.value())).orElse("");
  }

  private Location location(String key) {
    return front.entry(key).map(e -> e.keyLocation()).orElse(Location.FILE);
  }

  private int line(String key) {
    return location(key).line();
  }

  private void note(Location at, String message) {
    notes.at(at.line(), at.column(), message);
  }
}
