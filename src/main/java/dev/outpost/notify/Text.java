package dev.outpost.notify;

/** Shortening text to a service's documented limits. */
final class Text {
  private Text() {}

  /** {@code text} cut to at most {@code max} characters, ending in … when cut. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isLowSurrogate(text.charAt(end)) && end > 0) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
