package dev.outpost.init;

import dev.outpost.config.SiteConfig;
import dev.outpost.config.yaml.YamlQuote;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a new status repository: {@code outpost.yml}, {@code incidents/}, the workflows that build
 * and validate it, and the issue forms. Never overwrites a file unless asked to.
 */
public final class Scaffold {
  /**
   * What to scaffold.
   *
   * @param url the public address of the page, ending in {@code /}
   * @param repository {@code owner/name}, or empty
   * @param components component ids to names, in order
   * @param action the action to use in workflows, such as {@code outpost-status/outpost@v1}
   */
  public record Settings(
      String title,
      String url,
      String timezone,
      String repository,
      Map<String, String> components,
      String action) {}

  /** One file of the scaffold, and whether it was written or an existing one kept. */
  public record Written(Path file, boolean kept) {}

  private Scaffold() {}

  /** The text of {@code outpost.yml}. */
  public static String config(Settings settings) {
    StringBuilder out = new StringBuilder();
    out.append("# The status page's configuration: every key is described in Outpost's README.\n");
    out.append("site:\n");
    out.append("  title: ").append(YamlQuote.of(settings.title())).append('\n');
    out.append("  url: ").append(YamlQuote.of(settings.url())).append('\n');
    out.append("  timezone: ").append(YamlQuote.of(settings.timezone())).append('\n');
    if (!settings.repository().isEmpty()) {
      out.append("github:\n");
      out.append("  repository: ").append(settings.repository()).append('\n');
    }
    out.append("components:\n");
    settings
        .components()
        .forEach(
            (id, name) ->
                out.append("  - id: ")
                    .append(id)
                    .append("\n    name: ")
                    .append(YamlQuote.of(name))
                    .append('\n'));
    return out.toString();
  }

  /** Writes every file into {@code dir}; existing files are kept unless {@code force}. */
  public static List<Written> write(Path dir, Settings settings, boolean force) throws IOException {
    List<Written> written = new ArrayList<>();
    written.add(write(dir.resolve("outpost.yml"), config(settings), force));
    written.add(write(dir.resolve("incidents/.gitkeep"), "", force));
    written.add(
        write(
            dir.resolve(".github/workflows/status.yml"), workflow("status.yml", settings), force));
    written.add(
        write(
            dir.resolve(".github/workflows/validate.yml"),
            workflow("validate.yml", settings),
            force));
    return written;
  }

  /** Writes the two issue forms from the config, replacing any earlier ones. */
  public static List<Written> writeForms(
      Path dir, SiteConfig config, String outage, String maintenance) throws IOException {
    IssueForms forms = new IssueForms(config, outage, maintenance);
    Path templates = dir.resolve(".github/ISSUE_TEMPLATE");
    return List.of(
        write(templates.resolve("outage.yml"), forms.outage(), true),
        write(templates.resolve("maintenance.yml"), forms.maintenance(), true));
  }

  private static Written write(Path file, String text, boolean force) throws IOException {
    if (Files.exists(file) && !force) {
      return new Written(file, true);
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return new Written(file, false);
  }

  private static String workflow(String name, Settings settings) {
    try (InputStream in = Scaffold.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing workflow template " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("${action}", settings.action());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
