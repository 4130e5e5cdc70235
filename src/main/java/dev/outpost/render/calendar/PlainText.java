package dev.outpost.render.calendar;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown as plain text, for calendar descriptions: CommonMark's text rendering, blocks separated
 * by a blank line, a link as its text followed by its address. Raw HTML stays visible as text.
 */
final class PlainText {
  private static final List<Extension> EXTENSIONS =
      List.of(
          TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final TextContentRenderer RENDERER =
      TextContentRenderer.builder()
          .extensions(EXTENSIONS)
          .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
          .build();

  private PlainText() {}

  /** {@code markdown} as plain text, without surrounding blank lines; "" for blank input. */
  static String of(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return RENDERER.render(PARSER.parse(markdown)).strip();
  }
}
