package dev.outpost.source.github;

import dev.outpost.config.GitHubSettings;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who is trusted, and what of an issue may reach the page. The rules are in docs/github-issues.md,
 * "Trust".
 *
 * <p>A person is trusted when GitHub gives them the association OWNER, MEMBER or COLLABORATOR, when
 * they are the workflow's bot ({@code github-actions[bot]}), or when {@code trusted.users} lists
 * them. Events and edits carry a login but no association, so a login counts as trusted when it is
 * listed, is the bot, or wrote an issue or comment with a trusted association anywhere in this
 * read. Logins are as {@link IssueFetcher#actor} reads them: a bot's ends in {@code [bot]}.
 */
final class Trust {
  static final String BOT_SUFFIX = "[bot]";
  static final String BOT = "github-actions" + BOT_SUFFIX;
  private static final Set<String> ASSOCIATIONS = Set.of("OWNER", "MEMBER", "COLLABORATOR");

  private final GitHubSettings settings;
  private final Set<String> known = new HashSet<>();

  private Trust(GitHubSettings settings) {
    this.settings = settings;
  }

  static Trust of(GitHubSettings settings, List<RawIssue> issues) {
    Trust trust = new Trust(settings);
    for (RawIssue issue : issues) {
      trust.learn(issue.author(), issue.authorAssociation());
      issue.comments().forEach(c -> trust.learn(c.author(), c.authorAssociation()));
    }
    return trust;
  }

  private void learn(String login, String association) {
    if (login != null && ASSOCIATIONS.contains(association)) {
      known.add(lower(login));
    }
  }

  /** Whether the author of an issue or comment is trusted. */
  boolean person(String login, String association) {
    return ASSOCIATIONS.contains(association) || login(login);
  }

  /** Whether a login with no association at hand is trusted. */
  boolean login(String login) {
    return login != null
        && (BOT.equalsIgnoreCase(login) || settings.listed(login) || known.contains(lower(login)));
  }

  /**
   * Whether {@code actor} closing or reopening {@code issue} counts. GitHub lets only the author
   * and people with triage access or more do this, so anyone but the author counts; the author
   * counts when trusted.
   */
  boolean triager(String actor, RawIssue issue) {
    if (actor == null) {
      return false;
    }
    if (isAuthor(actor, issue)) {
      return person(issue.author(), issue.authorAssociation());
    }
    return true;
  }

  /**
   * Whether {@code actor} applying the label to {@code issue} vouches for it. A person other than
   * the author can label an issue only with triage access or more, which GitHub gives only to
   * collaborators and members: trusted by the same rule as authors. A bot or app can have that
   * access without anyone looking (an auto-labelling workflow reacting to a stranger's title), so
   * it vouches only when {@code trusted.users} lists it; the author only when trusted anyway.
   */
  boolean vouches(String actor, RawIssue issue) {
    if (actor == null) {
      return false;
    }
    if (isAuthor(actor, issue)) {
      return person(issue.author(), issue.authorAssociation());
    }
    return !isBot(actor) || settings.listed(actor);
  }

  private static boolean isAuthor(String actor, RawIssue issue) {
    return issue.author() != null && actor.equalsIgnoreCase(issue.author());
  }

  private static boolean isBot(String login) {
    return login.regionMatches(
        true, login.length() - BOT_SUFFIX.length(), BOT_SUFFIX, 0, BOT_SUFFIX.length());
  }

  /** Whether the last edit of a text by {@code author} keeps it trusted. */
  boolean edit(String author, Instant lastEditedAt, String editor) {
    return lastEditedAt == null
        || (editor != null && author != null && editor.equalsIgnoreCase(author))
        || login(editor);
  }

  /**
   * What of an issue may reach the page.
   *
   * @param counts whether the issue is an incident (or maintenance window) at all
   * @param authorTrusted whether its author is trusted
   * @param vouchedAt when a trusted person applied the label, for an untrusted author
   * @param title the title to show
   * @param body the body to show, and to read the form fields from: the body as it is, or a
   *     revision of it from its edit history; {@code null} when none may be shown
   */
  record Verdict(
      boolean counts, boolean authorTrusted, Instant vouchedAt, String title, String body) {
    static final Verdict SKIP = new Verdict(false, false, null, null, null);

    /** Whether a body (and the form fields in it) may be shown. */
    boolean showBody() {
      return body != null;
    }
  }

  Verdict verdict(RawIssue issue, String label) {
    if (person(issue.author(), issue.authorAssociation())) {
      String body =
          edit(issue.author(), issue.lastEditedAt(), issue.editor())
              ? issue.body()
              : revision(issue, null);
      return new Verdict(true, true, null, issue.title(), body);
    }
    Optional<RawIssue.Event> vouch =
        issue.events().stream()
            .filter(e -> e.type().equals("LabeledEvent") && LabelNames.same(e.label(), label))
            .reduce((first, second) -> second)
            .filter(e -> vouches(e.actor(), issue));
    if (vouch.isEmpty()) {
      return Verdict.SKIP;
    }
    Instant at = vouch.get().at();
    // The author of a vouched report is not trusted, so a trusted editor is someone else.
    boolean current =
        issue.lastEditedAt() == null || before(issue.lastEditedAt(), at) || login(issue.editor());
    return new Verdict(
        true, false, at, titleAsOf(issue, at), current ? issue.body() : revision(issue, at));
  }

  /**
   * Whether the body of {@code issue}, counted under any of {@code labels} it carries, could be
   * shown only from its edit history, which was not read.
   */
  boolean needsHistory(RawIssue issue, List<String> labels) {
    if (issue.history() != null) {
      return false;
    }
    for (String label : labels) {
      if (LabelNames.contains(issue.labels(), label)) {
        Verdict verdict = verdict(issue, label);
        if (verdict.counts() && !verdict.showBody()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The revision of the body that may be shown when the body as it is may not, from its edit
   * history: for a trusted author ({@code vouchedAt} {@code null}), the newest saved by the author
   * or a trusted login; for a vouched report, the newest saved by a trusted login other than the
   * author, else the newest saved surely before {@code vouchedAt}. {@code null} when the history
   * was not read, is not complete, holds no such revision, or that revision was deleted or has no
   * text.
   */
  private String revision(RawIssue issue, Instant vouchedAt) {
    return revision(issue.history(), issue.author(), vouchedAt);
  }

  /**
   * The body of a trusted person's comment that may be shown: as it is if it was not edited, or
   * last edited by its author or a trusted login; else the newest revision its author or a trusted
   * login saved, from its edit history. {@code null} when none may be shown, as {@link
   * #revision(RawIssue, Instant)} says.
   */
  String commentBody(RawIssue.Comment comment) {
    return edit(comment.author(), comment.lastEditedAt(), comment.editor())
        ? comment.body()
        : revision(comment.history(), comment.author(), null);
  }

  /**
   * Whether {@code comment} is a trusted person's whose body could be shown only from its edit
   * history, which was not read.
   */
  boolean needsHistory(RawIssue.Comment comment) {
    return comment.history() == null
        && person(comment.author(), comment.authorAssociation())
        && !edit(comment.author(), comment.lastEditedAt(), comment.editor());
  }

  private String revision(RawIssue.History history, String author, Instant vouchedAt) {
    if (history == null || !history.complete()) {
      return null;
    }
    RawIssue.Revision chosen = null;
    for (RawIssue.Revision revision : history.revisions()) {
      boolean may =
          vouchedAt == null
              ? edit(author, revision.editedAt(), revision.editor())
              : before(revision.editedAt(), vouchedAt) || login(revision.editor());
      if (may && (chosen == null || revision.editedAt().isAfter(chosen.editedAt()))) {
        chosen = revision;
      }
    }
    return chosen == null || chosen.deleted() ? null : chosen.text();
  }

  /**
   * Whether {@code time} is surely before {@code vouchedAt}. GitHub gives times to the second, so
   * an edit or rename in the same second as the vouching label may have come after it.
   */
  private static boolean before(Instant time, Instant vouchedAt) {
    return time.truncatedTo(ChronoUnit.SECONDS).isBefore(vouchedAt.truncatedTo(ChronoUnit.SECONDS));
  }

  /** The title as it was at {@code vouchedAt}, changed since only by trusted renames. */
  private String titleAsOf(RawIssue issue, Instant vouchedAt) {
    String title = issue.title();
    boolean first = true;
    for (RawIssue.Event event : issue.events()) {
      if (!event.type().equals("RenamedTitleEvent") || before(event.at(), vouchedAt)) {
        continue;
      }
      if (first && event.previousTitle() != null) {
        title = event.previousTitle();
        first = false;
      }
      if (login(event.actor()) && event.currentTitle() != null) {
        title = event.currentTitle();
      }
    }
    return title;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
