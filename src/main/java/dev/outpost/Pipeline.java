package dev.outpost;

import dev.outpost.check.History;
import dev.outpost.check.Seed;
import dev.outpost.config.AudiencePage;
import dev.outpost.config.ConfigReader;
import dev.outpost.config.GitHubSettings;
import dev.outpost.config.LocalFiles;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Incident;
import dev.outpost.model.Maintenance;
import dev.outpost.model.Measured;
import dev.outpost.model.Problem;
import dev.outpost.model.Site;
import dev.outpost.model.StatusPage;
import dev.outpost.model.StatusReport;
import dev.outpost.model.Suspicion;
import dev.outpost.publish.AtomicSiteWriter;
import dev.outpost.publish.IncrementalSiteWriter;
import dev.outpost.publish.RefusedFolderException;
import dev.outpost.publish.SiteFolder;
import dev.outpost.render.Markdown;
import dev.outpost.render.Memo;
import dev.outpost.render.SiteRenderer;
import dev.outpost.source.files.IncidentFiles;
import dev.outpost.source.files.StaticFolder;
import dev.outpost.source.github.GitHubAccess;
import dev.outpost.source.github.GitHubIssues;
import dev.outpost.source.github.KeptIssues;
import dev.outpost.source.github.RepositoryIssues;
import dev.outpost.state.StateFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The whole build: read every source, collect every problem, stop if there is any, compute, render,
 * swap the new site in.
 */
public final class Pipeline {
  /**
   * What to build from and where to.
   *
   * @param config {@code outpost.yml}
   * @param incidents the folder of incident and maintenance files
   * @param out the site folder, replaced only by a complete new site
   * @param now the instant the site describes; {@code null} for the config's {@code now:}, else the
   *     clock
   * @param github how to reach GitHub; {@link GitHubAccess#NONE} to build from files alone
   * @param notices hears what is worth one line on standard error (files only, warnings)
   * @param checks the state folder of {@code outpost check}, whose samples the pages chart; {@code
   *     null} to chart nothing
   * @param kept where the issues read are kept for the next build, which then asks only for those
   *     updated since; {@code null} to read every issue and keep nothing
   */
  public record Request(
      Path config,
      Path incidents,
      Path out,
      Instant now,
      GitHubAccess github,
      Consumer<String> notices,
      Path checks,
      KeptIssues kept) {
    /** A request that reads no GitHub issues. */
    public Request(Path config, Path incidents, Path out, Instant now) {
      this(config, incidents, out, now, GitHubAccess.NONE, notice -> {});
    }

    /** A request that charts no samples. */
    public Request(
        Path config,
        Path incidents,
        Path out,
        Instant now,
        GitHubAccess github,
        Consumer<String> notices) {
      this(config, incidents, out, now, github, notices, null, null);
    }

    /** The same request, reading GitHub through {@code github}. */
    public Request with(GitHubAccess github, Consumer<String> notices) {
      return new Request(config, incidents, out, now, github, notices, checks, kept);
    }

    /** The same request for another instant. */
    public Request at(Instant instant) {
      return new Request(config, incidents, out, instant, github, notices, checks, kept);
    }

    /** The same request, charting the samples kept in the state folder {@code checks}. */
    public Request withChecks(Path checks) {
      return new Request(config, incidents, out, now, github, notices, checks, kept);
    }

    /** The same request, keeping the issues it reads in {@code kept} for the next build. */
    public Request withKept(KeptIssues kept) {
      return new Request(config, incidents, out, now, github, notices, checks, kept);
    }
  }

  /**
   * What a build produced.
   *
   * @param stages how long each stage took, in order: read, compute, render (into the staging
   *     folder, files included) and swap (the new site in, the old one deleted)
   */
  public record Result(
      StatusPage page,
      StatusReport report,
      Path out,
      long files,
      Duration took,
      List<Stage> stages) {}

  /** One stage of a build and how long it took. */
  public record Stage(String name, Duration took) {}

  private Pipeline() {}

  /**
   * What was read, the instant it was read for, the audiences' sub-sites to render too, and the
   * static folder's files to publish as they are.
   */
  private record Read(
      StatusPage page, Instant now, List<AudiencePage> audiences, Map<String, Path> statics) {}

