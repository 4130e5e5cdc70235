package dev.outpost.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The README and the pages under {@code docs/}, read with commonmark-java: their fenced blocks and
 * tables (each with the HTML comment that marks it, such as {@code <!-- keys: outpost.yml -->}),
 * their links, the anchors of their headings as GitHub makes them, and their inline code.
 */
final class DocPages {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private static final Pattern MARKER = Pattern.compile("\\A<!--\\s*(.*?)\\s*-->\\s*\\z");

  /** A fenced block: its info string ({@code sh}, {@code yaml}), text and marker, if any. */
  record Block(Page page, String info, String text, String marker) {
    String where() {
      return page.name() + " (" + info + " block: " + text.lines().findFirst().orElse("") + ")";
    }
  }

  /** A table: its marker, its header, and each row as the text of its cells. */
  record Table(Page page, String marker, List<String> header, List<Row> rows) {}

  /** A row: each cell's text, and the inline code spans of each cell. */
  record Row(List<String> cells, List<List<String>> code) {}

  /** One page, parsed. */
  record Page(
      Path file,
      String name,
      List<Block> blocks,
      List<Table> tables,
      List<String> links,
      Set<String> anchors,
      List<String> code) {}

  private DocPages() {}

  /** README.md and every {@code docs/*.md} of the repository at {@code root}. */
  static List<Page> all(Path root) {
    List<Path> files = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files.stream().map(file -> read(root, file)).toList();
  }

  static Page read(Path root, Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Node document = PARSER.parse(text);
    List<Block> blocks = new ArrayList<>();
    List<Table> tables = new ArrayList<>();
    List<String> links = new ArrayList<>();
    Set<String> anchors = new LinkedHashSet<>();
    List<String> code = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Page page =
        new Page(file, root.relativize(file).toString(), blocks, tables, links, anchors, code);
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(FencedCodeBlock block) {
            blocks.add(new Block(page, block.getInfo().strip(), block.getLiteral(), marker(block)));
          }

          @Override
          public void visit(Heading heading) {
            String slug = slug(text(heading));
            int n = seen.merge(slug, 1, Integer::sum);
            anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
            visitChildren(heading);
          }

          @Override
          public void visit(Link link) {
            links.add(link.getDestination());
            visitChildren(link);
          }

          @Override
          public void visit(Image image) {
            links.add(image.getDestination());
          }

          @Override
          public void visit(Code span) {
            code.add(span.getLiteral());
          }

          @Override
          public void visit(org.commonmark.node.CustomBlock block) {
            if (block instanceof TableBlock table) {
              tables.add(table(page, table));
            }
            visitChildren(block);
          }
        });
    return page;
  }

  private static Table table(Page page, TableBlock block) {
    List<String> header = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        List<String> cells = new ArrayList<>();
        List<List<String>> code = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            cells.add(text(cell));
            code.add(codeSpans(cell));
          }
        }
        if (section instanceof TableHead) {
          header.addAll(cells);
        } else {
          rows.add(new Row(cells, code));
        }
      }
    }
    return new Table(page, marker(block), header, rows);
  }

  /** The text of the HTML comment right before {@code node}, or {@code null}. */
  private static String marker(Node node) {
    if (node.getPrevious() instanceof HtmlBlock html) {
      Matcher m = MARKER.matcher(html.getLiteral());
      if (m.matches()) {
        return m.group(1);
      }
    }
    return null;
  }

  /** The text of {@code node}: its text and the literal text of its code spans. */
  static String text(Node node) {
    StringBuilder out = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            out.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            out.append(code.getLiteral());
          }
        });
    return out.toString();
  }

  private static List<String> codeSpans(Node node) {
    List<String> spans = new ArrayList<>();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Code code) {
            spans.add(code.getLiteral());
          }
        });
    return spans;
  }

  /** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as dashes. */
  static String slug(String heading) {
    return heading
        .strip()
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
        .replace(' ', '-');
  }
}
