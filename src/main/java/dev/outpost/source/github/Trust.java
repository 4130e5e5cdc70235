package dev.outpost.source.github;

import dev.outpost.config.GitHubSettings;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who is trusted, and what of an issue may reach the page. The rules are in the README, "Trust".
 *
 * <p>A person is trusted when GitHub gives them the association OWNER, MEMBER or COLLABORATOR, when
 * they are the workflow's bot ({@code github-actions[bot]}), or when {@code trusted.users} lists
 * them. Events and edits carry a login but no association, so a login counts as trusted when it is
 * listed, is the bot, or wrote an issue or comment with a trusted association anywhere in this
 * read.
 */
final class Trust {
  static final String BOT = "github-actions[bot]";
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
   * Whether {@code actor} labelling, closing or reopening {@code issue} counts. GitHub lets only
   * the author and people with triage access or more do these, so anyone but the author counts; the
   * author counts when trusted.
   */
  boolean triager(String actor, RawIssue issue) {
    if (actor == null) {
      return false;
    }
    if (issue.author() != null && actor.equalsIgnoreCase(issue.author())) {
      return person(issue.author(), issue.authorAssociation());
    }
    return true;
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
   * @param showBody whether the body (and the form fields in it) may be shown
   */
  record Verdict(
      boolean counts, boolean authorTrusted, Instant vouchedAt, String title, boolean showBody) {
    static final Verdict SKIP = new Verdict(false, false, null, null, false);
  }

  Verdict verdict(RawIssue issue, String label) {
    if (person(issue.author(), issue.authorAssociation())) {
      boolean body = edit(issue.author(), issue.lastEditedAt(), issue.editor());
      return new Verdict(true, true, null, issue.title(), body);
    }
    Optional<RawIssue.Event> vouch =
        issue.events().stream()
            .filter(e -> e.type().equals("LabeledEvent") && label.equalsIgnoreCase(e.label()))
            .reduce((first, second) -> second)
            .filter(e -> triager(e.actor(), issue));
    if (vouch.isEmpty()) {
      return Verdict.SKIP;
    }
    Instant at = vouch.get().at();
    boolean body =
        issue.lastEditedAt() == null
            || !issue.lastEditedAt().isAfter(at)
            || (login(issue.editor()) && !issue.editor().equalsIgnoreCase(issue.author()));
    return new Verdict(true, false, at, titleAsOf(issue, at), body);
  }

  /** The title as it was at {@code vouchedAt}, changed since only by trusted renames. */
  private String titleAsOf(RawIssue issue, Instant vouchedAt) {
    String title = issue.title();
    boolean first = true;
    for (RawIssue.Event event : issue.events()) {
      if (!event.type().equals("RenamedTitleEvent") || !event.at().isAfter(vouchedAt)) {
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
