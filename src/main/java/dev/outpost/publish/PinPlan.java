package dev.outpost.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What pinning changes, decided from the repository's state alone: pin the newest open, confirmed
 * outage issue; unpin outage issues that are closed; never touch an issue that is not an outage;
 * never go past GitHub's three pinned issues; close, as completed, each open outage issue whose
 * incident a trusted {@code /resolve} resolved (unpinning it if it is pinned). Optionally comment
 * once on each confirmed outage with the link to its page, and lock its conversation to
 * collaborators.
 *
 * @param warnings what could not be done, for people
 */
public record PinPlan(
    List<Issue> unpin,
    Optional<Issue> pin,
    List<Issue> comment,
    List<Issue> lock,
    List<Issue> close,
    List<String> warnings) {
  /** GitHub pins at most this many issues in a repository. */
  public static final int MOST_PINNED = 3;

  /** An issue to act on. */
  public record Issue(String id, int number) {}

  /** An issue pinned now. */
  public record Pinned(String id, int number, boolean closed, boolean outage) {}

  /**
   * An open issue with the outage label.
   *
   * @param linked whether it has Outpost's comment with the link already
   */
  public record OpenOutage(
      String id, int number, Instant createdAt, boolean pinned, boolean locked, boolean linked) {}

  /** Comments and locking, both off unless configured. */
  public record Options(boolean comment, boolean lock) {}

  public PinPlan {
    unpin = List.copyOf(unpin);
    comment = List.copyOf(comment);
    lock = List.copyOf(lock);
    close = List.copyOf(close);
    warnings = List.copyOf(warnings);
  }

  /** Whether nothing is to be sent. */
  public boolean isEmpty() {
    return unpin.isEmpty()
        && pin.isEmpty()
        && comment.isEmpty()
        && lock.isEmpty()
        && close.isEmpty();
  }

  /**
   * Decides.
   *
   * @param confirmed the numbers of the outage issues that are on the page (trusted) and ongoing
   */
  public static PinPlan of(
      List<Pinned> pinned, List<OpenOutage> open, Set<Integer> confirmed, Options options) {
    return of(pinned, open, confirmed, Set.of(), options);
  }

  /**
   * Decides, closing too.
   *
   * @param confirmed the numbers of the outage issues that are on the page (trusted) and ongoing
   * @param resolved the numbers of the outage issues whose incident on the page is resolved
   */
  public static PinPlan of(
      List<Pinned> pinned,
      List<OpenOutage> open,
      Set<Integer> confirmed,
      Set<Integer> resolved,
      Options options) {
    List<Issue> unpin = new ArrayList<>();
    for (Pinned issue : pinned) {
      if (issue.outage() && issue.closed()) {
        unpin.add(new Issue(issue.id(), issue.number()));
      }
    }
    List<Issue> close = new ArrayList<>();
    for (OpenOutage issue : open) {
      if (resolved.contains(issue.number()) && !confirmed.contains(issue.number())) {
        close.add(new Issue(issue.id(), issue.number()));
        if (issue.pinned()) {
          unpin.add(new Issue(issue.id(), issue.number()));
        }
      }
    }
    List<OpenOutage> current = open.stream().filter(i -> confirmed.contains(i.number())).toList();
    Optional<OpenOutage> newest =
        current.stream()
            .max(Comparator.comparing(OpenOutage::createdAt).thenComparing(OpenOutage::number));
    List<String> warnings = new ArrayList<>();
    Optional<Issue> pin = Optional.empty();
    if (newest.isPresent() && !newest.get().pinned()) {
      int held = pinned.size() - unpin.size();
      if (held < MOST_PINNED) {
        pin = Optional.of(new Issue(newest.get().id(), newest.get().number()));
      } else {
        warnings.add(
            "cannot pin outage #"
                + newest.get().number()
                + ": GitHub pins at most 3 issues and "
                + numbers(pinned)
                + " hold the places; unpin one of them");
      }
    }
    List<Issue> comment = new ArrayList<>();
    List<Issue> lock = new ArrayList<>();
    for (OpenOutage issue : current) {
      if (options.comment() && !issue.linked()) {
        comment.add(new Issue(issue.id(), issue.number()));
      }
      if (options.lock() && !issue.locked()) {
        lock.add(new Issue(issue.id(), issue.number()));
      }
    }
    return new PinPlan(unpin, pin, comment, lock, close, warnings);
  }

  private static String numbers(List<Pinned> pinned) {
    return String.join(", ", pinned.stream().map(p -> "#" + p.number()).toList());
  }
}
