package dev.outpost.render.badge;

/**
 * The width of text in Verdana at 11px, as shields.io lays badges out: a fixed table of Verdana's
 * advance widths (font units / 2048 x 11 px, in tenths of a pixel) for printable ASCII; any other
 * character counts as 8 px.
 */
final class TextWidth {
  /** Tenths of a pixel for the characters 0x20 (space) to 0x7E (~). */
  private static final int[] ASCII = {
    39, 44, 57, 101, 70, 119, 80, 30, 54, 54, 70, 101, 40, 47, 40, 54, // space to /
    70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 46, 46, 101, 101, 101, 60, // 0 to ?
    110, 75, 75, 77, 85, 70, 63, 85, 83, 46, 50, 76, 62, 92, 82, 87, // @ to O
    66, 87, 76, 75, 67, 81, 75, 109, 75, 67, 75, 54, 54, 54, 101, 70, // P to _
    70, 66, 68, 57, 68, 66, 39, 68, 70, 30, 37, 64, 30, 115, 70, 67, // ` to o
    68, 68, 47, 57, 43, 70, 64, 90, 64, 64, 56, 70, 54, 70, 101 // p to ~
  };

  private static final int OTHER = 80;

  private TextWidth() {}

  /** The width of {@code text} in whole pixels, rounded up. */
  static int of(String text) {
    int tenths = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      tenths += cp >= 0x20 && cp <= 0x7e ? ASCII[cp - 0x20] : OTHER;
      i += Character.charCount(cp);
    }
    return (tenths + 9) / 10;
  }
}
