package dev.outpost.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Ids and the helpful words around them: validity, "did you mean", lists of choices. */
public final class Names {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private Names() {}

  /** Whether {@code id} is a valid id: {@code [a-z0-9][a-z0-9-]*}. */
  public static boolean isValidId(String id) {
    return ID.matcher(id).matches();
  }

  /** What an id must look like, for messages. */
  public static String idRule() {
    return "use lowercase letters, digits and dashes, starting with a letter or digit";
  }

  /**
   * The candidate closest to {@code word}, if one is close enough to be a likely typo: at most 2
   * edits (ignoring case, see {@link #distance}), and at most half the length of {@code word}. Ties
   * go to the first.
   */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    int limit = Math.min(2, word.length() / 2);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance <= limit && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code "; did you mean `x`?"} for the closest candidate, or {@code ""} if none is close. */
  public static String didYouMean(String word, Collection<String> candidates) {
    return closest(word, candidates).map(c -> "; did you mean `" + c + "`?").orElse("");
  }

  /** The words in back-quotes, separated by commas: {@code `a`, `b`}. */
  public static String quoted(Collection<String> words) {
    return words.stream().map(w -> "`" + w + "`").collect(Collectors.joining(", "));
  }

  /**
   * The edit distance between two strings: Levenshtein's insertions, deletions and substitutions,
   * with a swap of two neighbours counting as one edit too (so {@code wbe} is 1 from {@code web}).
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
