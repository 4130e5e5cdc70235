package dev.outpost.source.github;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for suspected issues, which health checks and alerts open with the {@code suspected}
 * label: a trusted person confirms one with the outage label or a {@code /confirm} comment, and
 * dismisses it with {@code /dismiss} or by closing it as not planned. The last of a trusted
 * person's {@code /confirm} and {@code /dismiss} counts.
 */
public final class Suspected {
  /** The label of a suspected issue. */
  public static final String LABEL = "suspected";

  private static final Pattern MARKER =
      Pattern.compile("<!-- outpost:check (failing|passing) (\\S+) -->");

  /**
   * What {@code outpost alert} writes: the alert's state and its fingerprint, which holds only
   * {@code [A-Za-z0-9._:-]}.
   */
  private static final Pattern ALERT_MARKER =
      Pattern.compile("<!-- outpost:alert (firing|resolved) ([A-Za-z0-9._:-]+) -->");

  /** What Outpost writes into a comment that changes no state: it is for maintainers only. */
  public static final String NOTE = "<!-- outpost:note -->";

  private Suspected() {}

  /** A trusted person's last word on a suspected issue. */
  enum Word {
    NONE,
    CONFIRMED,
    DISMISSED
  }

  static Word word(RawIssue issue, Trust trust) {
    Word word = Word.NONE;
    for (RawIssue.Comment comment : issue.comments()) {
      if (!trust.person(comment.author(), comment.authorAssociation())) {
        continue;
      }
      String body = trust.commentBody(comment);
      if (body == null) {
        continue;
      }
      for (String line : body.replace("\r\n", "\n").split("\n")) {
        String command = line.strip().toLowerCase(Locale.ROOT);
        if (command.isEmpty()) {
          continue;
        }
        if (!command.startsWith("/")) {
          break;
        }
        if (command.equals("/confirm")) {
          word = Word.CONFIRMED;
        } else if (command.equals("/dismiss")) {
          word = Word.DISMISSED;
        }
      }
    }
    return word;
  }

  /** Whether {@code text} is one of Outpost's check comments, which are for maintainers only. */
  static boolean fromCheck(String text) {
    return text != null
        && (text.contains(NOTE)
            || MARKER.matcher(text).find()
            || ALERT_MARKER.matcher(text).find());
  }

  /**
   * {@code text} up to Outpost's marker: what follows in a suspected issue's body is guidance for
   * maintainers, not for the page.
   */
  static String withoutNotes(String text) {
    Matcher check = MARKER.matcher(text);
    Matcher alert = ALERT_MARKER.matcher(text);
    int end =
        Math.min(
            check.find() ? check.start() : text.length(),
            alert.find() ? alert.start() : text.length());
    return end < text.length() ? text.substring(0, end).strip() : text;
  }

  /** The marker Outpost's check writes into its issues and comments. */
  public static String marker(boolean failing, java.time.Instant since) {
    return "<!-- outpost:check " + (failing ? "failing" : "passing") + " " + since + " -->";
  }

  /**
   * The marker {@code outpost alert} writes for an alert: whether it fires, and its fingerprint
   * (which must hold only {@code [A-Za-z0-9._:-]}).
   */
  public static String alertMarker(boolean firing, String fingerprint) {
    if (!fingerprint.matches("[A-Za-z0-9._:-]+")) {
      throw new IllegalArgumentException("not a fingerprint: " + fingerprint);
    }
    return "<!-- outpost:alert " + (firing ? "firing" : "resolved") + " " + fingerprint + " -->";
  }

  /** Each alert's state in {@code text}, by fingerprint, into {@code alerts}; the last one wins. */
  static void alertMarkers(String text, java.util.Map<String, Boolean> alerts) {
    Matcher m = ALERT_MARKER.matcher(text == null ? "" : text);
    while (m.find()) {
      alerts.remove(m.group(2));
      alerts.put(m.group(2), m.group(1).equals("firing"));
    }
  }

  /**
   * The last marker in {@code text}.
   *
   * @return {@code failing} or {@code passing}, and the instant, as written
   */
  static Optional<String[]> lastMarker(String text) {
    Matcher m = MARKER.matcher(text == null ? "" : text);
    String[] last = null;
    while (m.find()) {
      last = new String[] {m.group(1), m.group(2)};
    }
    return Optional.ofNullable(last);
  }
}
