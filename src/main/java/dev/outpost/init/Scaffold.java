package dev.outpost.init;

import dev.outpost.config.GitHubSettings;
import dev.outpost.config.IncidentTemplate;
import dev.outpost.config.Notifications;
import dev.outpost.config.SiteConfig;
import dev.outpost.config.yaml.YamlQuote;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A new status repository: {@code outpost.yml}, {@code incidents/}, the workflows that build and
 * validate it (every action in them pinned to a commit, see {@link ActionPins}, unless asked not
 * to), a Dependabot configuration that keeps those pins current, the issue forms and a {@code
 * .gitignore} for the built site. Every file is planned and checked before any is written, and none
 * is overwritten unless asked to.
 */
public final class Scaffold {
  /** The line {@code .gitignore} gets, so that a site built locally is never committed. */
  static final String IGNORED = "_site/";

  /**
   * {@code .github/dependabot.yml}: Dependabot proposes a pull request when an action the workflows
   * use has a new release, updating the pinned commit and the version in its comment.
   */
  static final String DEPENDABOT =
      """
      # Dependabot proposes a pull request each week when an action that the workflows use has a new
      # release, with the new commit pinned and its version in the comment after it.
      version: 2
      updates:
        - package-ecosystem: github-actions
          directory: /
          schedule:
            interval: weekly
      """;

  private static final Set<String> IGNORES_SITE = Set.of("_site", "_site/", "/_site", "/_site/");

  /**
   * What to scaffold.
   *
   * @param url the public address of the page, ending in {@code /}
   * @param repository {@code owner/name}, or empty
   * @param components component ids to names, in order
   * @param since the day the components are measured from (each one's {@code since:}), so that a
   *     new page shows no uptime it never measured
   * @param action the action to use in workflows, such as {@code outpost-status/outpost@v1}
   */
  public record Settings(
      String title,
      String url,
      String timezone,
      String repository,
      Map<String, String> components,
      LocalDate since,
      String action) {}

  /** What happens to a file. */
  public enum Change {
    /** Written, new or replacing the one there. */
    WRITE,
    /** Left as it is. */
    KEEP,
    /** Its text added at the end of the file there. */
    APPEND,
    /** Removed: a form Outpost wrote for a template that is no longer in the config. */
    DELETE
  }

  /** One file of the scaffold: its text (for {@link Change#APPEND}, the lines to add). */
  public record File(Path path, String text, Change change) {}

  private Scaffold() {}

