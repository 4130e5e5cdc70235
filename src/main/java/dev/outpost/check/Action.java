package dev.outpost.check;

import java.util.List;

/** What a check run does to GitHub's issues. */
public sealed interface Action {
  /** In words, for the log and {@code --offline}. */
  String describe();

  /** Open a suspected issue. */
  record Open(String component, String title, String body, List<String> labels) implements Action {
    public Open {
      labels = List.copyOf(labels);
    }

    @Override
    public String describe() {
      return "open a suspected issue for " + component + ": " + title;
    }
  }

  /** Comment on an open issue. */
  record Comment(int number, String component, String body) implements Action {
    @Override
    public String describe() {
      return "comment on #"
          + number
          + " ("
          + component
          + "): "
          + body.lines().findFirst().orElse("");
    }
  }

  /** Comment on an unconfirmed issue, then close it as not planned. */
  record Close(int number, String component, String body) implements Action {
    @Override
    public String describe() {
      return "close #"
          + number
          + " ("
          + component
          + ") as not planned: "
          + body.lines().findFirst().orElse("");
    }
  }

  /**
   * Comment on a confirmed issue, then close it as completed: its incident is resolved. Only with
   * {@code auto_resolve: true}.
   */
  record Resolve(int number, String component, String body) implements Action {
    @Override
    public String describe() {
      return "close #"
          + number
          + " ("
          + component
          + ") as completed, resolving its incident: "
          + body.lines().findFirst().orElse("");
    }
  }
}
