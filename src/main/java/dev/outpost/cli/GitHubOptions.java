package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.config.GitHubSettings;
import dev.outpost.source.github.GitHubAccess;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How {@code outpost build} and {@code outpost pin} reach a repository's issues. The token and
 * endpoints come from the environment the command runs in ({@code GITHUB_TOKEN}, {@code
 * GITHUB_REPOSITORY}, {@code GITHUB_GRAPHQL_URL}, {@code GITHUB_API_URL}) unless given here.
 */
final class GitHubOptions {
  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "The token to read issues with (default: the GITHUB_TOKEN variable).")
  String token;

  @Option(
      names = "--repository",
      paramLabel = "OWNER/NAME",
      description =
          "The repository whose issues to read, as owner/name (default: github.repository in"
              + " outpost.yml, else the GITHUB_REPOSITORY variable).")
  String repository;

  GitHubAccess access(Map<String, String> env) {
    return access(env, false);
  }

  /** The access, reading nothing from GitHub when {@code offline}. */
  GitHubAccess access(Map<String, String> env, boolean offline) {
    if (repository != null && !GitHubSettings.isRepository(repository)) {
      throw new OutpostException(
          ExitCode.USAGE,
          "invalid --repository `" + repository + "`: write it as owner/name, such as acme/status");
    }
    String key = token != null ? token : env.get("GITHUB_TOKEN");
    return GitHubAccess.of(env, key, offline, repository);
  }
}
