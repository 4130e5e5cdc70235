package dev.outpost.source.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.outpost.OutpostException;
import dev.outpost.config.GitHubSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kohsuke.github.GHFileNotFoundException;
import org.kohsuke.github.GHLabel;
import org.kohsuke.github.GHRateLimit;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;

/**
 * Checks what most often keeps a status page from updating, each with the fix: that there is a
 * token; for each repository read, that the token reaches it, may read (and write) its issues, and
 * that the labels exist; for the status repository, that GitHub Pages is on with GitHub Actions as
 * its source and that the status workflow is there; and the rate limit left. Read-only: it changes
 * nothing on GitHub.
 */
public final class Doctor {
  /** The rate limit below which a build may fail half-way. */
  static final int LOW_RATE_LIMIT = 100;

  static final String STATUS_WORKFLOW = ".github/workflows/status.yml";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One check's outcome.
   *
   * @param name what was checked, such as {@code labels acme/api}
   * @param detail what was found
   * @param fix how to fix it, empty when it is fine
   */
  public record Check(String name, boolean ok, String detail, String fix) {
    static Check ok(String name, String detail) {
      return new Check(name, true, detail, "");
    }

    static Check problem(String name, String detail, String fix) {
      return new Check(name, false, detail, fix);
    }
  }

  private final GitHubAccess access;
  private final URI api;
  private final Map<String, GitHub> clients = new HashMap<>();

  /**
   * Checks through {@code access}, with GitHub's REST API at {@code env}'s {@code GITHUB_API_URL}.
   */
  public Doctor(GitHubAccess access, Map<String, String> env) {
    this.access = access;
    this.api = GitHubApi.endpoint(env);
  }

  /**
   * Runs every check.
   *
   * @param repositories the repositories whose issues are read
   * @param status the repository the page is built and published from, or {@code null}
   * @param labels the labels Outpost reads by
   * @param pins whether the issues are pinned (then the token must write issues)
   */
  public List<Check> run(
      List<GitHubSettings.Repository> repositories,
      String status,
      GitHubSettings.Labels labels,
      boolean pins) {
    List<Check> checks = new ArrayList<>();
    if (!access.hasCredentials()) {
      checks.add(
          Check.problem(
              "token",
              "no token and no GitHub App"
                  + (repositories.size() > 1
                      ? ", for a page of " + repositories.size() + " repositories"
                      : ""),
              "set GITHUB_TOKEN (the action's token input), or a GitHub App's app-id and"
                  + " app-private-key; see docs/tokens.md"));
      return checks;
    }
    if (repositories.isEmpty() && status == null) {
      checks.add(
          Check.problem(
              "repository",
              "no repository named",
              "set github.repository or github.repositories in outpost.yml, or GITHUB_REPOSITORY"));
      return checks;
    }
    String rateToken = null;
    List<String> unreached = new ArrayList<>();
    for (GitHubSettings.Repository repository : repositories) {
      String token = reach(repository.name(), pins, checks);
      if (token != null) {
        rateToken = rateToken == null ? token : rateToken;
        checks.add(labels(repository.name(), token, labels));
      } else {
        unreached.add(repository.name());
      }
    }
    if (repositories.size() > 1 && access.app() == null && !unreached.isEmpty()) {
      checks.add(several(repositories.size(), unreached));
    }
    if (status != null) {
      String token = token(status, checks);
      if (token != null) {
        rateToken = rateToken == null ? token : rateToken;
        checks.add(pages(status, token));
        checks.add(workflow(status, token));
      }
    }
    if (rateToken != null) {
      checks.add(rateLimit(rateToken));
    }
    return checks;
  }