  /** Reads and validates every source; fails with every problem found if there is any. */
  public static StatusPage read(Request request) {
    return read(request, null).page();
  }

  /**
   * The instant a build describes: the request's, else the config's {@code now:} (said in a notice,
   * since the site then stands still), else the clock to the second.
   */
  private static Instant now(Request request, SiteConfig site) {
    if (request.now() != null) {
      return request.now();
    }
    if (site.fixedNow().isPresent()) {
      request
          .notices()
          .accept(
              request.config()
                  + " sets `now`, so the site describes "
                  + site.fixedNow().get()
                  + " rather than the clock");
      return site.fixedNow().get();
    }
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  /** Reads, with the preview's {@code cache} if it is not null. */
  private static Read read(Request request, IncidentFiles.Cache cache) {
    // A link is for the config reader to judge, without following it anywhere it must not.
    if (!Files.isRegularFile(request.config()) && !Files.isSymbolicLink(request.config())) {
      throw new OutpostException(
          ExitCode.IO_ERROR,
          request.config()
              + ": no such file; run outpost in the folder that holds outpost.yml, name it with"
              + " --config, or create one with outpost init");
    }
    Problems problems = new Problems();
    Optional<SiteConfig> config = ConfigReader.read(request.config(), problems);
    if (config.isEmpty()) {
      throw OutpostException.of(problems);
    }
    // A config with problems is still good enough to check the incident files against, but not
    // to ask GitHub with: its labels or components may be wrong.
    SiteConfig site = config.get();
    Instant now = now(request, site);
    boolean configOk = problems.isEmpty();
    Path configFolder = request.config().toAbsolutePath().normalize().getParent();
    IncidentFiles.Contents files =
        !LocalFiles.folderWithin(request.incidents(), configFolder, ConfigReader.FOLDER, problems)
            ? new IncidentFiles.Contents(List.of(), List.of())
            : IncidentFiles.read(request.incidents(), site, now, problems, cache);
    Optional<GitHubIssues.Contents> issues =
        configOk ? readIssues(request, site, problems) : Optional.empty();
    List<Incident> incidents = new ArrayList<>(files.incidents());
    List<Maintenance> maintenance = new ArrayList<>(files.maintenance());
    issues.ifPresent(
        read -> {
          incidents.addAll(Sources.corrected(read, files, problems));
          maintenance.addAll(read.maintenance());
        });
    if (configOk && issues.isEmpty() && !files.corrections().isEmpty()) {
      request
          .notices()
          .accept(
              "not read from GitHub, so not applied: "
                  + files.corrections().size()
                  + " incident file(s) with `issue:`");
    }
    Sources.checkIds(incidents, maintenance, problems);
    Map<String, Path> statics =
        StaticFolder.read(configFolder.resolve(StaticFolder.NAME), problems);
    // Each window carries when it is reminded of: its own time, else the site's.
    maintenance.replaceAll(w -> w.withDefaultReminder(site.notifications().reminder()));
    if (!problems.isEmpty()) {
      throw OutpostException.of(problems);
    }
    incidents.sort(Comparator.comparing(Incident::started).reversed().thenComparing(Incident::id));
    maintenance.sort(
        Comparator.comparing(Maintenance::start).reversed().thenComparing(Maintenance::id));
    Site described =
        request
            .github()
            .repositoryFor(site.github().repositoryName())
            .map(repository -> site.site().withRepository(request.github().web(repository)))
            .orElse(site.site())
            .withSubscriptions(site.notifications().subscriptions());
    // An open notice issue replaces the config's notice.
    Optional<String> notice = issues.flatMap(GitHubIssues.Contents::notice);
    if (notice.isPresent()) {
      described = described.withNotice(notice.get());
    }
    List<Suspicion> suspicions =
        site.showSuspected()
            ? issues.map(GitHubIssues.Contents::suspicions).orElse(List.of())
            : List.of();
    return new Read(
        new StatusPage(
            described,
            site.groups(),
            site.components(),
            site.uptime(),
            incidents,
            maintenance,
            suspicions,
            measured(request, site)),
        now,
        site.pages(),
        statics);
  }

  /**
   * What the health checks measured, from the state folder the request names; nothing when it names
   * none or the config has no checks. A folder with no samples (the cache was evicted, or no check
   * ran yet) is seeded, when the build reads GitHub (so in Actions, never offline), from the
   * samples the site published last, so that a build between an eviction and the next check does
   * not publish an empty history; failing that, nothing is charted and a notice says so.
   */
  private static List<Measured> measured(Request request, SiteConfig site) {
    if (request.checks() == null || site.checks().isEmpty()) {
      return List.of();
    }
    Consumer<String> notices = request.notices();
    History history =
        History.read(
            StateFolder.at(request.checks(), warning -> notices.accept("warning: " + warning)));
    if (history.isEmpty(site.checks()) && request.github().reads()) {
      Seed.read(site.site().url(), Seed.DEADLINE, notices).ifPresent(history::seed);
    }
    if (history.isEmpty(site.checks())) {
      notices.accept("no check samples in " + request.checks() + ": no response times to chart");
      return List.of();
    }
    return history.measured(site.checks());
  }

  /** The issues, when there is a token, a repository and no {@code --offline}; says so if not. */
  private static Optional<GitHubIssues.Contents> readIssues(
      Request request, SiteConfig site, Problems problems) {
    GitHubAccess github = request.github();
    List<GitHubSettings.Repository> repositories = github.repositoriesFor(site.github());
    if (github.offline()) {
      if (github != GitHubAccess.NONE) {
        request.notices().accept("offline: building from files only");
      }
      return Optional.empty();
    }
    if (!github.hasCredentials()) {
      if (!repositories.isEmpty()) {
        request.notices().accept("no GitHub token: building from files only");
      }
      return Optional.empty();
    }
    if (repositories.isEmpty()) {
      request
          .notices()
          .accept(
              "no GitHub repository (set github.repository in outpost.yml or GITHUB_REPOSITORY):"
                  + " building from files only");
      return Optional.empty();
    }
    return Optional.of(
        RepositoryIssues.read(
            site,
            github,
            repositories,
            request.kept(),
            problems,
            w -> request.notices().accept("warning: " + w)));
  }

  /** Reads, computes and renders; the old site stays untouched unless all of it succeeded. */
  public static Result build(Request request) {
    long started = System.nanoTime();
    checkOut(request);
    List<Stage> stages = new ArrayList<>();
    Read sources = read(request, null);
    StatusPage page = sources.page();
    long read = System.nanoTime();
    stages.add(new Stage("read", Duration.ofNanos(read - started)));
    StatusReport report = StatusReport.of(page, sources.now());
    long computed = System.nanoTime();
    stages.add(new Stage("compute", Duration.ofNanos(computed - read)));
    long[] rendered = new long[1];
    AtomicLong files = new AtomicLong();
    try {
      AtomicSiteWriter.write(
          request.out(),
          sink -> {
            render(
                new Audiences(sources.audiences()),
                sources,
                report,
                (path, data) -> {
                  sink.write(path, data);
                  files.incrementAndGet();
                },
                null,
                null);
            rendered[0] = System.nanoTime();
          });
    } catch (RefusedFolderException e) {
      throw new OutpostException(ExitCode.OUTPUT_REFUSED, e.getMessage(), e);
    } catch (IOException e) {
      throw new OutpostException(
          ExitCode.IO_ERROR, "could not write the site to " + request.out() + ": " + e, e);
    }
    long swapped = System.nanoTime();
    stages.add(new Stage("render", Duration.ofNanos(rendered[0] - computed)));
    stages.add(new Stage("swap", Duration.ofNanos(swapped - rendered[0])));
    Duration took = Duration.ofNanos(swapped - started);
    return new Result(page, report, request.out(), files.get(), took, List.copyOf(stages));
  }

  /**
   * Renders the site and its audiences' sub-sites, then publishes the static folder's files; fails
   * with a problem for each file at the path of a page Outpost writes, so nothing is published.
   */
  private static void render(
      Audiences audiences,
      Read sources,
      StatusReport report,
      SiteRenderer.Sink sink,
      Markdown markdown,
      Memo memo)
      throws IOException {
    Set<String> written = ConcurrentHashMap.newKeySet();
    audiences.render(
        sources.page(),
        report,
        sources.now(),
        (path, data) -> {
          written.add(path);
          sink.write(path, data);
        },
        markdown,
        memo);
    written.add(SiteFolder.MARKER);
    List<Problem> clashes = StaticFolder.clashes(sources.statics(), written);
    if (!clashes.isEmpty()) {
      Problems problems = new Problems();
      clashes.forEach(problems::add);
      throw OutpostException.of(problems);
    }
    for (Map.Entry<String, Path> file : sources.statics().entrySet()) {
      sink.write(file.getKey(), Files.readAllBytes(file.getValue()));
    }
  }

  /**
   * Fails, before anything is read, unless the site may replace {@code request.out()}: a folder of
   * Outpost's own, never the repository or a folder holding the config or the incident files.
   */
  private static void checkOut(Request request) {
    Map<String, Path> sources = new LinkedHashMap<>();
    sources.put("the config file", request.config());
    sources.put("the incident folder", request.incidents());
    try {
      SiteFolder.check(request.out(), sources);
    } catch (RefusedFolderException e) {
      throw new OutpostException(ExitCode.OUTPUT_REFUSED, e.getMessage(), e);
    } catch (IOException e) {
      throw new OutpostException(
          ExitCode.IO_ERROR, "cannot look into " + request.out() + ": " + e, e);
    }
  }

  /**
   * Builds again and again into one folder, for a preview: files that did not change since the last
   * build are not read again, Markdown not rendered again and pages not written again. Each build
   * leaves the folder exactly as {@link Pipeline#build} would, but not atomically (see {@link
   * IncrementalSiteWriter}). Not for {@code outpost build}, whose site must never be half-written.
   */
  public static final class Incremental {
    private final IncidentFiles.Cache files = new IncidentFiles.Cache();
    private final Markdown markdown = Markdown.cached();
    private final Memo memo = new Memo();
    private final Map<List<AudiencePage>, Audiences> audiences = new LinkedHashMap<>();
    private final IncrementalSiteWriter writer;
    private final Path out;

    /** Builds into {@code out}, which must be Outpost's to replace ({@link SiteFolder}). */
    public Incremental(Path out) {
      this.out = out;
      this.writer = new IncrementalSiteWriter(out);
    }

    /**
     * Reads, computes and renders {@code request} (whose {@code out} must be this builder's);
     * problems leave the folder as it was.
     */
    public synchronized Result build(Request request) {
      if (!request.out().equals(out)) {
        throw new IllegalArgumentException("this builder writes to " + out);
      }
      long started = System.nanoTime();
      List<Stage> stages = new ArrayList<>();
      Read sources = read(request, files);
      StatusPage page = sources.page();
      long read = System.nanoTime();
      stages.add(new Stage("read", Duration.ofNanos(read - started)));
      StatusReport report = StatusReport.of(page, sources.now());
      long computed = System.nanoTime();
      stages.add(new Stage("compute", Duration.ofNanos(computed - read)));
      IncrementalSiteWriter.Written written;
      // Each audience's sub-site keeps its own memo while the pages stay as they are.
      Audiences parts = audiences.get(sources.audiences());
      if (parts == null) {
        audiences.clear();
        parts = new Audiences(sources.audiences());
        audiences.put(sources.audiences(), parts);
      }
      Audiences all = parts;
      try {
        written = writer.write(sink -> render(all, sources, report, sink::write, markdown, memo));
      } catch (RefusedFolderException e) {
        throw new OutpostException(ExitCode.OUTPUT_REFUSED, e.getMessage(), e);
      } catch (IOException e) {
        throw new OutpostException(
            ExitCode.IO_ERROR, "could not write the site to " + out + ": " + e, e);
      }
      markdown.forgetUnused();
      memo.forgetUnused();
      all.forgetUnused();
      long finished = System.nanoTime();
      stages.add(new Stage("render", Duration.ofNanos(finished - computed)));
      Duration took = Duration.ofNanos(finished - started);
      return new Result(page, report, out, written.files(), took, List.copyOf(stages));
    }
  }
}
