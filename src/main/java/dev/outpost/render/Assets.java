package dev.outpost.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The site's static files, copied from the class path. */
final class Assets {
  private static final String CSS_RESOURCE = "assets/outpost.css";

  private Assets() {}

  /** The one style sheet, as in {@code site-templates/assets/outpost.css}. */
  static byte[] css() {
    try (InputStream in = Assets.class.getResourceAsStream(CSS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + CSS_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
