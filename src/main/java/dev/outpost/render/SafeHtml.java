package dev.outpost.render;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * HTML that is safe to write into a page as it is: Markdown rendered by {@link Markdown}, with raw
 * HTML escaped and URLs sanitised. The only way rendered HTML enters a template; nothing outside
 * this package can make one.
 */
public final class SafeHtml implements Content {
  static final SafeHtml EMPTY = new SafeHtml("");

  private final String html;

  private SafeHtml(String html) {
    this.html = html;
  }

  /** Wraps HTML this package produced and vouches for. */
  static SafeHtml trusted(String html) {
    return html.isEmpty() ? EMPTY : new SafeHtml(html);
  }

  @Override
  public void writeTo(TemplateOutput output) {
    output.writeContent(html);
  }

  @Override
  public boolean isEmptyContent() {
    return html.isEmpty();
  }

  /** Whether there is nothing to show. */
  public boolean isEmpty() {
    return html.isEmpty();
  }

  /** The HTML itself. */
  @Override
  public String toString() {
    return html;
  }
}
