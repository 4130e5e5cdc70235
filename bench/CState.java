import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the cState site that tells the same history as a folder written by {@code Generate.java},
 * for the benchmark's Hugo column: a {@code config.yml} with the same 20 components as cState
 * systems in the same 4 categories, and one {@code content/issues/*.md} per incident file, with
 * cState's front matter (title, date, resolved, resolvedWhen, severity, affected systems) and the
 * incident's updates, newest first, each as cState writes one ({@code *State* - text {{< track
 * "time" >}}}), then the incident's own text. A maintenance window is a {@code notice}; an incident
 * is {@code down} if any component had a major outage, else {@code disrupted}.
 *
 * <p>Run with {@code java bench/CState.java FOLDER SITE} after {@code java bench/Generate.java N
 * FOLDER}; it reads only the shape Generate.java writes.
 */
public final class CState {
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  /** One update: when, its state (empty for a maintenance note) and its text. */
  record Update(String at, String state, String body) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java bench/CState.java FOLDER SITE");
      System.exit(2);
    }
    Path from = Path.of(args[0]);
    Path site = Path.of(args[1]);
    Path issues = site.resolve("content/issues");
    Files.createDirectories(issues);
    Files.writeString(site.resolve("config.yml"), config(), StandardCharsets.UTF_8);
    int count = 0;
    try (Stream<Path> files = Files.list(from.resolve("incidents"))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".md")) {
          Files.writeString(issues.resolve(name), issue(Files.readString(file)), StandardCharsets.UTF_8);
          count++;
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    System.out.printf("wrote %d cState issues into %s%n", count, issues);
  }

  static String config() {
    StringBuilder s = new StringBuilder();
    s.append("# The cState twin of bench/Generate.java's site, written by bench/CState.java.\n");
    s.append("title: Benchmark Cloud Status\nbaseURL: https://bench.example/status/\n");
    s.append("languageCode: en\ndefaultContentLanguage: en\nbuildFuture: true\n");
    s.append("enableGitInfo: false\ntheme: cstate\npreserveTaxonomyNames: true\n");
    // Hugo stops a template that takes over 30 s; cState's history lists take longer on thousands
    // of issues.
    s.append("timeout: 3600s\n");
    s.append("taxonomies:\n  affected: affected\n");
    s.append("params:\n  categories:\n");
    for (String[] g : Generate.GROUPS) {
      s.append("    - name: ").append(g[1]).append('\n');
    }
    s.append("  systems:\n");
    for (String[] c : Generate.COMPONENTS) {
      s.append("    - name: \"").append(c[1]).append("\"\n");
      s.append("      description: \"The ").append(c[1]).append(" service.\"\n");
      s.append("      category: ").append(group(c[2])).append('\n');
    }
    // cState's example settings, as a site made from its template has them.
    s.append(
        """
          enableUptimeHistogram: true
          dateFormat: January 2, 2006 at 3:04 PM
          shortDateFormat: 15:04 — Jan 2
          useRelativeTime: true
          incidentHistoryFormat: "yearly"
          description: Ten years of synthetic incidents for the Outpost benchmark.
          incidentPostsPerPage: 5
          brand: "#0a0c0f"
          ok: "#008000"
          disrupted: "#cc4400"
          down: "#e60000"
          notice: "#24478f"
        outputs:
          page: [html, json]
          section: [html, json, rss]
          home: [html, json, rss, svg]
          term: [html, json, rss, svg]
        outputFormats:
          svg:
            isPlainText: true
            mediaType: image/svg+xml
        """);
    return s.toString();
  }

  static String group(String id) {
    for (String[] g : Generate.GROUPS) {
      if (g[0].equals(id)) {
        return g[1];
      }
    }
    throw new IllegalArgumentException("no group " + id);
  }

  /** The cState issue for the text of one incident or maintenance file. */
  static String issue(String text) {
    int close = text.indexOf("\n---\n", 4);
    String[] lines = text.substring(4, close).split("\n");
    String body = text.substring(close + 5);
    Map<String, String> keys = new LinkedHashMap<>();
    List<Update> updates = new ArrayList<>();
    List<String> affected = new ArrayList<>();
    boolean down = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("  - at: ")) {
        String at = line.substring(8);
        String state = "";
        StringBuilder said = new StringBuilder();
        for (i++; i < lines.length && !lines[i].startsWith("  - "); i++) {
          String l = lines[i];
          if (l.startsWith("    state: ")) {
            state = l.substring(11);
          } else if (l.startsWith("    body: |-")) {
            for (i++; i < lines.length && (lines[i].isEmpty() || lines[i].startsWith("      ")); i++) {
              said.append(lines[i].isEmpty() ? "" : lines[i].substring(6)).append('\n');
            }
            i--;
          } else if (l.startsWith("    body: ")) {
            said.append(l.substring(10));
          }
        }
        i--;
        updates.add(new Update(at, state, said.toString().strip()));
      } else if (line.startsWith("components: ")) {
        String list = line.substring(12).replaceAll("[{}\\[\\]]", "");
        for (String part : list.split(",")) {
          String id = part.strip().split(":")[0].strip();
          affected.add(Generate.name(id));
          down |= part.contains("major_outage");
        }
      } else if (line.startsWith("  start: ") || line.startsWith("  end: ")) {
        keys.put(line.strip().split(":")[0], line.substring(line.indexOf(':') + 2));
      } else if (!line.startsWith(" ") && line.contains(": ")) {
        keys.put(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 2));
      }
    }
    boolean maintenance = keys.containsKey("start");
    String date = maintenance ? keys.get("start") : keys.get("started");
    String end = maintenance ? keys.get("end") : keys.get("resolved");
    boolean over = end != null && Instant.parse(end).isBefore(Generate.NOW);
    StringBuilder s = new StringBuilder("---\n");
    s.append("title: \"").append(keys.get("title")).append("\"\n");
    s.append("date: ").append(time(date)).append('\n');
    s.append("resolved: ").append(over).append('\n');
    if (end != null) {
      s.append("resolvedWhen: ").append(time(end)).append('\n');
    }
    s.append("severity: ").append(maintenance ? "notice" : down ? "down" : "disrupted").append('\n');
    s.append("affected:\n");
    for (String name : affected) {
      s.append("  - \"").append(name).append("\"\n");
    }
    s.append("section: issue\n---\n\n");
    for (int u = updates.size() - 1; u >= 0; u--) {
      Update update = updates.get(u);
      String state = update.state().isEmpty() ? "Update" : capital(update.state());
      s.append('*').append(state).append("* - ").append(update.body());
      s.append(" {{< track \"").append(time(update.at())).append("\" >}}\n\n");
    }
    return s.append(body).toString();
  }

  static String time(String iso) {
    return TIME.format(Instant.parse(iso));
  }

  static String capital(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
