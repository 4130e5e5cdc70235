package dev.outpost.source.github;

import dev.outpost.state.StateFolder;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One repository's labelled issues, kept in the state folder between builds, so that a build asks
 * GitHub only for the issues updated since the last read and merges them into what it kept.
 *
 * <p>An incremental read cannot see an issue deleted or transferred, nor a trusted person who lost
 * that role, so every issue is read again when the last full read is {@code fullReadEvery} old, and
 * whenever the kept document is missing, damaged, implausible, or kept for another endpoint,
 * repository, set of labels or version of this format. The kept document comes from the Actions
 * cache, so it is checked as untrusted input before anything in it is used; it holds GitHub's raw
 * answers, which go through the same trust rules and mapping as a fresh read.
 */
public final class KeptIssues {
  /** How old the last full read may get before the next build reads every issue again. */
  public static final Duration DEFAULT_FULL_READ = Duration.ofHours(24);

  /**
   * How far before the last read the next one starts asking: GitHub's clock and the runner's may
   * differ, and an update may become visible to the search a moment after its time.
   */
  static final Duration OVERLAP = Duration.ofMinutes(5);

  /** The version of the kept document; another version is read as nothing. */
  static final String VERSION = "github-issues-2";

  /**
   * The order the issues are kept in, whatever order GitHub gave them in, so that a read which
   * finds nothing new finds what it kept unchanged, and leaves it as it is.
   */
  static final Comparator<RawIssue> ORDER =
      Comparator.comparing(RawIssue::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(RawIssue::number);

  /** More kept issues than this is not a plausible status history. */
  static final int MAX_ISSUES = 200_000;

  private final Path folder;
  private final Duration fullReadEvery;
  private final Supplier<Instant> clock;
  private final Consumer<String> log;

  private KeptIssues(
      Path folder, Duration fullReadEvery, Supplier<Instant> clock, Consumer<String> log) {
    if (fullReadEvery.isNegative() || fullReadEvery.isZero()) {
      throw new IllegalArgumentException("the full read interval must be positive");
    }
    this.folder = folder;
    this.fullReadEvery = fullReadEvery;
    this.clock = clock;
    this.log = log;
  }

  /**
   * Issues kept in {@code folder} (which need not exist yet), read again in full once the last full
   * read is {@code fullReadEvery} old.
   *
   * @param log hears one line a read: how it read and why
   */
  public static KeptIssues in(Path folder, Duration fullReadEvery, Consumer<String> log) {
    return new KeptIssues(folder, fullReadEvery, Instant::now, log);
  }

  /** The same, with another clock; for tests. */
  public KeptIssues withClock(Supplier<Instant> clock) {
    return new KeptIssues(folder, fullReadEvery, clock, log);
  }

  /** The folder. */
  public Path folder() {
    return folder;
  }

  /**
   * What is kept of one repository.
   *
   * @param fullRead when the last full read started, by the runner's clock
   * @param read when the last read, full or not, started
   * @param issues the labelled issues, oldest first
   */
  record Kept(Instant fullRead, Instant read, List<RawIssue> issues) {}

  /**
   * The issues of {@code fetcher}'s repository that carry one of {@code labels}, as a full read
   * would give them but for what only a full read sees; keeps them for the next build.
   *
   * @param endpoint the GraphQL endpoint, part of what the kept document must have been kept for
   * @param complete what is read further of the issues read (their edit histories), kept with them
   */
  List<RawIssue> read(
      IssueFetcher fetcher,
      URI endpoint,
      List<String> labels,
      UnaryOperator<List<RawIssue>> complete) {
    String repository = fetcher.repository();
    String fingerprint = fingerprint(endpoint, repository, labels);
    String name =
        "issues-" + hash(endpoint + " " + repository.toLowerCase(Locale.ROOT), 16) + ".json";
    Instant started = clock.get();
    List<String> unusable = new ArrayList<>();
    Optional<Kept> kept = StateFolder.at(folder, unusable::add).read(name, Kept.class, fingerprint);
    String invalid = kept.map(k -> invalid(k, repository, labels, started)).orElse(null);
    List<RawIssue> issues;
    List<RawIssue> keep;
    Instant fullRead;
    if (kept.isEmpty() || invalid != null) {
      String why =
          invalid != null
              ? "the kept issues are not plausible (" + invalid + ")"
              : unusable.isEmpty()
                  ? "none kept in " + folder + " yet"
                  : String.join("; ", unusable).replace("; starting without it", "");
      log.accept(repository + ": reading every issue: " + why);
      issues = complete.apply(fetcher.fetch(labels));
      keep = inOrder(issues);
      fullRead = started;
    } else if (!started.isBefore(kept.get().fullRead().plus(fullReadEvery))) {
      log.accept(
          repository
              + ": reading every issue: the last full read was at "
              + kept.get().fullRead()
              + ", "
              + hours(fullReadEvery)
              + " or more ago");
      issues = complete.apply(fetcher.fetch(labels));
      keep = inOrder(issues);
      fullRead = started;
    } else {
      Instant since = kept.get().read().minus(OVERLAP);
      List<RawIssue> updated = fetcher.fetchUpdatedSince(since);
      issues = complete.apply(merged(kept.get().issues(), updated, labels));
      keep = issues;
      fullRead = kept.get().fullRead();
      if (issues.equals(kept.get().issues())) {
        // Nothing new: the document stays as it is (so the workflow has nothing to save), and the
        // next read asks again from the same time.
        log.accept(
            repository
                + ": no change since "
                + since
                + " ("
                + issues.size()
                + " labelled issue(s) kept); every issue is read again after "
                + fullRead.plus(fullReadEvery));
        return issues;
      }
      log.accept(
          repository
              + ": "
              + updated.size()
              + " issue(s) updated since "
              + since
              + ", "
              + issues.size()
              + " labelled issue(s) in all; every issue is read again after "
              + fullRead.plus(fullReadEvery));
    }
    try {
      StateFolder.at(folder, log).write(name, new Kept(fullRead, started, keep), fingerprint);
    } catch (IOException e) {
      log.accept(
          "warning: cannot keep the issues of "
              + repository
              + " in "
              + folder
              + " ("
              + e.getClass().getSimpleName()
              + "); the next build reads every issue again");
    }
    return issues;
  }

  /**
   * {@code kept} with each of {@code updated} in place of its older self, or gone if unlabelled. An
   * updated issue whose body was not edited since keeps the edit history read of its older self.
   */
  static List<RawIssue> merged(List<RawIssue> kept, List<RawIssue> updated, List<String> labels) {
    Map<Integer, RawIssue> byNumber = new TreeMap<>();
    kept.forEach(issue -> byNumber.put(issue.number(), issue));
    for (RawIssue issue : updated) {
      RawIssue older = byNumber.get(issue.number());
      if (carries(issue, labels)) {
        RawIssue merged = sameBody(older, issue) ? issue.withHistory(older.history()) : issue;
        byNumber.put(issue.number(), older == null ? merged : withCommentHistories(merged, older));
      } else {
        byNumber.remove(issue.number());
      }
    }
    return inOrder(byNumber.values());
  }

  private static List<RawIssue> inOrder(java.util.Collection<RawIssue> issues) {
    List<RawIssue> sorted = new ArrayList<>(issues);
    sorted.sort(ORDER);
    return sorted;
  }

  /**
   * {@code issue} whose comments keep the edit history read of their older selves in {@code older},
   * each whose body was not edited since.
   */
  private static RawIssue withCommentHistories(RawIssue issue, RawIssue older) {
    Map<String, RawIssue.Comment> kept = new java.util.HashMap<>();
    older.comments().stream().filter(c -> c.id() != null).forEach(c -> kept.put(c.id(), c));
    return issue.withComments(
        issue.comments().stream()
            .map(
                c -> {
                  RawIssue.Comment before = kept.get(c.id());
                  return before != null
                          && c.history() == null
                          && before.body().equals(c.body())
                          && Objects.equals(before.lastEditedAt(), c.lastEditedAt())
                          && Objects.equals(before.editor(), c.editor())
                      ? c.withHistory(before.history())
                      : c;
                })
            .toList());
  }

  private static boolean sameBody(RawIssue older, RawIssue issue) {
    return older != null
        && issue.history() == null
        && older.body().equals(issue.body())
        && Objects.equals(older.lastEditedAt(), issue.lastEditedAt())
        && Objects.equals(older.editor(), issue.editor());
  }

  private static boolean carries(RawIssue issue, List<String> labels) {
    return labels.stream().anyMatch(label -> LabelNames.contains(issue.labels(), label));
  }

  /**
   * Why {@code kept} cannot be what an earlier build of {@code repository} read, or {@code null}.
   * Anyone able to write the cache could have written it; what a fresh read guarantees is checked
   * again here.
   */
  static String invalid(Kept kept, String repository, List<String> labels, Instant now) {
    if (kept.fullRead() == null || kept.read() == null || kept.issues() == null) {
      return "a time or the list of issues is missing";
    }
    Instant latest = now.plus(OVERLAP);
    if (kept.read().isAfter(latest) || kept.fullRead().isAfter(kept.read())) {
      return "read at " + kept.read() + ", after the clock or before its full read";
    }
    if (kept.issues().size() > MAX_ISSUES) {
      return "more than " + MAX_ISSUES + " issues";
    }
    String path = ("/" + repository + "/issues/").toLowerCase(Locale.ROOT);
    java.util.Set<Integer> numbers = new java.util.HashSet<>();
    for (RawIssue issue : kept.issues()) {
      if (issue == null || issue.number() <= 0 || !numbers.add(issue.number())) {
        return "an issue without a number, or twice";
      }
      String at = "issue #" + issue.number() + ": ";
      if (issue.title() == null
          || issue.body() == null
          || issue.createdAt() == null
          || issue.authorAssociation() == null
          || !("OPEN".equals(issue.state()) || "CLOSED".equals(issue.state()))) {
        return at + "a title, body, state, time or association is missing";
      }
      String url = issue.url() == null ? "" : issue.url().toLowerCase(Locale.ROOT);
      if (!(url.startsWith("https://") || url.startsWith("http://"))
          || !url.endsWith(path + issue.number())) {
        return at + "not a link to an issue of " + repository;
      }
      if (!carries(issue, labels)) {
        return at + "none of the labels read";
      }
      for (RawIssue.Comment comment : issue.comments()) {
        if (comment == null
            || comment.body() == null
            || comment.createdAt() == null
            || comment.authorAssociation() == null) {
          return at + "a comment without a body, time or association";
        }
        if (comment.history() != null
            && comment.history().revisions().stream()
                .anyMatch(r -> r == null || r.editedAt() == null)) {
          return at + "a revision of a comment without a time";
        }
      }
      for (RawIssue.Event event : issue.events()) {
        if (event == null || event.type() == null || event.at() == null) {
          return at + "an event without a type or time";
        }
      }
      if (issue.history() != null
          && issue.history().revisions().stream()
              .anyMatch(r -> r == null || r.editedAt() == null)) {
        return at + "a revision of the body without a time";
      }
    }
    return null;
  }

  /** What the kept document must have been kept for. */
  static String fingerprint(URI endpoint, String repository, List<String> labels) {
    List<String> names =
        labels.stream().map(label -> label.toLowerCase(Locale.ROOT)).sorted().toList();
    return VERSION
        + " "
        + hash(endpoint + "\n" + repository.toLowerCase(Locale.ROOT) + "\n" + names, 64);
  }

  private static String hash(String text, int length) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, length);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hours(Duration duration) {
    return duration.toMinutes() % 60 == 0
        ? duration.toHours() + " h"
        : duration.toMinutes() + " min";
  }
}
