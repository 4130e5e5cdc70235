package dev.outpost.model;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How readers can be told of changes, as the pages and the API show it.
 *
 * @param signup where readers sign up for e-mail (a mailing list's page or a {@code mailto:}
 *     address), or {@code null} when there is none
 * @param channels the components each notification channel is limited to, one list per channel; an
 *     empty list is a channel for every component
 */
public record Subscriptions(URI signup, List<List<String>> channels) {
  /** No sign-up and no channels. */
  public static final Subscriptions NONE = new Subscriptions(null, List.of());

  public Subscriptions {
    channels = channels.stream().map(List::copyOf).toList();
  }

  public Optional<URI> signupUrl() {
    return Optional.ofNullable(signup);
  }

  /**
   * Whether {@code outpost notify} tells some channel of an incident or window that touches {@code
   * components}.
   */
  public boolean notifies(Collection<String> components) {
    for (List<String> only : channels) {
      if (only.isEmpty() || only.stream().anyMatch(components::contains)) {
        return true;
      }
    }
    return false;
  }
}
