package dev.outpost.render;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Flattens Markdown nested deeper than a limit into plain text, walking the tree without recursion.
 * CommonMark's renderer recurses once per level, so ten thousand {@code >} or {@code *} in an
 * incident body would otherwise overflow the stack; no real text nests this deep.
 */
final class NestingLimit {
  /** Levels below the document kept as they are; deeper content becomes its plain text. */
  static final int MAX_DEPTH = 32;

  private NestingLimit() {}

  static void apply(Node document) {
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(document);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Node node = nodes.pop();
      int depth = depths.pop();
      if (depth >= MAX_DEPTH && !isStructure(node) && node.getFirstChild() != null) {
        flatten(node);
        continue;
      }
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }

  /** Nodes whose children must be of one kind (list items, rows, cells): never flattened. */
  private static boolean isStructure(Node node) {
    return node instanceof ListBlock
        || node instanceof TableBlock
        || node instanceof TableHead
        || node instanceof TableBody
        || node instanceof TableRow;
  }

  /** Replaces the children of {@code node} with their text: a paragraph in a block, else text. */
  private static void flatten(Node node) {
    Text text = new Text(textOf(node));
    Node child = node.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      child.unlink();
      child = next;
    }
    if (node instanceof Block && !(node instanceof Paragraph) && !(node instanceof Heading)) {
      Paragraph paragraph = new Paragraph();
      paragraph.appendChild(text);
      node.appendChild(paragraph);
    } else {
      node.appendChild(text);
    }
  }

  private static String textOf(Node root) {
    StringBuilder text = new StringBuilder();
    Deque<Node> nodes = new ArrayDeque<>();
    nodes.push(root);
    while (!nodes.isEmpty()) {
      Node node = nodes.pop();
      if (node instanceof Text t) {
        text.append(t.getLiteral());
      } else if (node instanceof Code c) {
        text.append(c.getLiteral());
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        text.append(' ');
      } else if (node instanceof Block && node != root && text.length() > 0) {
        text.append(' ');
      }
      Deque<Node> children = new ArrayDeque<>();
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        children.push(child);
      }
      children.forEach(nodes::push);
    }
    return text.toString();
  }
}
