package dev.outpost.importer;

import dev.outpost.config.ConfigReader;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.config.yaml.YamlQuote;
import dev.outpost.model.Component;
import dev.outpost.model.ComponentGroup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds components and groups to {@code outpost.yml} as text, so that every comment and every other
 * line stays as the user wrote it: new entries go at the end of the top-level {@code components:}
 * and {@code groups:} lists, after a comment that marks them; a missing {@code groups:} list is
 * added before {@code components:}. The result is read back; when it is not a valid config with the
 * new entries (a list written in flow style, say), there is no edit and the caller shows the
 * entries to add by hand.
 */
public final class ConfigEdit {
  private ConfigEdit() {}

  /** The entries as lines to add under {@code groups:}. */
  public static List<String> groupLines(List<ComponentGroup> groups) {
    return groups.stream()
        .map(
            g ->
                "  - { id: "
                    + g.id()
                    + ", name: "
                    + YamlQuote.of(g.name())
                    + (g.description().isBlank()
                        ? ""
                        : ", description: " + YamlQuote.of(g.description()))
                    + " }")
        .toList();
  }

  /** The entries as lines to add under {@code components:}. */
  public static List<String> componentLines(List<Component> components) {
    return components.stream()
        .map(
            c ->
                "  - { id: "
                    + c.id()
                    + ", name: "
                    + YamlQuote.of(c.name())
                    + (c.description().isBlank()
                        ? ""
                        : ", description: " + YamlQuote.of(c.description()))
                    + (c.group() == null ? "" : ", group: " + c.group())
                    + " }")
        .toList();
  }

  /**
   * {@code text}, the config at {@code file}, with {@code groups} and {@code components} added
   * after a comment naming {@code command} (such as {@code outpost import cstate}); empty when that
   * cannot be done safely.
   */
  public static Optional<String> add(
      String text,
      Path file,
      List<ComponentGroup> groups,
      List<Component> components,
      String command) {
    String mark = "# Added by " + command;
    String eol = text.contains("\r\n") ? "\r\n" : "\n";
    List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").split("\n", -1)));
    if (!components.isEmpty() && !append(lines, "components", componentLines(components), mark)) {
      return Optional.empty();
    }
    if (!groups.isEmpty() && !append(lines, "groups", groupLines(groups), mark)) {
      int at = keyLine(lines, "components");
      if (at < 0 || keyLine(lines, "groups") >= 0) {
        return Optional.empty();
      }
      while (at > 0 && lines.get(at - 1).startsWith("#")) {
        at--; // the comments that introduce components: stay with it
      }
      List<String> block = new ArrayList<>();
      block.add("groups:");
      block.add("  " + mark);
      block.addAll(groupLines(groups));
      lines.addAll(at, block);
    }
    String edited = String.join(eol, lines);
    Problems problems = new Problems();
    Optional<SiteConfig> read = ConfigReader.parse(edited, file, problems);
    if (read.isEmpty() || !problems.isEmpty()) {
      return Optional.empty();
    }
    boolean complete =
        components.stream()
                .allMatch(
                    c -> read.get().components().stream().anyMatch(r -> r.id().equals(c.id())))
            && groups.stream()
                .allMatch(g -> read.get().groups().stream().anyMatch(r -> r.id().equals(g.id())));
    return complete ? Optional.of(edited) : Optional.empty();
  }

  /** Adds {@code items} at the end of the block list under the top-level {@code key}. */
  private static boolean append(List<String> lines, String key, List<String> items, String mark) {
    int at = keyLine(lines, key);
    if (at < 0) {
      return false;
    }
    int last = at;
    String indent = null;
    for (int i = at + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!line.startsWith(" ") && !line.startsWith("-")) {
        break;
      }
      Matcher item = Pattern.compile("^(\\s*)- ").matcher(line);
      if (indent == null && item.find()) {
        indent = item.group(1);
      }
      last = i;
    }
    String prefix = indent == null ? "  " : indent;
    List<String> block = new ArrayList<>();
    block.add(prefix + mark);
    items.forEach(item -> block.add(prefix + item.substring(2)));
    lines.addAll(last + 1, block);
    return true;
  }

  /** The index of the line {@code key:} with nothing after it but a comment, or -1. */
  private static int keyLine(List<String> lines, String key) {
    Pattern pattern = Pattern.compile("^" + key + ":\\s*(#.*)?$");
    for (int i = 0; i < lines.size(); i++) {
      if (pattern.matcher(lines.get(i)).matches()) {
        return i;
      }
    }
    return -1;
  }
}
