package dev.outpost.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;

/**
 * The precompiled templates of {@code site-templates/}, rendered into one reusable buffer. Not
 * thread-safe: one per rendering.
 */
final class Templates {
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Templates.class.getClassLoader(), "dev.outpost.render.templates");

  private final StringOutput buffer = new StringOutput(64 * 1024);

  /**
   * Renders the template {@code name} (such as {@code index.jte}) with its one parameter, as UTF-8.
   */
  byte[] bytes(String name, Object view) {
    buffer.reset();
    ENGINE.render(name, view, buffer);
    return buffer.toString().getBytes(StandardCharsets.UTF_8);
  }
}
