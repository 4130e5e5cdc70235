package dev.outpost.config;

import java.util.Locale;
import java.util.Optional;

/**
 * WCAG 2 contrast of a brand colour against the surfaces links are shown on, in the light and the
 * dark scheme of Outpost's style sheet ({@code site-templates/assets/outpost.css}; a test keeps the
 * two in step).
 */
public final class Contrast {
  /** WCAG AA for normal text, which links are. */
  public static final double AA = 4.5;

  /** A colour scheme and the backgrounds text is shown on in it: the page, then the cards. */
  public enum Scheme {
    LIGHT("light", "#ffffff", "#f6f8fa", 0),
    DARK("dark", "#0d1117", "#151b23", 255);

    private final String id;
    private final String page;
    private final String card;
    private final int toward;

    Scheme(String id, String page, String card, int toward) {
      this.id = id;
      this.page = page;
      this.card = card;
      this.toward = toward;
    }

    public String id() {
      return id;
    }

    /** The page's background, {@code --bg}. */
    public String page() {
      return page;
    }

    /** The background of cards and notices, {@code --card}. */
    public String card() {
      return card;
    }

    /** The lower contrast of {@code color} against the page and the cards. */
    public double ratio(String color) {
      return Math.min(Contrast.ratio(color, page), Contrast.ratio(color, card));
    }

    /** The background {@code color} contrasts least with. */
    public String worstBackground(String color) {
      return Contrast.ratio(color, page) <= Contrast.ratio(color, card) ? page : card;
    }

    /**
     * The colour nearest {@code color} that passes in this scheme: {@code color} itself if it
     * passes, else mixed toward black (light) or white (dark) in steps of 2 %, until it does.
     */
    public String nearestPassing(String color) {
      int[] rgb = rgb(color);
      for (int step = 0; step <= 50; step++) {
        double t = step / 50.0;
        String mixed = hex(mix(rgb[0], t), mix(rgb[1], t), mix(rgb[2], t));
        if (ratio(mixed) >= AA) {
          return mixed;
        }
      }
      return toward == 0 ? "#000000" : "#ffffff";
    }

    private int mix(int channel, double t) {
      return (int) Math.round(channel + (toward - channel) * t);
    }
  }

  private Contrast() {}

  /** {@code #rgb} or {@code #rrggbb}, in any case, as lower-case {@code #rrggbb}. */
  public static Optional<String> parse(String text) {
    String value = text.strip().toLowerCase(Locale.ROOT);
    if (value.matches("#[0-9a-f]{6}")) {
      return Optional.of(value);
    }
    if (value.matches("#[0-9a-f]{3}")) {
      StringBuilder six = new StringBuilder("#");
      for (int i = 1; i < 4; i++) {
        six.append(value.charAt(i)).append(value.charAt(i));
      }
      return Optional.of(six.toString());
    }
    return Optional.empty();
  }

  /** The contrast ratio of two {@code #rrggbb} colours, from 1 to 21. */
  public static double ratio(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** {@code ratio} as WCAG writes it, rounded down so that a failing ratio never reads 4.5:1. */
  public static String format(double ratio) {
    return String.format(Locale.ROOT, "%.2f:1", Math.floor(ratio * 100) / 100);
  }

  private static double luminance(String color) {
    int[] rgb = rgb(color);
    return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static int[] rgb(String color) {
    int value = Integer.parseInt(color.substring(1), 16);
    return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
  }

  private static String hex(int r, int g, int b) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }
}
