package dev.outpost.source.files;

import dev.outpost.config.yaml.YamlQuote;
import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Impact;
import dev.outpost.model.IncidentState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Writes new incident and maintenance files in the format {@link IncidentFiles} reads. */
public final class IncidentFileWriter {
  private static final int MAX_SLUG = 60;

  /** The accents and other marks that decomposition splits from their letters. */
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  private IncidentFileWriter() {}

  /**
   * A new, ongoing incident.
   *
   * @param impact the declared impact, or {@code null} for the one its statuses imply
   */
  public record NewIncident(
      String title,
      Map<String, ComponentStatus> components,
      IncidentState state,
      String message,
      Instant started,
      Impact impact) {
    /** An incident whose impact its statuses imply. */
    public NewIncident(
        String title,
        Map<String, ComponentStatus> components,
        IncidentState state,
        String message,
        Instant started) {
      this(title, components, state, message, started, null);
    }
  }

  /** A new maintenance window. */
  public record NewMaintenance(
      String title,
      List<String> components,
      Instant start,
      Instant end,
      String message,
      Instant at) {}

  /** The text of an incident file. */
  public static String text(NewIncident incident) {
    StringBuilder out = new StringBuilder("---\n");
    out.append("title: ").append(YamlQuote.of(incident.title())).append('\n');
    out.append("components:\n");
    incident
        .components()
        .forEach(
            (id, status) ->
                out.append("  ").append(id).append(": ").append(status.id()).append('\n'));
    if (incident.impact() != null) {
      out.append("impact: ").append(incident.impact().id()).append('\n');
    }
    String started = time(incident.started());
    out.append("started: ").append(started).append('\n');
    out.append("updates:\n");
    out.append("  - at: ").append(started).append('\n');
    out.append("    state: ").append(incident.state().id()).append('\n');
    if (!incident.message().isBlank()) {
      out.append("    body: ").append(YamlQuote.of(incident.message())).append('\n');
    }
    return out.append("---\n").toString();
  }

  /** The text of a maintenance file. */
  public static String text(NewMaintenance maintenance) {
    StringBuilder out = new StringBuilder("---\n");
    out.append("title: ").append(YamlQuote.of(maintenance.title())).append('\n');
    out.append("components: [").append(String.join(", ", maintenance.components())).append("]\n");
    out.append("maintenance:\n");
    out.append("  start: ").append(time(maintenance.start())).append('\n');
    out.append("  end: ").append(time(maintenance.end())).append('\n');
    if (!maintenance.message().isBlank()) {
      out.append("updates:\n");
      out.append("  - at: ").append(time(maintenance.at())).append('\n');
      out.append("    body: ").append(YamlQuote.of(maintenance.message())).append('\n');
    }
    return out.append("---\n").toString();
  }

  /**
   * The text of an incident file with one more update that resolves it at {@code at} with {@code
   * message}, appended to its {@code updates} (which it adds when there are none). Everything else
   * in the file is kept as it is.
   *
   * @throws IllegalArgumentException when the file has no front matter, or its {@code updates} are
   *     written in flow style ({@code updates: [...]}), which cannot be extended line by line
   */
  public static String resolved(String text, Instant at, String message) {
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    List<String> lines = new java.util.ArrayList<>(List.of(text.split("\r?\n", -1)));
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      throw new IllegalArgumentException("it has no front matter");
    }
    int close = 1;
    while (close < lines.size() && !lines.get(close).strip().equals("---")) {
      close++;
    }
    if (close == lines.size()) {
      throw new IllegalArgumentException("its front matter is not closed");
    }
    int key = -1;
    for (int i = 1; i < close; i++) {
      if (lines.get(i).matches("updates\\s*:.*")) {
        key = i;
      }
    }
    String rest = key < 0 ? "" : lines.get(key).replaceFirst("updates\\s*:", "").strip();
    if (rest.startsWith("#")) {
      rest = "";
    }
    String indent = "  ";
    int insertAt;
    if (key < 0) {
      lines.add(close, "updates:");
      insertAt = close + 1;
    } else if (rest.equals("[]")) {
      lines.set(key, "updates:");
      insertAt = key + 1;
    } else if (!rest.isEmpty()) {
      throw new IllegalArgumentException(
          "its `updates` are written in flow style; write them as a list, one `- at:` a line");
    } else {
      insertAt = key + 1;
      boolean first = true;
      for (int i = key + 1; i < close; i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (!Character.isWhitespace(line.charAt(0)) && !line.startsWith("-")) {
          break;
        }
        if (first && line.strip().startsWith("-")) {
          indent = line.substring(0, line.indexOf('-'));
          first = false;
        }
        insertAt = i + 1;
      }
    }
    List<String> item = new java.util.ArrayList<>();
    item.add(indent + "- at: " + time(at));
    item.add(indent + "  state: resolved");
    if (!message.isBlank()) {
      item.add(indent + "  body: " + YamlQuote.of(message.strip()));
    }
    lines.addAll(insertAt, item);
    return String.join(newline, lines);
  }

  /**
   * Creates {@code <date>-<slug>.md} in {@code dir} with {@code text}, adding {@code -2}, {@code
   * -3}, … when that name is taken; never overwrites. Returns the file written.
   */
  public static Path create(Path dir, LocalDate date, String title, String text)
      throws IOException {
    Files.createDirectories(dir);
    String base = date + "-" + slug(title);
    for (int n = 1; ; n++) {
      Path file = dir.resolve(n == 1 ? base + ".md" : base + "-" + n + ".md");
      try {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return file;
      } catch (FileAlreadyExistsException taken) {
        // try the next name
      }
    }
  }

  /**
   * A file-name part from a title: lower-case ASCII letters and digits joined by dashes. Accented
   * letters keep their base letter ({@code État} gives {@code etat}), compatibility forms become
   * their plain letters ({@code ﬁ} gives {@code fi}), anything else separates words.
   */
  public static String slug(String title) {
    String slug =
        COMBINING_MARKS
            .matcher(Normalizer.normalize(title, Normalizer.Form.NFKD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_SLUG) {
      slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "incident" : slug;
  }

  private static String time(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
