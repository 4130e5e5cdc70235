package dev.outpost.init;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commits the workflows that {@code outpost init} writes pin each action to. A tag such as
 * {@code v4} can be moved to other code by whoever controls the action's repository; a commit
 * cannot. Each pin is the commit that the tag pointed to when the pin was made (the newest release
 * of that major version), written with that release's version in a comment, as Dependabot reads and
 * updates it: {@code uses: actions/checkout@11d5960a326750d5838078e36cf38b85af677262 # v4.4.0}.
 *
 * <p>The repository's own workflows carry the same pins ({@code WorkflowPinsTest} checks it), so
 * when Dependabot updates them, this table is updated in the same change.
 */
public final class ActionPins {
  /**
   * One pinned action.
   *
   * @param action {@code owner/name}, or {@code owner/name/path} for an action in a sub-folder
   * @param tag the tag the templates name, such as {@code v4}
   * @param commit the full commit the tag's release points to
   * @param version the release, such as {@code v4.4.0}
   */
  public record Pin(String action, String tag, String commit, String version) {
    /** What a workflow's {@code uses:} says for this pin. */
    public String uses() {
      return action + "@" + commit + " # " + version;
    }
  }

  /** Every action the templates use, with the commit of its release. */
  public static final List<Pin> PINS =
      List.of(
          new Pin("actions/checkout", "v4", "11d5960a326750d5838078e36cf38b85af677262", "v4.4.0"),
          new Pin(
              "actions/configure-pages",
              "v5",
              "983d7736d9b0ae728b81ab479565c72886d7745b",
              "v5.0.0"),
          new Pin(
              "actions/upload-pages-artifact",
              "v3",
              "56afc609e74202658d3ffba0e8f6dda462b719fa",
              "v3.0.1"),
          new Pin(
              "actions/deploy-pages", "v4", "d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e", "v4.0.5"),
          new Pin(
              "actions/upload-artifact",
              "v4",
              "ea165f8d65b6e75b540449e92b4886f43607fa02",
              "v4.6.2"),
          new Pin("actions/cache/save", "v4", "0057852bfaa89a56745cba8c7296529d2fc39830", "v4.3.0"),
          new Pin(
              "actions/create-github-app-token",
              "v3",
              "1b10c78c7865c340bc4f6099eb2f838309f1e8c3",
              "v3.1.1"));

  private static final Pattern USES =
      Pattern.compile("(?m)^(\\s*(?:- )?uses: )([A-Za-z0-9._/-]+)@([A-Za-z0-9._-]+)[ \\t]*$");

  private ActionPins() {}

  /** The pin of {@code action} at {@code tag}, if the table has one. */
  public static Optional<Pin> of(String action, String tag) {
    return PINS.stream().filter(p -> p.action.equals(action) && p.tag.equals(tag)).findFirst();
  }

  /**
   * {@code workflow} with every {@code uses: owner/name@tag} replaced by its pin.
   *
   * @throws IllegalStateException if the table has no pin for an action the workflow uses
   */
  static String pin(String workflow) {
    Matcher uses = USES.matcher(workflow);
    StringBuilder out = new StringBuilder();
    while (uses.find()) {
      Pin pin =
          of(uses.group(2), uses.group(3))
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "no pinned commit for " + uses.group(2) + "@" + uses.group(3)));
      uses.appendReplacement(out, Matcher.quoteReplacement(uses.group(1) + pin.uses()));
    }
    uses.appendTail(out);
    return out.toString();
  }
}
