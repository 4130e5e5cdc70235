package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pathological Markdown (deep nesting, a huge table, very long lines) renders in bounded time and
 * to bounded output, without a stack overflow: an incident body is untrusted input too.
 *
 * <p>The time bound is on the rendering thread's CPU time, which a busy machine does not inflate
 * the way it inflates wall time; quadratic behaviour on these inputs costs minutes, far beyond it.
 * A generous wall-clock limit only guards against a hang.
 */
class MarkdownBoundsTest {
  private static final Markdown MARKDOWN = Markdown.create();
  private static final Duration CPU_LIMIT = Duration.ofSeconds(10);
  private static final Duration HANG_LIMIT = Duration.ofSeconds(120);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  static Stream<Arguments> pathological() {
    return Stream.of(
        Arguments.of("10,000 nested block quotes", "> ".repeat(10_000) + "deep"),
        Arguments.of("10,000 nested list items", "* ".repeat(10_000) + "deep"),
        Arguments.of("1,000 indented list levels (1 MB)", indentedList(1_000)),
        Arguments.of("10,000 emphasis markers", "*".repeat(10_000) + "x" + "*".repeat(10_000)),
        Arguments.of("10,000 open brackets", "[".repeat(10_000) + "x" + "](y)".repeat(100)),
        Arguments.of("10,000 nested links", "[a".repeat(10_000) + "](u)".repeat(10_000)),
        Arguments.of("10,000 backticks", "`".repeat(10_000) + "x"),
        Arguments.of("a 2,000-column table", table(2_000, 20)),
        Arguments.of("a 1 MB line", "a".repeat(1_000_000)),
        Arguments.of("a 1 MB line of emphasis", "*a_".repeat(350_000)),
        Arguments.of("a 1 MB line of raw HTML", "<b>".repeat(350_000)),
        Arguments.of("a 1 MB line of autolinks", "https://a.example/ ".repeat(55_000)),
        Arguments.of("100,000 short lines", "x\n".repeat(100_000)),
        Arguments.of("10,000 headings", "# h\n".repeat(10_000)),
        Arguments.of("10,000 link references", "[a]: /u\n".repeat(10_000) + "[a]".repeat(10_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pathological")
  void rendersInBoundedTimeAndSize(String name, String markdown) {
    long[] cpu = new long[1];
    String html =
        assertTimeoutPreemptively(
            HANG_LIMIT,
            () -> {
              long start = THREADS.getCurrentThreadCpuTime();
              String rendered = MARKDOWN.render(markdown, 3).toString();
              cpu[0] = THREADS.getCurrentThreadCpuTime() - start;
              return rendered;
            },
            name);
    assertTrue(
        cpu[0] <= CPU_LIMIT.toNanos(),
        name + ": " + Duration.ofNanos(cpu[0]) + " of CPU time, more than " + CPU_LIMIT);
    assertTrue(
        html.length() <= 20L * markdown.length() + 1_000,
        name + ": " + html.length() + " characters of HTML from " + markdown.length());
  }

  private static String indentedList(int levels) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < levels; i++) {
      text.append("  ".repeat(i)).append("- x\n");
    }
    return text.toString();
  }

  private static String table(int columns, int rows) {
    StringBuilder text =
        new StringBuilder("|" + "h|".repeat(columns) + "\n|" + "-|".repeat(columns));
    for (int r = 0; r < rows; r++) {
      text.append("\n|").append("c|".repeat(columns));
    }
    return text.toString();
  }
}
