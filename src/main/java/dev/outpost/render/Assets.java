package dev.outpost.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The site's static files, copied from the class path. */
final class Assets {
  private Assets() {}

  /** The one style sheet, as in {@code site-templates/assets/outpost.css}. */
  static byte[] css() {
    return resource("assets/outpost.css");
  }

  /**
   * The icon browsers show in tabs and bookmarks, {@code site-templates/assets/favicon.svg}; pages
   * name it, so no browser asks for a missing {@code /favicon.ico}.
   */
  static byte[] icon() {
    return resource("assets/favicon.svg");
  }

  private static byte[] resource(String name) {
    try (InputStream in = Assets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
