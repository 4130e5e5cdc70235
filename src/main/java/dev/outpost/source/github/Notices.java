package dev.outpost.source.github;

import java.util.Optional;

/**
 * The site-wide notice from an issue: an open issue carrying the notice label counts by the same
 * rules as an outage issue (see {@link Trust#verdict}), and shows its title, in bold, and the body
 * the trust rules let through, if any.
 */
final class Notices {
  private Notices() {}

  /** The notice {@code issue} gives, in Markdown; nothing when it is closed or does not count. */
  static Optional<String> notice(RawIssue issue, Trust trust, String label) {
    if (issue.closed()) {
      return Optional.empty();
    }
    Trust.Verdict verdict = trust.verdict(issue, label);
    if (!verdict.counts()) {
      return Optional.empty();
    }
    String title = "**" + escaped(verdict.title().strip()) + "**";
    String body = verdict.showBody() ? verdict.body().strip() : "";
    return Optional.of(body.isEmpty() ? title : title + "\n\n" + body);
  }

  /** {@code text} with every ASCII punctuation character escaped, so Markdown shows it as it is. */
  static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128 && !Character.isLetterOrDigit(c) && c > ' ') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
