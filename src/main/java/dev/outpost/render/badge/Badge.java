package dev.outpost.render.badge;

import dev.outpost.markup.Markup;
import java.util.Locale;

/**
 * A shields.io-style "flat" badge: a grey label and a coloured message. Text widths come from a
 * fixed table of Verdana 11px advance widths, so the same text always gives the same SVG.
 *
 * @param color one of shields.io's named colours ({@code brightgreen}, {@code red}, ...)
 */
record Badge(String label, String message, String color) {
  private static final String LABEL_FILL = "#555";

  /** The hex value of a shields.io named colour. */
  static String hex(String color) {
    return switch (color) {
      case "brightgreen" -> "#4c1";
      case "green" -> "#97ca00";
      case "yellowgreen" -> "#a4a61d";
      case "yellow" -> "#dfb317";
      case "orange" -> "#fe7d37";
      case "red" -> "#e05d44";
      case "blue" -> "#007ec6";
      default -> "#9f9f9f";
    };
  }

  String svg() {
    int labelWidth = TextWidth.of(label) + 10;
    int messageWidth = TextWidth.of(message) + 10;
    int width = labelWidth + messageWidth;
    String title = Markup.escape(label + ": " + message);
    String fill = hex(color);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
        + width
        + "\" height=\"20\" role=\"img\" aria-label=\""
        + title
        + "\">\n<title>"
        + title
        + "</title>\n"
        + "<linearGradient id=\"s\" x2=\"0\" y2=\"100%\"><stop offset=\"0\" stop-color=\"#bbb\""
        + " stop-opacity=\".1\"/><stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>\n"
        + "<clipPath id=\"r\"><rect width=\""
        + width
        + "\" height=\"20\" rx=\"3\" fill=\"#fff\"/></clipPath>\n"
        + "<g clip-path=\"url(#r)\"><rect width=\""
        + labelWidth
        + "\" height=\"20\" fill=\""
        + LABEL_FILL
        + "\"/><rect x=\""
        + labelWidth
        + "\" width=\""
        + messageWidth
        + "\" height=\"20\" fill=\""
        + fill
        + "\"/><rect width=\""
        + width
        + "\" height=\"20\" fill=\"url(#s)\"/></g>\n"
        + "<g fill=\"#fff\" text-anchor=\"middle\""
        + " font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\" font-size=\"11\">\n"
        + text(labelWidth / 2.0, label)
        + text(labelWidth + messageWidth / 2.0, message)
        + "</g>\n</svg>\n";
  }

  private static String text(double x, String text) {
    String at = String.format(Locale.ROOT, "%.1f", x);
    String escaped = Markup.escape(text);
    return "<text x=\""
        + at
        + "\" y=\"15\" fill=\"#010101\" fill-opacity=\".3\">"
        + escaped
        + "</text><text x=\""
        + at
        + "\" y=\"14\">"
        + escaped
        + "</text>\n";
  }
}
