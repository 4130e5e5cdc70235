package dev.outpost.notify;

/** A message that did not arrive; it is sent again on the next run. */
final class SendFailure extends Exception {
  SendFailure(String message) {
    super(message);
  }

  SendFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
