package dev.outpost.render.view;

/**
 * One day of an uptime bar: a CSS class for its colour and the words that say the same.
 *
 * @param focusable whether keyboard users can move to the day to read its words; otherwise the day
 *     is hidden from assistive technology, which reads the bar's summary instead
 */
public record DayView(String css, String text, boolean focusable) {
  /** {@code tabindex}: "0", or {@code null} (no attribute) when the day is not focusable. */
  public String tabindex() {
    return focusable ? "0" : null;
  }

  /** {@code aria-hidden}: "true" for a day that is not focusable, else {@code null}. */
  public String ariaHidden() {
    return focusable ? null : "true";
  }
}
