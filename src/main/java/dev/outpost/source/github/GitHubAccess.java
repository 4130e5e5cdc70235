package dev.outpost.source.github;

import dev.outpost.config.GitHubSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How to reach GitHub for one build.
 *
 * @param token the token to read with, or {@code null}: then nothing is read from GitHub
 * @param offline read nothing from GitHub even with a token
 * @param repository {@code owner/name} given on the command line or by {@code GITHUB_REPOSITORY},
 *     or {@code null}; {@code github.repository} in {@code outpost.yml} wins over the environment
 *     but not over the command line (see {@link #repositoryFor})
 * @param fromCommandLine whether {@code repository} came from the command line
 * @param graphql the GraphQL endpoint
 * @param timeout the bound on each request, from connecting to the last byte of the answer
 * @param deadline the bound on all the requests of one reader or writer, retries and the waits
 *     between them included
 * @param sleeper waits between attempts
 * @param app a GitHub App whose installation tokens read each repository, in place of {@code
 *     token}, or {@code null}
 */
public record GitHubAccess(
    String token,
    boolean offline,
    String repository,
    boolean fromCommandLine,
    URI graphql,
    Duration timeout,
    Duration deadline,
    Sleeper sleeper,
    GitHubAppTokens app) {
  /** GitHub.com's GraphQL endpoint. */
  public static final URI GITHUB_GRAPHQL = URI.create("https://api.github.com/graphql");

  /** The bound on each request: connecting, the headers and the whole body. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  /**
   * The bound on all of a build's reads (or all of its pinning), retries included: well within the
   * scaffolded workflow's 15-minute job limit, so a slow GitHub fails the build with a message.
   */
  public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(10);

  /** Nothing is read from GitHub. */
  public static final GitHubAccess NONE =
      new GitHubAccess(
          null,
          true,
          null,
          false,
          GITHUB_GRAPHQL,
          DEFAULT_TIMEOUT,
          DEFAULT_DEADLINE,
          Sleeper.REAL,
          null);

  /**
   * Access as the environment describes it: {@code GITHUB_REPOSITORY}, {@code GITHUB_GRAPHQL_URL},
   * else {@code GITHUB_API_URL} + {@code /graphql} (GitHub Enterprise Server's {@code
   * https://HOST/api/v3} becomes {@code https://HOST/api/graphql}), else GitHub.com.
   *
   * @param token the token, or {@code null}
   * @param repository {@code owner/name} from the command line, or {@code null}
   */
  public static GitHubAccess of(
      Map<String, String> env, String token, boolean offline, String repository) {
    String fromEnv = blankAsNull(env.get("GITHUB_REPOSITORY"));
    return new GitHubAccess(
        blankAsNull(token),
        offline,
        repository != null ? repository : fromEnv,
        repository != null,
        endpoint(env),
        DEFAULT_TIMEOUT,
        DEFAULT_DEADLINE,
        Sleeper.REAL,
        null);
  }

  static URI endpoint(Map<String, String> env) {
    String graphql = blankAsNull(env.get("GITHUB_GRAPHQL_URL"));
    if (graphql != null) {
      return URI.create(graphql);
    }
    String api = blankAsNull(env.get("GITHUB_API_URL"));
    if (api == null) {
      return GITHUB_GRAPHQL;
    }
    String base = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
    if (base.endsWith("/api/v3")) {
      return URI.create(base.substring(0, base.length() - "/v3".length()) + "/graphql");
    }
    return URI.create(base + "/graphql");
  }

  /**
   * The web address of {@code repository} ({@code owner/name}) on the server this access talks to:
   * {@code https://github.com/owner/name}, or on GitHub Enterprise Server {@code
   * https://HOST/owner/name}.
   */
  public URI web(String repository) {
    String host = graphql.getHost();
    boolean dotCom =
        host == null || host.equals("api.github.com") || !graphql.getPath().startsWith("/api/");
    String server =
        dotCom ? "https://github.com" : graphql.getScheme() + "://" + graphql.getAuthority();
    return URI.create(server + "/" + repository);
  }

  /** The same access with another timeout and sleeper; for tests. */
  public GitHubAccess with(Duration timeout, Sleeper sleeper) {
    return new GitHubAccess(
        token, offline, repository, fromCommandLine, graphql, timeout, deadline, sleeper, app);
  }

  /** The same access with another deadline on all its requests; for tests. */
  public GitHubAccess withDeadline(Duration deadline) {
    return new GitHubAccess(
        token, offline, repository, fromCommandLine, graphql, timeout, deadline, sleeper, app);
  }

  /**
   * The server this access talks to, as {@code host} or {@code host:port}, for messages (never the
   * URL's user information).
   */
  public String host() {
    String host = graphql.getHost() == null ? String.valueOf(graphql) : graphql.getHost();
    return graphql.getPort() < 0 ? host : host + ":" + graphql.getPort();
  }

  /**
   * {@code uri} as it may be shown in a message: scheme, host, port and path, never the user
   * information, query or fragment, where a credential could hide.
   */
  public static String shown(URI uri) {
    if (uri.getHost() == null) {
      return uri.getScheme() == null ? "the configured address" : uri.getScheme() + " address";
    }
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return uri.getScheme() + "://" + uri.getHost() + port + path;
  }

  /** The same access, reading with the installation tokens of the GitHub App {@code app}. */
  public GitHubAccess withApp(GitHubAppTokens app) {
    return new GitHubAccess(
        token, offline, repository, fromCommandLine, graphql, timeout, deadline, sleeper, app);
  }

  /** Whether there is a token or a GitHub App to read with. */
  public boolean hasCredentials() {
    return token != null || app != null;
  }

  /** Whether a build should read GitHub at all. */
  public boolean reads() {
    return hasCredentials() && !offline;
  }

  /**
   * The access for {@code repository} ({@code owner/name}): with a GitHub App, the installation
   * token for its owner (asked for once per owner); otherwise this access, whose token reaches
   * every repository it reads.
   */
  public GitHubAccess forRepository(String repository) {
    if (app == null) {
      return this;
    }
    return new GitHubAccess(
        app.token(repository),
        offline,
        repository,
        fromCommandLine,
        graphql,
        timeout,
        deadline,
        sleeper,
        null);
  }

  /**
   * The repositories to read: the command line's alone, else {@code github.repositories}, else the
   * one of {@code github.repository} or {@code GITHUB_REPOSITORY} (with the ids {@code gh-12}).
   */
  public List<GitHubSettings.Repository> repositoriesFor(GitHubSettings settings) {
    if (!fromCommandLine && !settings.repositories().isEmpty()) {
      return settings.repositories();
    }
    return repositoryFor(settings.repositoryName())
        .map(GitHubSettings.Repository::single)
        .map(List::of)
        .orElse(List.of());
  }

  /**
   * The repository to read: the command line's, else {@code github.repository} from the config,
   * else {@code GITHUB_REPOSITORY}.
   */
  public Optional<String> repositoryFor(Optional<String> configured) {
    if (fromCommandLine) {
      return Optional.of(repository);
    }
    return configured.or(() -> Optional.ofNullable(repository));
  }

  private static String blankAsNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Override
  public String toString() {
    // Never print the token.
    return "GitHubAccess[token="
        + (token == null ? "none" : "***")
        + (app == null ? "" : ", app=" + app.appId())
        + ", offline="
        + offline
        + ", repository="
        + repository
        + ", graphql="
        + graphql
        + "]";
  }
}
