package dev.outpost.source.github;

import java.util.List;

/** The command lines of an issue comment, as a build reads them, for tests of other packages. */
public final class CommentCommands {
  private CommentCommands() {}

  /** Every command a comment may start with. */
  public static List<String> names() {
    return Commands.NAMES;
  }

  /** What could not be read in {@code body}'s command lines, given the known components. */
  public static List<String> errors(String body, List<String> componentIds) {
    return Commands.parse(body, componentIds).errors();
  }

  /** Whether {@code body}'s command lines change the state or any component, or resolve. */
  public static boolean changesAnything(String body, List<String> componentIds) {
    Commands commands = Commands.parse(body, componentIds);
    return commands.state() != null
        || !commands.components().isEmpty()
        || commands.everyAffected() != null
        || commands.resolve();
  }
}
