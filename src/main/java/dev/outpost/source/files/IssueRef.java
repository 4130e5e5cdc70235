package dev.outpost.source.files;

import dev.outpost.config.GitHubSettings;
import dev.outpost.config.yaml.Report;
import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.ValueType;
import dev.outpost.config.yaml.YamlNode;
import dev.outpost.config.yaml.YamlScalar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issue an incident file corrects, as its {@code issue} key names it: a number ({@code 12}),
 * the issue of the page's one repository or of the one listed with {@code prefix: ""}; or a
 * repository and a number ({@code acme/api#12}), one of {@code github.repositories}.
 *
 * @param number the issue's number
 * @param repository {@code owner/name} as the config spells it, or {@code null} when the file names
 *     only the number of the page's one repository
 * @param id the id of the incident read from the issue, such as {@code api-gh-12}
 */
record IssueRef(int number, String repository, String id) {
  private static final Pattern NAMED = Pattern.compile("(.+)#([0-9]+)");

  /** The type of the {@code issue} key under {@code github}. */
  static ValueType<IssueRef> type(GitHubSettings github) {
    return (node, name, report) -> {
      if (node instanceof YamlScalar scalar && scalar.kind() != YamlScalar.Kind.INTEGER) {
        Matcher named = NAMED.matcher(scalar.text().strip());
        if (named.matches()) {
          return named(github, named.group(1), named.group(2), node, report);
        }
        report.at(
            node.location(),
            "`issue` must be an issue number, such as 123, or a repository and a number, such as"
                + " acme/api#123");
        return Optional.empty();
      }
      return Types.INTEGER
          .read(node, name, report)
          .flatMap(number -> number(number, node, report))
          .flatMap(number -> numbered(github, number, node, report));
    };
  }

  private static Optional<Integer> number(long number, YamlNode node, Report report) {
    if (number < 1 || number > Integer.MAX_VALUE) {
      report.at(node.location(), "`issue` must be an issue number, such as 123");
      return Optional.empty();
    }
    return Optional.of((int) number);
  }

  /** {@code issue: 12}: the one repository, or the one with the empty prefix. */
  private static Optional<IssueRef> numbered(
      GitHubSettings github, int number, YamlNode node, Report report) {
    List<GitHubSettings.Repository> listed = github.repositories();
    if (listed.isEmpty()) {
      return Optional.of(new IssueRef(number, null, "gh-" + number));
    }
    Optional<GitHubSettings.Repository> unprefixed =
        listed.stream().filter(r -> r.prefix().isEmpty()).findFirst();
    if (unprefixed.isPresent()) {
      return Optional.of(
          new IssueRef(number, unprefixed.get().name(), unprefixed.get().id(number)));
    }
    report.at(
        node.location(),
        "`issue: "
            + number
            + "` names no repository, and the page reads several: say which, as "
            + String.join(" or ", listed.stream().map(r -> r.name() + "#" + number).toList()));
    return Optional.empty();
  }

  /** {@code issue: acme/api#12}: that repository, which the config must list. */
  private static Optional<IssueRef> named(
      GitHubSettings github, String repository, String digits, YamlNode node, Report report) {
    Optional<Integer> number;
    try {
      number = number(Long.parseLong(digits), node, report);
    } catch (NumberFormatException e) {
      number = number(0, node, report);
    }
    if (number.isEmpty()) {
      return Optional.empty();
    }
    String wanted = repository.toLowerCase(Locale.ROOT);
    List<GitHubSettings.Repository> listed =
        github.repositories().isEmpty() && github.repository() != null
            ? List.of(GitHubSettings.Repository.single(github.repository()))
            : github.repositories();
    if (listed.isEmpty()) {
      // The repository comes from GITHUB_REPOSITORY when the build runs: the one read.
      if (!GitHubSettings.isRepository(repository)) {
        report.at(
            node.location(),
            "`issue` names `" + repository + "`, which is no repository name (owner/name)");
        return Optional.empty();
      }
      return Optional.of(new IssueRef(number.get(), repository, "gh-" + number.get()));
    }
    for (GitHubSettings.Repository r : listed) {
      if (r.name().toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(new IssueRef(number.get(), r.name(), r.id(number.get())));
      }
    }
    report.at(
        node.location(),
        "`issue` names the repository `"
            + repository
            + "`, which the page does not read; it reads "
            + String.join(", ", listed.stream().map(GitHubSettings.Repository::name).toList())
            + (github.repositories().isEmpty()
                ? " (github.repository)"
                : " (github.repositories)"));
    return Optional.empty();
  }
}
