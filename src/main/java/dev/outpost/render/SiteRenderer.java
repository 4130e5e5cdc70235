package dev.outpost.render;

import dev.outpost.model.StatusPage;
import dev.outpost.model.StatusReport;
import java.io.IOException;
import java.nio.file.Path;

/** Renders the whole static site into a folder. */
public final class SiteRenderer {
  private SiteRenderer() {}

  /**
   * Writes every file of the site into {@code out}, which exists and is empty. The same page and
   * report give byte-identical files.
   */
  public static void render(StatusPage page, StatusReport report, Path out) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }
}
