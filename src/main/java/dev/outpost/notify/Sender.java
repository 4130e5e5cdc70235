package dev.outpost.notify;

import java.util.List;
import java.util.function.Consumer;

/** Delivers notices to one channel. */
interface Sender {
  /**
   * Sends {@code notices}, telling {@code sent} of each one that arrived, in order; stops at the
   * first that did not.
   */
  void send(List<Notice> notices, Consumer<Notice> sent) throws SendFailure;
}
