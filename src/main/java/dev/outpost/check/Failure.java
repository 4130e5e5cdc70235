package dev.outpost.check;

/** An attempt that failed, saying what came back; retried while time is left. */
final class Failure extends Exception {
  Failure(String message) {
    super(message, null, false, false);
  }
}
