package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.config.GitHubSettings;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.StatusPage;
import dev.outpost.publish.IssuePinner;
import dev.outpost.publish.PinPlan;
import dev.outpost.source.github.GitHubAccess;
import dev.outpost.source.github.GitHubGraphQl;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * How outage issues are pinned, commented on and locked; shared by {@code pin} and {@code build}.
 */
final class PinOptions {
  @Option(
      names = "--comment",
      description = "Comment once on each ongoing outage issue with the link to its page.")
  boolean comment;

  @Option(
      names = "--lock",
      description = "Lock the conversation of each ongoing outage issue to collaborators.")
  boolean lock;

  /** Pins for {@code page}; fails if GitHub cannot be reached with what is given. */
  void pin(
      Terminal terminal, GitHubAccess access, SiteConfig config, StatusPage page, Instant now) {
    if (!access.reads()) {
      throw new OutpostException(
          ExitCode.USAGE,
          "pinning needs GitHub: a token (GITHUB_TOKEN or --token) with issues: write, and no"
              + " --offline");
    }
    List<GitHubSettings.Repository> repositories = access.repositoriesFor(config.github());
    if (repositories.isEmpty()) {
      throw new OutpostException(
          ExitCode.USAGE,
          "pinning needs the repository: set github.repository in outpost.yml, or"
              + " GITHUB_REPOSITORY, or --repository");
    }
    for (GitHubSettings.Repository repository : repositories) {
      PinPlan plan =
          new IssuePinner(
                  new GitHubGraphQl(access.forRepository(repository.name())), repository.name())
              .apply(
                  page, now, config.github().labels().outage(), new PinPlan.Options(comment, lock));
      plan.warnings()
          .forEach(
              w -> terminal.warning(repositories.size() > 1 ? repository.name() + ": " + w : w));
      String said = describe(plan);
      terminal.out().println(repositories.size() > 1 ? repository.name() + ": " + said : said);
    }
  }

  static String describe(PinPlan plan) {
    if (plan.isEmpty()) {
      return "Pins are up to date.";
    }
    List<String> done = new ArrayList<>();
    plan.pin().ifPresent(issue -> done.add("pinned #" + issue.number()));
    plan.close().forEach(issue -> done.add("closed resolved #" + issue.number()));
    plan.unpin().forEach(issue -> done.add("unpinned closed #" + issue.number()));
    plan.comment().forEach(issue -> done.add("linked the page on #" + issue.number()));
    plan.lock().forEach(issue -> done.add("locked #" + issue.number()));
    String text = String.join(", ", done);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
  }
}
