package dev.outpost.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JobSummaryTest {
  @Test
  void titlesCannotInjectMarkupIntoTheSummary() {
    assertEquals(
        "API \\| &lt;img src=x onerror=alert\\(1\\)&gt; \\[link\\]\\(javascript:x\\) \\*bold\\*",
        JobSummary.text("API | <img src=x onerror=alert(1)> [link](javascript:x)\n*bold*"));
  }
}