  /**
   * The problem of a page of several repositories read with one token, neither a GitHub App's nor
   * one that reaches each: most often the workflow's own, which reaches its repository alone.
   */
  private static Check several(int count, List<String> unreached) {
    return Check.problem(
        "several repositories",
        "the page reads "
            + count
            + " repositories with one token and no GitHub App, and the token does not reach "
            + String.join(", ", unreached),
        "give the Action a GitHub App (app-id and app-private-key; outpost init --app writes them"
            + " from the variable OUTPOST_APP_ID and the secret OUTPOST_APP_PRIVATE_KEY) or a"
            + " fine-grained token that reaches every repository: see docs/tokens.md");
  }

  /** The token for {@code repository}, or {@code null} with a problem when there is none. */
  private String token(String repository, List<Check> checks) {
    try {
      return access.forRepository(repository).token();
    } catch (OutpostException e) {
      checks.add(
          Check.problem(
              "token " + repository,
              e.getMessage().replace("; the site was not changed", ""),
              "see docs/tokens.md"));
      return null;
    }
  }

  /** Whether the token reaches {@code repository} and may read (and write) its issues. */
  private String reach(String repository, boolean pins, List<Check> checks) {
    String token = token(repository, checks);
    if (token == null) {
      return null;
    }
    String name = "access " + repository;
    GHRepository repo;
    try {
      repo = client(token).getRepository(repository);
    } catch (IOException e) {
      int status = GitHubApi.status(e);
      String fix =
          switch (status) {
            case 401 -> "the token is wrong or expired: give a valid one";
            case 403, 404 ->
                access.app() != null
                    ? "install the GitHub App on "
                        + repository.substring(0, repository.indexOf('/'))
                        + " with access to "
                        + repository
                    : "give the token access to "
                        + repository
                        + " (a fine-grained token: add the repository; the workflow's own"
                        + " token reaches only its repository: see docs/tokens.md)";
            default -> "try again later";
          };
      checks.add(Check.problem(name, "cannot read it: " + GitHubApi.reason(e), fix));
      return null;
    }
    if (!repo.hasIssues()) {
      checks.add(
          Check.problem(
              name, "issues are turned off", "turn on Issues in " + repository + "'s settings"));
      return token;
    }
    String write = pins ? "write" : "read";
    if (access.app() != null) {
      String issues = access.app().permissions(repository).getOrDefault("issues", "none");
      boolean enough = issues.equals("write") || (!pins && issues.equals("read"));
      checks.add(
          enough
              ? Check.ok(name, "the GitHub App may " + issues + " its issues")
              : Check.problem(
                  name,
                  "the GitHub App may " + issues + " issues, not " + write,
                  "give the App the permission Issues: "
                      + (pins ? "Read and write" : "Read")
                      + ", then accept it on the installation"));
    } else if (!repo.hasPullAccess() && !repo.hasPushAccess() && !repo.hasAdminAccess()) {
      // An installation token (the workflow's own) gets no permissions in the answer.
      checks.add(Check.ok(name, "the token can read it"));
    } else if (pins && !repo.hasPushAccess() && !repo.hasAdminAccess()) {
      checks.add(
          Check.problem(
              name,
              "the token's account can read but not write its issues, so pinning fails",
              "use an account with write access, or a GitHub App with Issues: Read and write"));
    } else {
      checks.add(Check.ok(name, "the token may " + write + " its issues"));
    }
    return token;
  }

