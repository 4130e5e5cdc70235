package dev.outpost.source.github;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Label names compare ignoring case, as GitHub compares them. */
class LabelNamesTest {
  @Test
  void namesAreTheSameIgnoringCaseAndNoLabelIsNoName() {
    assertTrue(LabelNames.same("Outage", "outage"));
    assertFalse(LabelNames.same("outages", "outage"));
    assertFalse(LabelNames.same(null, "outage"));
    assertFalse(LabelNames.same("outage", null));
  }

  @Test
  void aListHoldsANameInAnyCase() {
    assertTrue(LabelNames.contains(List.of("bug", "OUTAGE"), "outage"));
    assertFalse(LabelNames.contains(List.of("bug", "outages"), "outage"));
    assertFalse(LabelNames.contains(List.of(), "outage"));
  }

  @Test
  void aPrefixMatchesInAnyCase() {
    assertTrue(LabelNames.startsWith("Component:API", "component:"));
    assertTrue(LabelNames.startsWith("component:", "component:"));
    assertFalse(LabelNames.startsWith("component", "component:"));
    assertFalse(LabelNames.startsWith("my-component:api", "component:"));
  }
}
