package dev.outpost.config;

import dev.outpost.config.yaml.Fields;
import dev.outpost.config.yaml.Location;
import dev.outpost.config.yaml.Report;
import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.ValueType;
import dev.outpost.config.yaml.YamlList;
import dev.outpost.config.yaml.YamlMap;
import dev.outpost.config.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code github.repositories}: each entry {@code owner/name}, or a map of {@code repository},
 * {@code component} (the component an issue affects when it names none) and {@code prefix} (what
 * its ids start with, by default the repository's name). Repositories and prefixes are unique.
 */
final class RepositoryList {
  /** A prefix: an id, or empty for the {@code gh-12} ids of a single repository. */
  private static final ValueType<String> PREFIX =
      Types.TEXT.then(
          (text, node, name, report) -> {
            String value = text.strip();
            if (!value.isEmpty() && !Names.isValidId(value)) {
              report.at(
                  node.location(),
                  "invalid prefix `" + text + "`: " + Names.idRule() + ", or \"\" for gh-N ids");
              return Optional.empty();
            }
            return Optional.of(value);
          });

  private final Report report;
  private final List<String> componentIds;

  RepositoryList(Report report, List<String> componentIds) {
    this.report = report;
    this.componentIds = componentIds;
  }

  List<GitHubSettings.Repository> read(YamlList list) {
    if (list.items().isEmpty()) {
      report.at(list.location(), "`github.repositories` is empty; name at least one repository");
    }
    List<GitHubSettings.Repository> repositories = new ArrayList<>();
    Map<String, Location> names = new HashMap<>();
    Map<String, Location> prefixes = new HashMap<>();
    for (YamlNode item : list.items()) {
      Optional<Entry> entry = item instanceof YamlMap ? map(item) : name(item);
      if (entry.isEmpty()) {
        continue;
      }
      GitHubSettings.Repository repository = entry.get().repository();
      Location first =
          names.putIfAbsent(repository.name().toLowerCase(Locale.ROOT), item.location());
      if (first != null) {
        report.at(
            item.location(),
            "repository `"
                + repository.name()
                + "` is listed twice; it is already on line "
                + first.line());
        continue;
      }
      Location prefixAt = prefixes.putIfAbsent(repository.prefix(), entry.get().prefixAt());
      if (prefixAt != null) {
        report.at(
            entry.get().prefixAt(),
            (repository.prefix().isEmpty()
                    ? "only one repository may have the empty prefix"
                    : "prefix `" + repository.prefix() + "` is already used")
                + " on line "
                + prefixAt.line()
                + "; give `"
                + repository.name()
                + "` a prefix of its own, such as `prefix: "
                + repository.owner().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "")
                + "-"
                + GitHubSettings.Repository.defaultPrefix(repository.name())
                + "`");
        continue;
      }
      repositories.add(repository);
    }
    return repositories;
  }

  /** An entry and where its prefix was given (or, by default, its repository). */
  private record Entry(GitHubSettings.Repository repository, Location prefixAt) {}

  private Optional<Entry> name(YamlNode item) {
    return ConfigReader.REPOSITORY
        .read(item, "each repository", report)
        .map(
            name ->
                new Entry(
                    new GitHubSettings.Repository(
                        name, null, GitHubSettings.Repository.defaultPrefix(name)),
                    item.location()));
  }

  private Optional<Entry> map(YamlNode item) {
    Optional<Fields> fields = Fields.of(item, "each repository", report);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> name = f.required("repository", ConfigReader.REPOSITORY);
    Optional<String> component = f.optional("component", Types.ID);
    Optional<String> prefix = f.optional("prefix", PREFIX);
    f.finish();
    if (component.isPresent() && !componentIds.contains(component.get())) {
      String hint =
          Names.closest(component.get(), componentIds)
              .map(c -> "; did you mean `" + c + "`?")
              .orElse("; use one of " + Names.quoted(componentIds));
      report.at(f.valueLocation("component"), "unknown component `" + component.get() + "`" + hint);
      return Optional.empty();
    }
    if (name.isEmpty() || (f.has("prefix") && prefix.isEmpty())) {
      return Optional.empty();
    }
    String given = prefix.orElse(GitHubSettings.Repository.defaultPrefix(name.get()));
    Location at = f.has("prefix") ? f.valueLocation("prefix") : f.valueLocation("repository");
    return Optional.of(
        new Entry(new GitHubSettings.Repository(name.get(), component.orElse(null), given), at));
  }
}