  /** Whether the outage and maintenance labels exist (names ignore case, as on GitHub). */
  private Check labels(String repository, String token, GitHubSettings.Labels labels) {
    String name = "labels " + repository;
    Set<String> have = new TreeSet<>();
    try {
      for (GHLabel label : client(token).getRepository(repository).listLabels().withPageSize(100)) {
        have.add(label.getName().toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      return Check.problem(name, "cannot list them: " + GitHubApi.reason(e), "try again later");
    }
    List<String> missing = new ArrayList<>();
    for (String label : List.of(labels.outage(), labels.maintenance())) {
      if (!have.contains(label.toLowerCase(Locale.ROOT))) {
        missing.add("`" + label + "`");
      }
    }
    if (missing.isEmpty()) {
      return Check.ok(name, "`" + labels.outage() + "` and `" + labels.maintenance() + "` exist");
    }
    return Check.problem(
        name,
        String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are") + " missing",
        "run: outpost init --labels --repository " + repository);
  }

  /** Whether GitHub Pages is on and built by GitHub Actions ({@code build_type: workflow}). */
  private Check pages(String repository, String token) {
    String name = "pages " + repository;
    String fix = "in " + repository + "'s Settings → Pages, set Source to GitHub Actions";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(api + "/repos/" + repository + "/pages"))
            .timeout(access.timeout())
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/vnd.github+json")
            .header("X-GitHub-Api-Version", "2022-11-28")
            .header("User-Agent", "outpost")
            .GET()
            .build();
    HttpResponse<String> response;
    try {
      response =
          HttpClient.newBuilder()
              .connectTimeout(access.timeout())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build()
              .send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return Check.problem(name, "cannot ask GitHub: " + e.getClass().getSimpleName(), "try again");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Check.problem(name, "interrupted", "try again");
    }
    int status = response.statusCode();
    if (status == 404) {
      return Check.problem(name, "GitHub Pages is not enabled", fix);
    }
    if (status == 403 || status == 401) {
      return Check.problem(
          name,
          "the token may not read the Pages settings (HTTP " + status + ")",
          "give it Pages: Read (the status workflow's build job has pages: read)");
    }
    if (status != 200) {
      return Check.problem(name, "GitHub answered HTTP " + status, "try again later");
    }
    String buildType;
    try {
      JsonNode pages = JSON.readTree(response.body());
      buildType = pages.path("build_type").asText("");
    } catch (IOException e) {
      return Check.problem(name, "GitHub's answer is not JSON", "try again later");
    }
    if (!buildType.equals("workflow")) {
      return Check.problem(
          name,
          "GitHub Pages builds from a branch (build_type "
              + (buildType.isEmpty() ? "unknown" : buildType)
              + "), so the site the workflow deploys is not published",
          fix);
    }
    return Check.ok(name, "GitHub Pages is built by GitHub Actions");
  }

  /** Whether the status workflow is in the repository's default branch. */
  private Check workflow(String repository, String token) {
    String name = "workflow " + repository;
    try {
      client(token).getRepository(repository).getFileContent(STATUS_WORKFLOW);
      return Check.ok(name, STATUS_WORKFLOW + " is there");
    } catch (GHFileNotFoundException e) {
      return Check.problem(
          name,
          "no " + STATUS_WORKFLOW + " in the default branch",
          "run outpost init in the repository and commit the workflows it writes");
    } catch (IOException e) {
      return Check.problem(
          name,
          "cannot look: " + GitHubApi.reason(e),
          "give the token Contents: Read on " + repository);
    }
  }

  /** Whether enough of the rate limit is left for a build. */
  private Check rateLimit(String token) {
    String name = "rate limit";
    GHRateLimit limit;
    try {
      limit = client(token).getRateLimit();
    } catch (IOException e) {
      return Check.problem(name, "cannot read it: " + GitHubApi.reason(e), "try again later");
    }
    GHRateLimit.Record graphql = limit.getGraphQL();
    GHRateLimit.Record core = limit.getCore();
    String detail =
        "GraphQL "
            + graphql.getRemaining()
            + " of "
            + graphql.getLimit()
            + ", REST "
            + core.getRemaining()
            + " of "
            + core.getLimit()
            + " left";
    GHRateLimit.Record low = graphql.getRemaining() < LOW_RATE_LIMIT ? graphql : core;
    if (low.getRemaining() < LOW_RATE_LIMIT) {
      return Check.problem(
          name,
          detail + "; it resets at " + Instant.ofEpochSecond(low.getResetEpochSeconds()),
          "wait until then, or read with a GitHub App, whose limit is its own");
    }
    return Check.ok(name, detail);
  }

  private GitHub client(String token) {
    return clients.computeIfAbsent(token, t -> GitHubApi.connect(api, t, access.timeout()));
  }
}
