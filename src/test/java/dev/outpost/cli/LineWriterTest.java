package dev.outpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Problem;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Lines end only where Outpost ends them, and only Outpost's own commands are commands. */
class LineWriterTest {
  private final StringWriter target = new StringWriter();
  private final LineWriter writer = new LineWriter(target);

  private String written() {
    writer.flush();
    return target.toString().replace(System.lineSeparator(), "\n");
  }

  @Test
  void foldsLineBreaksAndControlsIntoVisibleEscapes() {
    writer.println("a\nb\rc\r\nd\u2028e\u2029f\u0085g\u000Bh\u000Ci\tj");
    writer.println("\u001B[31mred\u001B[0m, \u202Ereversed\u202C, zero\u200Bwidth, \uFFFF, \uD800");
    writer.println("plain text, 日本語, 🚀");

    assertEquals(
        "a\\nb\\rc\\r\\nd\\u2028e\\u2029f\\u0085g\\u000Bh\\u000Ci\tj\n"
            + "\\u001B[31mred\\u001B[0m, \\u202Ereversed\\u202C, zero\\u200Bwidth, \\uFFFF,"
            + " \\uD800\n"
            + "plain text, 日本語, 🚀\n",
        written());
  }

  @Test
  void aLineNeverStartsAWorkflowCommand() {
    writer.println("::error::x");
    writer.println(" \u00A0\u3000::add-mask::y");
    writer.print(":");
    writer.flush();
    writer.println(":stop-commands::z");
    writer.println("outpost: a::b");

    assertEquals(
        "\\::error::x\n \u00A0\u3000\\::add-mask::y\n\\::stop-commands::z\noutpost: a::b\n",
        written());
  }

  @Test
  void noLineHoldsALegacyCommand() {
    writer.println("x ##[error]y ###[warning]z #[ok] ## [ok]");
    writer.print("split #");
    writer.flush();
    writer.print("#");
    writer.flush();
    writer.println("[add-mask]w");

    assertEquals(
        "x ##\\[error]y ###\\[warning]z #[ok] ## [ok]\nsplit ##\\[add-mask]w\n", written());
  }

  @Test
  void aFormatEndsTheLineOnlyWithItsOwnLineSeparator() {
    writer.printf(Locale.ROOT, "%s and %d%n", "one\ntwo", 3);
    writer.printf("100%%n, ");
    writer.printf("%%%n");

    assertEquals("one\\ntwo and 3\n100%n, %\n", written());
  }

  @Test
  void outpostsOwnCommandsStandOnLinesOfTheirOwn() {
    writer.print("partial");
    writer.command(WorkflowCommands.warning("cannot pin\n::error::x 100%"));
    writer.command(
        WorkflowCommands.error(new Problem("a:b,c.md", 3, 0, "bad\r\u2028::add-mask::y")));

    assertEquals(
        "partial\n"
            + "::warning::cannot pin%0A::error::x 100%25\n"
            + "::error file=a%3Ab%2Cc.md,line=3,col=1::bad%0D\\u2028::add-mask::y\n",
        written());
    assertThrows(IllegalArgumentException.class, () -> writer.command("::error::a\n::b"));
  }

  @Test
  void aStackTraceKeepsItsLinesAndFoldsItsMessages() {
    new IllegalStateException("bad\n::error::x").printStackTrace(writer);

    String[] lines = written().split("\n");
    assertEquals("java.lang.IllegalStateException: bad\\n::error::x", lines[0]);
    assertTrue(lines[1].startsWith("\tat dev.outpost.cli.LineWriterTest."), lines[1]);
  }
}