  /** The text of {@code outpost.yml}. */
  public static String config(Settings settings) {
    StringBuilder out = new StringBuilder();
    out.append("# The status page's configuration. Every key, with its default, is described in\n");
    out.append("# https://github.com/outpost-status/outpost/blob/main/docs/configuration.md\n");
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
                    .append("\n    since: ")
                    .append(settings.since())
                    .append('\n'));
    return out.toString();
  }

  /**
   * Every file of a status repository in {@code dir}. Existing files are kept unless {@code force};
   * {@code .gitignore} only ever gets {@code _site/} added.
   *
   * @param configText the text of {@code outpost.yml}, or {@code null} to keep the one there
   * @param config the config the issue forms list the components of
   * @param pinned whether the workflows pin each action to a commit, or name its tag
   * @param app whether the status workflow gives the Action a GitHub App (always so when the config
   *     has {@code github.repositories})
   */
  public static List<File> plan(
      Path dir,
      String configText,
      SiteConfig config,
      String action,
      boolean pinned,
      boolean force,
      boolean app)
      throws IOException {
    List<File> files = new ArrayList<>();
    Path configFile = dir.resolve("outpost.yml");
    files.add(
        configText == null
            ? new File(configFile, "", Change.KEEP)
            : file(configFile, configText, force));
    files.add(file(dir.resolve("incidents/.gitkeep"), "", force));
    files.add(
        file(
            dir.resolve(".github/workflows/status.yml"),
            statusWorkflow(
                config, action, pinned, app || !config.github().repositories().isEmpty()),
            force));
    for (String name : List.of("validate.yml", "checks.yml", "alerts.yml")) {
      files.add(
          file(
              dir.resolve(".github/workflows").resolve(name),
              workflow(name, action, pinned),
              force));
    }
    files.add(file(dir.resolve(".github/dependabot.yml"), DEPENDABOT, force));
    files.addAll(forms(dir, config, force));
    files.add(gitignore(dir.resolve(".gitignore")));
    return files;
  }

  /** Where {@code outpost init --relay} writes the relay, under a service repository. */
  public static final String RELAY = ".github/workflows/outpost-relay.yml";

  /**
   * The files of a relay in a service repository {@code dir}: the workflow that starts the build of
   * {@code statusRepository} when an issue here concerns an outage, maintenance or notice, and the
   * Dependabot configuration that keeps its pins current. Existing files are kept unless {@code
   * force}.
   *
   * @param labels the status page's labels, which the relay watches
   * @param statusRepository the status page's repository, {@code owner/name}
   */
  public static List<File> relay(
      Path dir,
      GitHubSettings.Labels labels,
      String statusRepository,
      boolean pinned,
      boolean force) {
    return List.of(
        file(dir.resolve(RELAY), relayWorkflow(labels, statusRepository, pinned), force),
        file(dir.resolve(".github/dependabot.yml"), DEPENDABOT, force));
  }

  /**
   * The relay workflow for {@code statusRepository} ({@code owner/name}), watching {@code labels},
   * with every action pinned to a commit or, unless {@code pinned}, named by its tag.
   */
  public static String relayWorkflow(
      GitHubSettings.Labels labels, String statusRepository, boolean pinned) {
    int slash = statusRepository.indexOf('/');
    return workflow("relay.yml", "", pinned)
        .replace("${outage}", quoted(labels.outage()))
        .replace("${maintenance}", quoted(labels.maintenance()))
        .replace("${notice}", quoted(labels.notice()))
        .replace("${status}", statusRepository)
        .replace("${owner}", statusRepository.substring(0, slash))
        .replace("${name}", statusRepository.substring(slash + 1));
  }

  /**
   * The issue forms from the config: the outage and maintenance forms, kept when there unless
   * {@code force}, and one form per incident template ({@code template-<id>.yml}), always written.
   * A form Outpost wrote (see {@link IssueForms#TEMPLATE_MARKER}) for a template no longer in the
   * config is deleted; no other file is.
   */
  public static List<File> forms(Path dir, SiteConfig config, boolean force) throws IOException {
    IssueForms forms =
        new IssueForms(
            config, config.github().labels().outage(), config.github().labels().maintenance());
    Path folder = dir.resolve(FORMS);
    List<File> files = new ArrayList<>();
    files.add(file(folder.resolve("outage.yml"), forms.outage(), force));
    files.add(file(folder.resolve("maintenance.yml"), forms.maintenance(), force));
    Set<Path> current = new java.util.HashSet<>();
    for (IncidentTemplate template : config.templates()) {
      Path path = folder.resolve(templateForm(template.id()));
      current.add(path);
      files.add(new File(path, forms.template(template), Change.WRITE));
    }
    if (Files.isDirectory(folder)) {
      try (var listing = Files.list(folder)) {
        for (Path path : listing.sorted().toList()) {
          if (!current.contains(path) && writtenByOutpost(path)) {
            files.add(new File(path, "", Change.DELETE));
          }
        }
      }
    }
    return files;
  }

  /** Where the issue forms go, under the repository. */
  static final String FORMS = ".github/ISSUE_TEMPLATE";

  /** The file name of the form of the template {@code id}. */
  public static String templateForm(String id) {
    return "template-" + id + ".yml";
  }

  /** Whether {@code path} is a regular file that starts with {@link IssueForms#TEMPLATE_MARKER}. */
  static boolean writtenByOutpost(Path path) throws IOException {
    if (!Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (var reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return IssueForms.TEMPLATE_MARKER.equals(reader.readLine());
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  /**
   * What stands in the way of writing {@code files}: a file where a folder must go, or a folder
   * where a file must go. Empty when all of them can be written.
   */
  public static List<String> obstacles(List<File> files) throws IOException {
    List<String> obstacles = new ArrayList<>();
    for (File file : files) {
      if (file.change() == Change.KEEP || file.change() == Change.DELETE) {
        continue;
      }
      if (file.text().startsWith(IssueForms.TEMPLATE_MARKER)
          && Files.exists(file.path(), java.nio.file.LinkOption.NOFOLLOW_LINKS)
          && !Files.isDirectory(file.path())
          && !writtenByOutpost(file.path())) {
        obstacles.add(
            file.path()
                + ": is not a form Outpost wrote, so it stays; rename it, or give the template"
                + " another id");
        continue;
      }
      if (Files.isDirectory(file.path())) {
        obstacles.add(file.path() + ": is a folder, where the file must go");
      }
      for (Path parent = file.path().getParent(); parent != null; parent = parent.getParent()) {
        if (Files.exists(parent) && !Files.isDirectory(parent)) {
          String obstacle = parent + ": is a file, where a folder must go";
          if (!obstacles.contains(obstacle)) {
            obstacles.add(obstacle);
          }
          break;
        }
      }
    }
    return obstacles;
  }

  /** Writes the files that are not kept. */
  public static void write(List<File> files) throws IOException {
    for (File file : files) {
      switch (file.change()) {
        case KEEP -> {}
        case DELETE -> Files.delete(file.path());
        case WRITE -> {
          Files.createDirectories(file.path().getParent());
          Files.writeString(file.path(), file.text(), StandardCharsets.UTF_8);
        }
        case APPEND -> {
          String there = Files.readString(file.path(), StandardCharsets.UTF_8);
          String joint = there.isEmpty() || there.endsWith("\n") ? "" : "\n";
          Files.writeString(file.path(), there + joint + file.text(), StandardCharsets.UTF_8);
        }
      }
    }
  }

  private static File file(Path path, String text, boolean force) {
    return new File(path, text, Files.exists(path) && !force ? Change.KEEP : Change.WRITE);
  }

  private static File gitignore(Path path) throws IOException {
    if (!Files.isRegularFile(path)) {
      return new File(path, IGNORED + "\n", Change.WRITE);
    }
    boolean ignored =
        Files.readString(path, StandardCharsets.UTF_8)
            .lines()
            .map(String::strip)
            .anyMatch(IGNORES_SITE::contains);
    return new File(path, IGNORED + "\n", ignored ? Change.KEEP : Change.APPEND);
  }

  /**
   * The status workflow for {@code config}, using {@code action}, with every other action pinned to
   * a commit: its job-level {@code if:} names the config's outage and maintenance labels.
   */
  public static String statusWorkflow(SiteConfig config, String action) {
    return statusWorkflow(config, action, true);
  }

  /**
   * The status workflow for {@code config}, using {@code action}, with every other action pinned to
   * a commit or, unless {@code pinned}, named by its tag.
   */
  public static String statusWorkflow(SiteConfig config, String action, boolean pinned) {
    return statusWorkflow(config, action, pinned, !config.github().repositories().isEmpty());
  }

  /**
   * The status workflow, its build and notify steps given a GitHub App's id (the variable {@code
   * OUTPOST_APP_ID}) and key (the secret {@code OUTPOST_APP_PRIVATE_KEY}) when {@code app}: as
   * {@link #statusWorkflow(SiteConfig, String, boolean)} does for a config with {@code
   * github.repositories}.
   */
  public static String statusWorkflow(
      SiteConfig config, String action, boolean pinned, boolean app) {
    return workflow("status.yml", action, pinned)
        .replace("${app-inputs}\n", app ? APP_INPUTS : "")
        .replace("${outage}", quoted(config.github().labels().outage()))
        .replace("${maintenance}", quoted(config.github().labels().maintenance()))
        .replace("${notice}", quoted(config.github().labels().notice()))
        .replace("${notify-env}\n", notifyEnv(config));
  }

  /**
   * The inputs that give the Action a GitHub App, whose tokens reach every repository the page
   * reads; with the variable unset, the inputs are empty and the workflow's own token is used.
   */
  static final String APP_INPUTS =
      """
                # A GitHub App's tokens reach every repository of github.repositories; see
                # docs/tokens.md. With OUTPOST_APP_ID unset, the workflow's own token is used.
                app-id: ${{ vars.OUTPOST_APP_ID }}
                app-private-key: ${{ secrets.OUTPOST_APP_PRIVATE_KEY }}
      """;

  /** {@code text} inside a single-quoted string of a GitHub Actions expression. */
  private static String quoted(String text) {
    return text.replace("'", "''");
  }

  /**
   * The {@code env:} of the notify step: each variable the config's notifications name, from the
   * repository secret of the same name; a comment saying how when it names none.
   */
  static String notifyEnv(SiteConfig config) {
    java.util.Set<String> variables = new java.util.LinkedHashSet<>();
    for (Notifications.Channel channel : config.notifications().channels()) {
      java.util.List<Notifications.Secret> secrets = new ArrayList<>();
      secrets.add(channel.url());
      secrets.add(channel.secret());
      if (channel.smtp() != null) {
        secrets.add(channel.smtp().username());
        secrets.add(channel.smtp().password());
      }
      secrets.stream()
          .filter(java.util.Objects::nonNull)
          .forEach(secret -> variables.add(secret.variable()));
    }
    if (variables.isEmpty()) {
      return "        # Give each env:NAME of notifications: in outpost.yml from a secret, such as\n"
          + "        # env:\n"
          + "        #   SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}\n";
    }
    StringBuilder env = new StringBuilder("        env:\n");
    for (String variable : variables) {
      env.append("          ")
          .append(variable)
          .append(": ${{ secrets.")
          .append(variable)
          .append(" }}\n");
    }
    return env.toString();
  }

  /**
   * The workflow {@code name} (such as {@code validate.yml}) as {@code outpost init} writes it,
   * using {@code action}, with every other action pinned to a commit or, unless {@code pinned},
   * named by its tag. The status workflow needs the config: see {@link #statusWorkflow}.
   */
  public static String workflow(String name, String action, boolean pinned) {
    try (InputStream in = Scaffold.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing workflow template " + name);
      }
      String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return (pinned ? ActionPins.pin(template) : template).replace("${action}", action);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
