package dev.outpost.check;

import dev.outpost.config.CheckSpec;
import dev.outpost.source.github.GitHubAccess;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A check's target as it may be shown in an issue, a log, the page or its JSON: a URL without its
 * user information, query or fragment, where a credential could hide ({@link GitHubAccess#shown}).
 */
public final class Shown {
  private Shown() {}

  /** The target of {@code check}, fit to show. */
  public static String target(CheckSpec check) {
    if (check.kind() != CheckSpec.Kind.HTTP) {
      return check.target();
    }
    try {
      return GitHubAccess.shown(new URI(check.target()));
    } catch (URISyntaxException e) {
      return "the " + check.id() + " URL";
    }
  }
}
