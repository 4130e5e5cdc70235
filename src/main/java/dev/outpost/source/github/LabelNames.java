package dev.outpost.source.github;

import java.util.Collection;

/**
 * How label names compare: ignoring case, as GitHub does (a repository cannot have both {@code
 * Outage} and {@code outage}, and either finds the other's issues). Every comparison of a label
 * name with a configured one goes through here: reading issues, the triggering event, pinning.
 */
public final class LabelNames {
  private LabelNames() {}

  /** Whether {@code a} and {@code b} name the same label. */
  public static boolean same(String a, String b) {
    return a != null && a.equalsIgnoreCase(b);
  }

  /** Whether {@code names} holds {@code name}. */
  public static boolean contains(Collection<String> names, String name) {
    for (String each : names) {
      if (same(each, name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code name} starts with {@code prefix}, such as {@code component:}. */
  public static boolean startsWith(String name, String prefix) {
    return name.regionMatches(true, 0, prefix, 0, prefix.length());
  }
}
